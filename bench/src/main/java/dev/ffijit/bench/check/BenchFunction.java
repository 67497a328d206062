package dev.ffijit.bench.check;

import dev.ffijit.bench.Inputs;
import dev.ffijit.bench.styles.CallStyleBenchmark;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The C functions benchmarked: the {@code @Benchmark} method name that measures each, the label the
 * reports use, and what a correct call returns for {@link Inputs}.
 */
public enum BenchFunction {
    LABS("labs", "labs(long)", "labs") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            expectLong(result, Math.abs(Inputs.LABS_ARG));
        }
    },
    COS("cos", "cos(double)", "cos") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            // libm and Math.cos may differ in the last bit
            double expected = StrictMath.cos(Inputs.COS_ARG);
            double actual = ((Number) result).doubleValue();
            if (Math.abs(actual - expected) > 2 * Math.ulp(expected)) {
                throw new AssertionError(label() + " returned " + actual + ", expected " + expected);
            }
        }
    },
    STRLEN_STRING("strlenString", "strlen(String)", "strlen(String)") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            expectLong(result, Inputs.TEXT_UTF8_LENGTH);
        }
    },
    STRLEN_POINTER("strlenPointer", "strlen(Pointer)", "strlen(Pointer)") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            expectLong(result, Inputs.TEXT_UTF8_LENGTH);
        }
    },
    MEMSET("memset", "memset(Pointer,int,long)", "memset") {
        @Override
        void prepare(CallStyleBenchmark bench) {
            bench.clearMemsetBuffer();
        }

        @Override
        void check(Object result, CallStyleBenchmark bench) {
            byte[] expected = new byte[Inputs.BUFFER_SIZE];
            Arrays.fill(expected, (byte) Inputs.MEMSET_VALUE);
            byte[] actual = bench.memsetBufferContents();
            if (!Arrays.equals(actual, expected)) {
                throw new AssertionError(label() + " left the buffer as " + Arrays.toString(actual));
            }
        }
    },
    SUM6("sum6", "sum6(6×long)", "sum6") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            expectLong(result, Arrays.stream(Inputs.SUM6_ARGS).sum());
        }
    },
    SUM8("sum8", "sum8(4×int,4×long)", "sum8") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            long expected = 0;
            for (int i = 0; i < 4; i++) {
                expected += Inputs.SUM8_INTS[i] + Inputs.SUM8_LONGS[i];
            }
            expectLong(result, expected);
        }
    },
    GETTIMEOFDAY("gettimeofday", "gettimeofday(Structure,null)", "gettimeofday") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            long seconds = ((Number) result).longValue();
            long now = System.currentTimeMillis() / 1000;
            if (Math.abs(seconds - now) > 2) {
                throw new AssertionError(label() + " gave tv_sec " + seconds + ", the Java clock says " + now);
            }
        }
    },
    CRC32("crc32", "zlib crc32(64 B)", "crc32") {
        @Override
        void check(Object result, CallStyleBenchmark bench) {
            CRC32 crc = new CRC32();
            crc.update(Inputs.crcBytes());
            expectLong(result, crc.getValue());
        }
    };

    private final String methodName;
    private final String label;
    private final String shortLabel;

    BenchFunction(String methodName, String label, String shortLabel) {
        this.methodName = methodName;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** Name of the {@code @Benchmark} method measuring this function in every style class. */
    public String methodName() {
        return methodName;
    }

    public String label() {
        return label;
    }

    /** For the chart's axis, where nine full signatures do not fit side by side. */
    public String shortLabel() {
        return shortLabel;
    }

    public static BenchFunction ofMethod(String methodName) {
        for (BenchFunction f : values()) {
            if (f.methodName.equals(methodName)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no benchmarked function is measured by a method named " + methodName);
    }

    /** Puts the benchmark into a state where a wrong or missing call would show. */
    void prepare(CallStyleBenchmark bench) {
    }

    /** Throws AssertionError unless {@code result} (the benchmark method's return value) is right. */
    abstract void check(Object result, CallStyleBenchmark bench);

    void expectLong(Object result, long expected) {
        long actual = ((Number) result).longValue();
        if (actual != expected) {
            throw new AssertionError(label + " returned " + actual + ", expected " + expected);
        }
    }
}
