package dev.ffijit.bench.styles;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.ffijit.bench.BufferPlacement;
import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.NativeLibraries;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * FFM downcalls (JDK 22+, compiled only there), written as the java.lang.foreign documentation
 * suggests: method handles in static finals, invokeExact, native memory from arenas.
 */
@State(Scope.Thread)
public class FfmBench extends CallStyleBenchmark {
    private static final Linker LINKER = Linker.nativeLinker();
    /** libc and libm on Linux. */
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final SymbolLookup ZLIB = SymbolLookup.libraryLookup("libz.so.1", Arena.global());
    private static final SymbolLookup BENCH_LIB =
            SymbolLookup.libraryLookup(Path.of(NativeLibraries.benchLibrary()), Arena.global());

    private static final MethodHandle LABS = downcall(LIBC, "labs", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle COS = downcall(LIBC, "cos", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE));
    private static final MethodHandle STRLEN = downcall(LIBC, "strlen", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    private static final MethodHandle MEMSET =
            downcall(LIBC, "memset", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG));
    private static final MethodHandle SUM6 = downcall(BENCH_LIB, "sum6",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle SUM8 = downcall(BENCH_LIB, "sum8", FunctionDescriptor.of(JAVA_LONG,
            JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG));
    private static final StructLayout TIMEVAL = MemoryLayout.structLayout(
            JAVA_LONG.withName("tv_sec"), JAVA_LONG.withName("tv_usec"));
    private static final MethodHandle GETTIMEOFDAY =
            downcall(LIBC, "gettimeofday", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    /**
     * critical(true) lets C read the Java byte[] in place, the FFM counterpart of the JNI row's
     * GetPrimitiveArrayCritical; copying into an arena first would be the other option.
     */
    private static final MethodHandle CRC32 = LINKER.downcallHandle(ZLIB.find("crc32").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_INT), Linker.Option.critical(true));

    private Arena arena;
    private MemorySegment textSegment;
    private MemorySegment memsetSegment;
    private MemorySegment timeval;

    private static MethodHandle downcall(SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(lookup.find(name).orElseThrow(), descriptor);
    }

    @Override
    public void prepare() {
        // shared: JMH may run setup and the measured calls on different threads
        arena = Arena.ofShared();
        textSegment = arena.allocateFrom(JAVA_BYTE, Inputs.textCString());
        memsetSegment = arena.allocate(bufferSize, BufferPlacement.ALIGNMENT);
        timeval = arena.allocate(TIMEVAL);
    }

    @Override
    public void release() {
        arena.close();
    }

    @Override
    public long memsetBufferAddress() {
        return memsetSegment.address();
    }

    @Override
    public byte[] memsetBufferContents() {
        return memsetSegment.toArray(JAVA_BYTE);
    }

    @Override
    public void clearMemsetBuffer() {
        memsetSegment.fill((byte) 0);
    }

    @Benchmark
    public long labs() throws Throwable {
        return (long) LABS.invokeExact(labsArg);
    }

    @Benchmark
    public double cos() throws Throwable {
        return (double) COS.invokeExact(cosArg);
    }

    /** A confined arena per call, as the FFM documentation converts a String for a downcall. */
    @Benchmark
    public long strlenString() throws Throwable {
        try (Arena call = Arena.ofConfined()) {
            return (long) STRLEN.invokeExact(call.allocateFrom(text));
        }
    }

    @Benchmark
    public long strlenPointer() throws Throwable {
        return (long) STRLEN.invokeExact(textSegment);
    }

    @Benchmark
    public MemorySegment memset() throws Throwable {
        return (MemorySegment) MEMSET.invokeExact(memsetSegment, memsetValue, bufferSize);
    }

    @Benchmark
    public long sum6() throws Throwable {
        return (long) SUM6.invokeExact(a1, a2, a3, a4, a5, a6);
    }

    @Benchmark
    public long sum8() throws Throwable {
        return (long) SUM8.invokeExact(i1, l1, i2, l2, i3, l3, i4, l4);
    }

    @Benchmark
    public long gettimeofday() throws Throwable {
        // invokeExact needs the exact return type; the other styles ignore the status too
        int status = (int) GETTIMEOFDAY.invokeExact(timeval, MemorySegment.NULL);
        return timeval.get(JAVA_LONG, 0);
    }

    @Benchmark
    public long crc32() throws Throwable {
        return (long) CRC32.invokeExact(0L, MemorySegment.ofArray(crcData), crcLength);
    }
}
