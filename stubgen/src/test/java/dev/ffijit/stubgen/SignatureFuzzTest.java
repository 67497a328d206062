package dev.ffijit.stubgen;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import dev.ffijit.stubgen.bind.NativeHolders;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import dev.ffijit.stubgen.testing.CCompiler;
import dev.ffijit.stubgen.testing.Checksum;
import dev.ffijit.stubgen.testing.FuzzCase;
import dev.ffijit.stubgen.testing.JnaTestAccess;
import dev.ffijit.stubgen.testing.RandomValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The main stubgen test: random signatures (1-16 arguments of every type, some variadic, some capturing errno),
 * a C function per signature that folds every argument it receives into a checksum, each called through its
 * generated stub with random and edge values and compared with the checksum Java computes on its own.
 * {@code -Dffijit.fuzz.seed=0x...} replays a run, {@code -Dffijit.fuzz.count=N} sets the number of signatures.
 */
class SignatureFuzzTest {
    private static final long DEFAULT_SEED = 0x5EED_F00DL;
    private static final int MAX_ARGS = 16;
    private static final int CALLS_PER_SIGNATURE = 3;
    private static final int STUBS_PER_HOLDER = 250;
    private static final int SENTINEL = -12345;

    @Test
    void randomSignaturesAgreeWithC(@TempDir Path dir) throws Throwable {
        long seed = Long.decode(System.getProperty("ffijit.fuzz.seed", "0x" + Long.toHexString(DEFAULT_SEED)));
        int count = Integer.getInteger("ffijit.fuzz.count", 2000);
        Platform platform = Platform.current();
        System.out.printf("stubgen fuzz: seed=0x%x signatures=%d platform=%s (replay: -Dffijit.fuzz.seed=0x%x)%n",
                seed, count, platform.name(), seed);

        Random random = new Random(seed);
        List<FuzzCase> cases = new ArrayList<>();
        StringBuilder source = new StringBuilder(FuzzCase.PRELUDE);
        for (int i = 0; i < count; i++) {
            FuzzCase c = FuzzCase.random(i, random, MAX_ARGS);
            cases.add(c);
            source.append(c.cSource());
        }
        NativeLibrary lib = NativeLibrary.getInstance(CCompiler.compile(source.toString(), dir, "fuzz").toString());
        Fixture fx = new Fixture(lib, platform);

        List<String> failures = new ArrayList<>();
        RandomValues values = new RandomValues(random);
        int calls = 0, variadic = 0, withErrno = 0, tail = 0;
        for (int from = 0; from < cases.size(); from += STUBS_PER_HOLDER) {
            List<FuzzCase> batch = cases.subList(from, Math.min(cases.size(), from + STUBS_PER_HOLDER));
            Bound bound = fx.bind(batch);
            for (int k = 0; k < batch.size(); k++) {
                FuzzCase c = batch.get(k);
                variadic += c.signature().isVariadic() ? 1 : 0;
                withErrno += c.errno() != FuzzCase.ErrnoMode.NONE ? 1 : 0;
                tail += bound.linked.entries().get(k).stub().program().tailCall() ? 1 : 0;
                for (int n = 0; n < CALLS_PER_SIGNATURE; n++) {
                    String failure = fx.check(c, bound.handles.get(k), values);
                    calls++;
                    if (failure != null) {
                        failures.add(failure + "\n  plan:\n" + bound.linked.entries().get(k).stub().program().listing());
                    }
                }
            }
        }
        System.out.printf("stubgen fuzz: %d signatures (%d variadic, %d capturing errno, %d tail calls), %d calls, "
                + "%d mismatches%n", count, variadic, withErrno, tail, calls, failures.size());
        failures.stream().limit(10).forEach(System.out::println);
        assertEquals(0, failures.size(), "mismatches (seed 0x" + Long.toHexString(seed) + "), first: "
                + (failures.isEmpty() ? "" : failures.get(0)));
    }

    private record Bound(StubLinker.Linked linked, List<MethodHandle> handles) {}

    /** The compiled C library, its globals, and a linker. */
    private static final class Fixture {
        private final NativeLibrary lib;
        private final StubLinker linker;
        private final long errnoLocation;
        private final Integer errnoOffset;
        private final Pointer sum, entryErrno, savedErrno, env, block;

        Fixture(NativeLibrary lib, Platform platform) {
            this.lib = lib;
            this.linker = new StubLinker(JnaTestAccess.INSTANCE, platform);
            this.errnoLocation = JnaTestAccess.INSTANCE.symbol(platform.os().errnoLocationSymbol());
            this.errnoOffset = linker.errnoThreadOffset(errnoLocation);
            if (platform.os() == Platform.Os.LINUX && errnoOffset == null) {
                throw new AssertionError("errno's thread-pointer offset not found on " + platform.name());
            }
            this.sum = lib.getGlobalVariableAddress("fz_sum");
            this.entryErrno = lib.getGlobalVariableAddress("fz_entry_errno");
            this.savedErrno = lib.getGlobalVariableAddress("fz_saved_errno");
            this.block = lib.getGlobalVariableAddress("fz_block");
            this.env = lib.getGlobalVariableAddress("fz_env");
        }

