package dev.ffijit.stubgen;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import dev.ffijit.stubgen.bind.CallerErrno;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import dev.ffijit.stubgen.testing.CCompiler;
import dev.ffijit.stubgen.testing.JnaTestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The argument positions and conversions that broke in other stub compilers, each on its own. */
class TargetedStubTest {
    private static final Param I64 = Param.natural(JType.LONG), I32 = Param.natural(JType.INT),
            F64 = Param.natural(JType.DOUBLE), F32 = Param.natural(JType.FLOAT);

    @TempDir
    static Path dir;
    static NativeLibrary lib;
    static StubLinker linker;

    @BeforeAll
    static void build() throws Exception {
        String src;
        try (InputStream in = TargetedStubTest.class.getResourceAsStream("/targeted.c")) {
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        lib = NativeLibrary.getInstance(CCompiler.compile(src, dir, "targeted").toString());
        linker = new StubLinker(JnaTestAccess.INSTANCE, Platform.current());
    }

    /** Binds {@code function} with {@code sig} (and optional errno capture) and returns a handle to it. */
    static MethodHandle bind(String function, Signature sig, ErrnoCapture errno) throws ReflectiveOperationException {
        return linker.bindOne(function, new StubSpec(sig, Pointer.nativeValue(lib.getFunction(function)), errno));
    }

    static MethodHandle bind(String function, Param result, Param... params) throws ReflectiveOperationException {
        return bind(function, Signature.of(result, params), null);
    }

    static Param[] times(int n, Param p) {
        return Collections.nCopies(n, p).toArray(new Param[0]);
    }

    @Test
    void sixthSeventhAndNinthIntegerArguments() throws Throwable {
        // jnr-ffi issue #181: the 6th integer argument was read from the return address.
        assertEquals(6L, (long) bind("pick6", I64, times(6, I64)).invoke(1L, 2L, 3L, 4L, 5L, 6L));
        assertEquals(-6, (int) bind("pick6i", I32, times(6, I32)).invoke(1, 2, 3, 4, 5, -6));
        assertEquals(654321L, (long) bind("sum6", I64, times(6, I64)).invoke(1L, 20L, 300L, 4000L, 50000L, 600000L));
        assertEquals(Long.MIN_VALUE, (long) bind("pick7", I64, times(7, I64)).invoke(1L, 2L, 3L, 4L, 5L, 6L, Long.MIN_VALUE));
        assertEquals(-9L, (long) bind("pick9", I64, times(9, I64)).invoke(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, -9L));
    }

    @Test
    void ninthAndTenthFloatingPointArguments() throws Throwable {
        assertEquals(9.5, (double) bind("pick9d", F64, times(9, F64)).invoke(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.5));
        assertEquals(-10.25f, (float) bind("pick10f", F32, times(10, F32))
                .invoke(1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, -10.25f));
    }

    @Test
    void sixteenMixedArguments() throws Throwable {
        MethodHandle mh = bind("weigh16", F64, I32, F64, I64, F32, Param.natural(JType.BYTE), F64,
                Param.of(JType.CHAR, CType.UINT16), F64, I32, F32, I64, F64, Param.natural(JType.SHORT), F64,
                Param.of(JType.BYTE, CType.UINT8), F64);
        double got = (double) mh.invokeWithArguments(1, 2.0, 3L, 4f, (byte) -5, 6.0, (char) 0xFFFF, 8.0, 9, 10f, 11L,
                12.0, (short) -13, 14.0, (byte) -1, 16.0);
        double want = 1 + 2.0 * 2 + 3 * 3.0 + 4 * 4 - 5 * 5.0 + 6 * 6 + 65535 * 7.0 + 8 * 8 + 9 * 9.0 + 10 * 10
                + 11 * 11.0 + 12 * 12 - 13 * 13.0 + 14 * 14 + 255 * 15.0 + 16 * 16;
        assertEquals(want, got);
    }

    @Test
    void subWordArgumentsAreSignOrZeroExtendedToTheWholeRegister() throws Throwable {
        Param raw = Param.of(JType.LONG, CType.UINT64);
        assertEquals(-1L, (long) bind("raw", raw, Param.of(JType.BYTE, CType.SINT8)).invoke((byte) -1));
        assertEquals(0xFFL, (long) bind("raw", raw, Param.of(JType.BYTE, CType.UINT8)).invoke((byte) -1));
        assertEquals(-1L, (long) bind("raw", raw, Param.of(JType.CHAR, CType.SINT16)).invoke((char) 0xFFFF));
        assertEquals(0xFFFFL, (long) bind("raw", raw, Param.of(JType.CHAR, CType.UINT16)).invoke((char) 0xFFFF));
        assertEquals(-32768L, (long) bind("raw", raw, Param.of(JType.SHORT, CType.SINT16)).invoke((short) -32768));
        assertEquals(0x8000L, (long) bind("raw", raw, Param.of(JType.SHORT, CType.UINT16)).invoke((short) -32768));
        assertEquals(0xFFFFFFFFL, (long) bind("raw", raw, Param.of(JType.INT, CType.UINT32)).invoke(-1));
        assertEquals(-1L, (long) bind("raw", raw, Param.of(JType.INT, CType.SINT32)).invoke(-1));
        // C conversion of a wider value: byte -1 as uint16_t is 0xFFFF, int 0x12345 as int8_t is 0x45.
        assertEquals(0xFFFFL, (long) bind("raw", raw, Param.of(JType.BYTE, CType.UINT16)).invoke((byte) -1));
        assertEquals(0x45L, (long) bind("raw", raw, Param.of(JType.INT, CType.SINT8)).invoke(0x12345));
        assertEquals(1L, (long) bind("raw", raw, Param.of(JType.BOOLEAN, CType.SINT32)).invoke(true));
        // and on the stack: the 7th integer argument
        MethodHandle seventh = bind("raw7th", raw, I64, I64, I64, I64, I64, I64, Param.of(JType.SHORT, CType.SINT16));
        assertEquals(-2L, (long) seventh.invokeWithArguments(0L, 0L, 0L, 0L, 0L, 0L, (short) -2));
    }

    @Test
    void eachReturnTypeEchoes() throws Throwable {
        assertEquals((byte) -128, (byte) bind("echo_s8", Param.natural(JType.BYTE), Param.natural(JType.BYTE)).invoke((byte) -128));
        assertEquals(-128, (int) bind("echo_s8", Param.of(JType.INT, CType.SINT8), Param.natural(JType.BYTE)).invoke((byte) -128));
        assertEquals(200, (int) bind("echo_u8", Param.of(JType.INT, CType.UINT8), Param.of(JType.INT, CType.UINT8)).invoke(200));
        assertEquals((short) -2, (short) bind("echo_s16", Param.natural(JType.SHORT), Param.natural(JType.SHORT)).invoke((short) -2));
        assertEquals(65534, (int) bind("echo_u16", Param.of(JType.INT, CType.UINT16), Param.of(JType.INT, CType.UINT16)).invoke(-2));
        assertEquals((char) 0xFFFE, (char) bind("echo_u16", Param.natural(JType.CHAR), Param.natural(JType.CHAR)).invoke((char) 0xFFFE));
        assertEquals(Integer.MIN_VALUE, (int) bind("echo_s32", I32, I32).invoke(Integer.MIN_VALUE));
        assertEquals(-1L, (long) bind("echo_s32", Param.of(JType.LONG, CType.SINT32), I32).invoke(-1));
        assertEquals(0xFFFFFFFFL, (long) bind("echo_u32", Param.of(JType.LONG, CType.UINT32), Param.of(JType.INT, CType.UINT32)).invoke(-1));
        assertEquals(Long.MIN_VALUE, (long) bind("echo_s64", I64, I64).invoke(Long.MIN_VALUE));
        assertEquals(-1L, (long) bind("echo_u64", Param.of(JType.LONG, CType.UINT64), Param.of(JType.LONG, CType.UINT64)).invoke(-1L));
        assertEquals(0x7fff_1234_5678L, (long) bind("echo_ptr", Param.of(JType.LONG, CType.POINTER), Param.of(JType.LONG, CType.POINTER)).invoke(0x7fff_1234_5678L));
        assertEquals(-0.0f, (float) bind("echo_f", F32, F32).invoke(-0.0f));
        assertTrue(Double.isNaN((double) bind("echo_d", F64, F64).invoke(Double.NaN)));
        // A boolean result is judged on its low byte, as JNI does (JNA direct mapping's rule).
        MethodHandle bool = bind("echo_s32", Param.of(JType.BOOLEAN, CType.SINT32), I32);
        assertFalse((boolean) bool.invoke(0x100));
        assertTrue((boolean) bool.invoke(0x101));
        bind("set_last", Param.of(JType.VOID, CType.VOID), I64).invoke(77L);
        assertEquals(77L, lib.getGlobalVariableAddress("last_void_arg").getLong(0));
    }

    /**
     * The ways a stub finds errno (by calling the errno location function, or at its thread-pointer offset) and stores
     * it (JNA's save function; JNA's cell through a getspecific call; JNA's cell through the thread pointer).
     */
    static Stream<ErrnoCapture> jnaCaptures() throws ReflectiveOperationException {
        ErrnoCapture inThread = jnaSlotCapture();
        ErrnoCapture throughCall = inThread.withSlot(inThread.slot().withThreadSlot(null));
        return Stream.of(jnaErrnoCapture(), jnaErrnoCapture().withThreadOffset(errnoThreadOffset()), throughCall, inThread);
    }

    /**
     * errno read in place and stored straight into JNA's own cell, found by the probe, with the cell's block loaded
     * from the thread pointer (glibc keeps JNA's key's value in the thread descriptor: both CI platforms are glibc).
     */
    static ErrnoCapture jnaSlotCapture() throws ReflectiveOperationException {
        ErrnoCapture.HostSlot slot = linker.hostErrnoSlot(Native::setLastError, Native::getLastError);
        assertNotNull(slot, "JNA's last-error cell on " + Platform.current().name());
        assertNotNull(slot.threadSlot(), "where getspecific finds JNA's key, from the thread pointer, on "
                + Platform.current().name());
        return jnaErrnoCapture().withThreadOffset(errnoThreadOffset()).withSlot(slot);
    }

    static Integer errnoThreadOffset() {
        Integer offset = linker.errnoThreadOffset(JnaTestAccess.INSTANCE.symbol(Platform.current().os().errnoLocationSymbol()));
        assertNotNull(offset, "errno's thread-pointer offset on " + Platform.current().name());
        return offset;
    }

    @ParameterizedTest
    @MethodSource("jnaCaptures")
    void errnoIsSavedWhereJnaReadsItWithoutLosingTheResult(ErrnoCapture jna) throws Throwable {
        assertEquals(-13, (int) bind("set_errno", Signature.of(I32, I32), jna).invoke(13));
        assertEquals(13, Native.getLastError());
        assertEquals(2.5, (double) bind("set_errno_d", Signature.of(F64, I32, F64), jna).invoke(34, 2.5));
        assertEquals(34, Native.getLastError());
        assertEquals(-1.5f, (float) bind("set_errno_f", Signature.of(F32, I32, F32), jna).invoke(22, -1.5f));
        assertEquals(22, Native.getLastError());
    }

    /**
     * A stub that finds JNA's cell from the thread pointer stores into it only when errno differs from what it holds:
     * the cell must read errno after every call, whether it held the same value, another, or a negative one.
     */
    @ParameterizedTest
    @MethodSource("jnaCaptures")
    void errnoReachesTheCellWhetherItChangedOrNot(ErrnoCapture jna) throws Throwable {
        MethodHandle setErrno = bind("set_errno", Signature.of(I32, I32), jna);
        // set_errno returns -e, which C leaves undefined for INT_MIN: the most negative value it can take is one above
        for (int code : new int[] {7, 7, 0, 0, -1, -1, Integer.MIN_VALUE + 1, 7, 7}) {
            assertEquals(-code, (int) setErrno.invoke(code));
            assertEquals(code, Native.getLastError(), "after set_errno(" + code + ")");
        }
        Native.setLastError(5);
        setErrno.invoke(5);
        assertEquals(5, Native.getLastError());
        Native.setLastError(5);
        setErrno.invoke(6);
        assertEquals(6, Native.getLastError());
    }

    @ParameterizedTest
    @MethodSource("jnaCaptures")
    void errnoIsClearedBeforeTheCallWhenAsked(ErrnoCapture jna) throws Throwable {
        MethodHandle entry = bind("errno_at_entry", Signature.of(I64), jna.withClearBefore(true));
        Native.setLastError(99); // sets errno as well
        assertEquals(0L, (long) entry.invoke());
        assertEquals(0, Native.getLastError());
        MethodHandle plain = bind("errno_at_entry", Signature.of(I64), jna);
        Native.setLastError(99);
        assertEquals(99L, (long) plain.invoke());
    }

    /**
     * The offset and the key are the same in every thread, but each thread's errno and cell are its own; a fresh
     * thread has no cell before its first call, so that call goes through JNA_set_last_error, which makes it.
     */
    @ParameterizedTest
    @MethodSource("jnaCaptures")
    void errnoIsEachThreadsOwn(ErrnoCapture jna) throws Throwable {
        MethodHandle setErrno = bind("set_errno", Signature.of(I32, I32), jna);
        int threads = 8;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        List<Thread> started = new ArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = 10_000 * (t + 1);
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < 2_000; i++) {
                        if (i % 500 == 0) barrier.await();
                        int code = base + i;
                        int returned = (int) setErrno.invoke(code);
                        int saved = Native.getLastError();
                        if (returned != -code || saved != code) problems.add("thread " + base + ": " + returned + "/" + saved);
                    }
                } catch (Throwable e) {
                    problems.add(e.toString());
                }
            });
            th.start();
            started.add(th);
        }
        for (Thread th : started) th.join();
        assertEquals(List.of(), problems);
    }

    /** What C code sees as errno is what {@code CallerErrno} reads and writes, in each thread its own. */
    @Test
    void callerErrnoReadsAndWritesThisThreadsErrno() throws Throwable {
        CallerErrno errno = linker.callerErrno(JnaTestAccess.INSTANCE.symbol(Platform.current().os().errnoLocationSymbol()));
        MethodHandle atEntry = bind("errno_at_entry", Signature.of(I64), null);
        MethodHandle setErrno = bind("set_errno", Signature.of(I32, I32), null);
        errno.set(57);
        assertEquals(57L, (long) atEntry.invoke());
        assertEquals(-41, (int) setErrno.invoke(41));
        assertEquals(41, errno.get());
        int[] other = new int[2];
        Thread t = new Thread(() -> {
            other[0] = errno.get();
            errno.set(7);
            other[1] = errno.get();
        });
        t.start();
        t.join();
        assertEquals(0, other[0], "a fresh thread's errno");
        assertEquals(7, other[1]);
        assertEquals(41, errno.get(), "this thread's errno after the other thread wrote its own");
    }

    /** JNA's own slot: {@code JNA_set_last_error(JNIEnv*, int)}, exported by libjnidispatch. */
    static ErrnoCapture jnaErrnoCapture() throws ReflectiveOperationException {
        Field path = Native.class.getDeclaredField("jnidispatchPath");
        path.setAccessible(true);
        NativeLibrary dispatch = NativeLibrary.getInstance((String) path.get(null));
        long save = Pointer.nativeValue(dispatch.getGlobalVariableAddress("JNA_set_last_error"));
        long location = JnaTestAccess.INSTANCE.symbol(Platform.current().os().errnoLocationSymbol());
        return new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, location, save, false);
    }
}
