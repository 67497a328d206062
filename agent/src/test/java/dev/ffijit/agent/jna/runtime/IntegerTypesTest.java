package dev.ffijit.agent.jna.runtime;

import com.sun.jna.IntegerType;
import com.sun.jna.NativeLong;
import com.sun.jna.NativeMappedConverter;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Which IntegerType classes are made without JNA's reflection: only those JNA's reflection could not fail on. */
class IntegerTypesTest {

    public static class Plain extends IntegerType {
        public Plain() { super(4, 7, true); }
    }

    static class PackagePrivate extends IntegerType {
        public PackagePrivate() { super(4); }
    }

    public static class PrivateConstructor extends IntegerType {
        private PrivateConstructor() { super(4); }
    }

    public static class NoDefaultConstructor extends IntegerType {
        public NoDefaultConstructor(long v) { super(4, v); }
    }

    public abstract static class Abstract extends IntegerType {
        public Abstract() { super(4); }
    }

    @Test
    void makesANewInstanceOfTheClassWithItsNoArgConstructor() throws Throwable {
        MethodHandle c = IntegerTypes.constructor(NativeLong.class);
        assertNotNull(c);
        IntegerType first = (IntegerType) c.invokeExact();
        IntegerType second = (IntegerType) c.invokeExact();
        assertSame(NativeLong.class, first.getClass());
        assertNotSame(first, second);
        assertEquals(new NativeLong(), first);
        IntegerType plain = (IntegerType) IntegerTypes.constructor(Plain.class).invokeExact();
        assertEquals(7, plain.longValue(), "the constructor itself ran");
    }

    public static class UInt8 extends IntegerType {
        public UInt8() { super(1, 0, true); }
    }

    public static class Int16 extends IntegerType {
        public Int16() { super(2); }
    }

    public static class UInt32 extends IntegerType {
        public UInt32() { super(4, 0, true); }
    }

    public static class UInt64 extends IntegerType {
        public UInt64() { super(8, 0, true); }
    }

    /** A returned value: the class and value JNA's converter gives for the same native result, every size. */
    @Test
    void resultsAreWhatJnasConverterMakes() throws Throwable {
        Random random = new Random(3);
        for (Class<?> type : List.of(UInt8.class, Int16.class, UInt32.class, UInt64.class, NativeLong.class, Plain.class)) {
            NativeMappedConverter c = NativeMappedConverter.getInstance(type);
            MethodHandle constructor = IntegerTypes.constructor(type);
            for (int i = 0; i < 200; i++) {
                long r = random.nextLong();
                Object jna, fast;
                if (c.nativeType() == Byte.class) {
                    jna = c.fromNative((byte) r, null);
                    fast = Results.integerOfByte((int) r, constructor);
                } else if (c.nativeType() == Short.class) {
                    jna = c.fromNative((short) r, null);
                    fast = Results.integerOfShort((int) r, constructor);
                } else if (c.nativeType() == Integer.class) {
                    jna = c.fromNative((int) r, null);
                    fast = Results.integerOfInt((int) r, constructor);
                } else {
                    jna = c.fromNative(r, null);
                    fast = Results.integerOfLong(r, constructor);
                }
                assertSame(jna.getClass(), fast.getClass());
                assertEquals(((IntegerType) jna).longValue(), ((IntegerType) fast).longValue(), type + " " + r);
            }
        }
    }

    @Test
    void leavesToJnaWhatItsReflectionCouldFailOn() {
        assertNull(IntegerTypes.constructor(PackagePrivate.class));
        assertNull(IntegerTypes.constructor(PrivateConstructor.class));
        assertNull(IntegerTypes.constructor(NoDefaultConstructor.class));
        assertNull(IntegerTypes.constructor(Abstract.class));
        assertNull(IntegerTypes.constructor(String.class));
    }
}
