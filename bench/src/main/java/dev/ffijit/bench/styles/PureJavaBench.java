package dev.ffijit.bench.styles;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Scope;

/**
 * What a Java program does instead of calling C, where there is such a thing: the lower bound of
 * each row. strlen(Pointer) has no counterpart (Java has no C string in native memory).
 */
@State(Scope.Thread)
public class PureJavaBench extends CallStyleBenchmark {
    private byte[] memsetTarget;

    @Override
    public void prepare() {
        memsetTarget = new byte[(int) bufferSize];
    }

    @Override
    public byte[] memsetBufferContents() {
        return memsetTarget.clone();
    }

    @Override
    public void clearMemsetBuffer() {
        Arrays.fill(memsetTarget, (byte) 0);
    }

    @Benchmark
    public long labs() {
        return Math.abs(labsArg);
    }

    @Benchmark
    public double cos() {
        return Math.cos(cosArg);
    }

    /** The C strlen of a Java String is its encoded length; encoding is also what JNA does first. */
    @Benchmark
    public long strlenString() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public byte[] memset() {
        Arrays.fill(memsetTarget, (byte) memsetValue);
        return memsetTarget;
    }

    @Benchmark
    public long sum6() {
        return a1 + a2 + a3 + a4 + a5 + a6;
    }

    @Benchmark
    public long sum8() {
        return (long) i1 + l1 + i2 + l2 + i3 + l3 + i4 + l4;
    }

    /** Seconds, as gettimeofday's tv_sec, from the clock Java code uses for wall time. */
    @Benchmark
    public long gettimeofday() {
        return System.currentTimeMillis() / 1000;
    }

    @Benchmark
    public long crc32() {
        CRC32 crc = new CRC32();
        crc.update(crcData, 0, crcLength);
        return crc.getValue();
    }
}
