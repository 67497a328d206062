package dev.ffijit.bench.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ffijit.bench.styles.JnrFfiBench;
import dev.ffijit.bench.styles.PureJavaBench;
import org.junit.jupiter.api.Test;

/** The self-check rejects wrong results, so a benchmark that passes it is really calling correctly. */
class SelfCheckTest {

    /** Returns its argument unchanged: the mistake of a binding that dropped the call. */
    public static class IdentityLabs extends PureJavaBench {
        @Override
        public long labs() {
            return labsArg;
        }
    }

    /** Writes nothing: a memset that was never made. */
    public static class NoOpMemset extends PureJavaBench {
        @Override
        public byte[] memset() {
            return memsetBufferContents();
        }
    }

    /** Off by one. */
    public static class WrongCrc extends PureJavaBench {
        @Override
        public long crc32() {
            return super.crc32() + 1;
        }
    }

    /** In a fork the state object is a JMH-generated subclass of the style class, like this one. */
    public static class GeneratedJnrSubclass extends JnrFfiBench {
    }

    @Test
    void acceptsCorrectResults() {
        PureJavaBench bench = new PureJavaBench();
        bench.prepare();
        for (var m : SelfCheck.benchmarkMethods(PureJavaBench.class)) {
            BenchFunction f = BenchFunction.ofMethod(m.getName());
            assertDoesNotThrow(() -> SelfCheck.verify(bench, f), f.label());
        }
    }

    @Test
    void rejectsAWrongReturnValue() {
        IdentityLabs bench = new IdentityLabs();
        bench.prepare();
        assertThrows(AssertionError.class, () -> SelfCheck.verify(bench, BenchFunction.LABS));
    }

    @Test
    void rejectsAMemsetThatDidNotWrite() {
        NoOpMemset bench = new NoOpMemset();
        bench.prepare();
        assertThrows(AssertionError.class, () -> SelfCheck.verify(bench, BenchFunction.MEMSET));
    }

    @Test
    void rejectsAWrongChecksum() {
        WrongCrc bench = new WrongCrc();
        bench.prepare();
        assertThrows(AssertionError.class, () -> SelfCheck.verify(bench, BenchFunction.CRC32));
    }

    @Test
    void forksTolerateAKnownDefectOnlyWhenAllowed() {
        assumeTrue(KnownDefect.find(JnrFfiBench.class, BenchFunction.SUM6).isPresent(), "defect is x86_64-only");
        JnrFfiBench bench = new GeneratedJnrSubclass();
        bench.prepare();
        String old = System.getProperty(KnownDefect.TOLERATE_PROPERTY);
        try {
            System.clearProperty(KnownDefect.TOLERATE_PROPERTY);
            assertThrows(AssertionError.class, () -> SelfCheck.verifyInFork(bench, BenchFunction.SUM6));
            System.setProperty(KnownDefect.TOLERATE_PROPERTY, "true");
            assertDoesNotThrow(() -> SelfCheck.verifyInFork(bench, BenchFunction.SUM6));
            // tolerance is per defect, not a blanket pass
            IdentityLabs wrong = new IdentityLabs();
            wrong.prepare();
            assertThrows(AssertionError.class, () -> SelfCheck.verifyInFork(wrong, BenchFunction.LABS));
        } finally {
            if (old == null) {
                System.clearProperty(KnownDefect.TOLERATE_PROPERTY);
            } else {
                System.setProperty(KnownDefect.TOLERATE_PROPERTY, old);
            }
        }
    }
}