        Bound bind(List<FuzzCase> batch) throws ReflectiveOperationException {
            List<NativeHolders.Declaration> decls = new ArrayList<>();
            List<StubLinker.Binding> bindings = new ArrayList<>();
            for (FuzzCase c : batch) {
                decls.add(new NativeHolders.Declaration(c.name(), c.signature().jniDescriptor()));
                long target = Pointer.nativeValue(lib.getFunction(c.name()));
                bindings.add(new StubLinker.Binding(c.name(), new StubSpec(c.signature(), target, capture(c.errno()))));
            }
            MethodHandles.Lookup holder = NativeHolders.define(decls);
            StubLinker.Linked linked = linker.link(holder.lookupClass(), bindings);
            List<MethodHandle> handles = new ArrayList<>();
            for (FuzzCase c : batch) {
                handles.add(holder.findStatic(holder.lookupClass(), c.name(), c.signature().javaMethodType()));
            }
            return new Bound(linked, handles);
        }

        private ErrnoCapture capture(FuzzCase.ErrnoMode mode) {
            long saveEnv = Pointer.nativeValue(lib.getFunction("fz_save_env"));
            switch (mode) {
                case ENV_AND_VALUE: return new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, errnoLocation, saveEnv, false);
                case CLEAR_AND_ENV: return new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, errnoLocation, saveEnv, true);
                case TLS_ENV_AND_VALUE: case TLS_CLEAR_AND_ENV:
                    return new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, errnoLocation, saveEnv, mode.clears())
                            .withThreadOffset(errnoOffset);
                case SLOT_HIT: case SLOT_MISS:
                    return new ErrnoCapture(ErrnoCapture.Style.ENV_AND_VALUE, errnoLocation, saveEnv, false)
                            .withThreadOffset(errnoOffset)
                            .withSlot(new ErrnoCapture.HostSlot(Pointer.nativeValue(lib.getFunction("fz_getspecific")),
                                    mode == FuzzCase.ErrnoMode.SLOT_HIT ? FuzzCase.SLOT_KEY : FuzzCase.SLOT_KEY + 1,
                                    FuzzCase.SLOT_OFFSET));
                case NO_ARGS: return new ErrnoCapture(ErrnoCapture.Style.NO_ARGS, 0,
                        Pointer.nativeValue(lib.getFunction("fz_save_noargs")), false);
                default: return null;
            }
        }

        /** One call with fresh random arguments; null if C saw and returned exactly what Java expects. */
        String check(FuzzCase c, MethodHandle mh, RandomValues values) throws Throwable {
            Signature sig = c.signature();
            Object[] args = new Object[sig.params().size()];
            long h = Checksum.OFFSET;
            for (int i = 0; i < args.length; i++) {
                Param p = sig.params().get(i);
                args[i] = values.next(p.carrier());
                h = Checksum.mix(h, Checksum.argumentImage(p.carrier(), p.ctype(), args[i]));
            }
            savedErrno.setInt(0, SENTINEL);
            block.setInt(FuzzCase.SLOT_OFFSET, SENTINEL);
            sum.setLong(0, 0);
            if (c.errno().clears()) lib.getFunction("fz_set_errno").invokeVoid(new Object[] {77});
            Object actual = mh.invokeWithArguments(args);

            List<String> problems = new ArrayList<>();
            if (sum.getLong(0) != h) problems.add(String.format("checksum 0x%x, expected 0x%x", sum.getLong(0), h));
            if (sig.result().carrier() != dev.ffijit.stubgen.sig.JType.VOID) {
                Object expected = Checksum.result(sig.result().carrier(), sig.result().ctype(), h);
                if (!Checksum.sameValue(expected, actual)) problems.add("result " + actual + ", expected " + expected);
            }
            boolean inCell = c.errno() == FuzzCase.ErrnoMode.SLOT_HIT;
            int saved = inCell ? block.getInt(FuzzCase.SLOT_OFFSET) : savedErrno.getInt(0);
            if (c.errno() != FuzzCase.ErrnoMode.NONE && saved != FuzzCase.errnoFor(h)) {
                problems.add("saved errno " + saved + (inCell ? " (cell)" : "") + ", expected " + FuzzCase.errnoFor(h));
            }
            if (inCell && savedErrno.getInt(0) != SENTINEL) problems.add("save function called although the cell exists");
            if (c.errno().clears() && entryErrno.getInt(0) != 0) {
                problems.add("errno at entry " + entryErrno.getInt(0) + ", expected 0");
            }
            if (c.errno().savesWithEnv()
                    && !env.getPointer(0).equals(JnaTestAccess.INSTANCE.jniEnv())) {
                problems.add("JNIEnv* passed to the save function " + env.getPointer(0));
            }
            if (problems.isEmpty()) return null;
            return c.name() + " " + sig + " errno=" + c.errno() + " args=" + describe(args) + ": " + problems;
        }

        private static String describe(Object[] args) {
            StringBuilder sb = new StringBuilder("[");
            for (Object a : args) {
                if (sb.length() > 1) sb.append(", ");
                if (a instanceof Float f) sb.append(String.format("%sf(0x%08x)", f, Float.floatToRawIntBits(f)));
                else if (a instanceof Double d) sb.append(String.format("%s(0x%016x)", d, Double.doubleToRawLongBits(d)));
                else if (a instanceof Character ch) sb.append(String.format("'\\u%04x'", (int) ch));
                else sb.append(a);
            }
            return sb.append(']').toString();
        }
    }
}
