package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Callback;
import com.sun.jna.IntegerType;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.NativeMapped;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interface-mapping rule of each declared type: carrier and C type, erasure, and the reasons for the rest. */
class TypeRulesTest {
    private final TypeRules rules = new TypeRules(Mapping.INTERFACE);
    private final TypeRules.Strings utf8 = rules.strings("UTF-8");

    @Test
    void primitivesTravelAsJnaHandsThemToLibffi() throws Unsupported {
        arg(boolean.class, JType.INT, CType.SINT32);
        arg(byte.class, JType.BYTE, CType.SINT8);
        arg(short.class, JType.SHORT, CType.SINT16);
        arg(char.class, JType.CHAR, WideChars.SIZE == 4 ? CType.UINT32 : CType.UINT16);
        arg(int.class, JType.INT, CType.SINT32);
        arg(long.class, JType.LONG, CType.SINT64);
        arg(float.class, JType.FLOAT, CType.FLOAT);
        arg(double.class, JType.DOUBLE, CType.DOUBLE);
        arg(Integer.class, JType.INT, CType.SINT32);
        assertEquals(-1, Args.minusOneIfTrue(true));
        assertEquals("minusOneIfTrue", rules.argument(boolean.class, utf8).convert().name());
    }

    @Test
    void objectsTravelAsPointersAndAreErasedToJnaTypes() throws Unsupported {
        assertEquals(Pointer.class, rules.argument(Memory.class, utf8).erased());
        assertEquals(Structure.class, rules.argument(Timeval.class, utf8).erased());
        assertEquals(com.sun.jna.PointerType.class, rules.argument(IntByReference.class, utf8).erased());
        assertEquals(IntegerType.class, rules.argument(NativeLong.class, utf8).erased());
        assertEquals(CType.SINT64, rules.argument(NativeLong.class, utf8).param().ctype());
        for (Class<?> t : new Class<?>[] {String.class, WString.class, int[].class, ByteBuffer.class, IntBuffer.class}) {
            assertEquals(CType.POINTER, rules.argument(t, utf8).param().ctype(), t.getName());
        }
        assertTrue(rules.argument(String.class, utf8).usesBuffers());
    }

    @Test
    void resultsComeBackAsJnaBuildsThem() throws Unsupported {
        assertEquals(CType.SINT32, rules.result(boolean.class, utf8).param().ctype());
        assertEquals("nonZero", rules.result(boolean.class, utf8).convert().name());
        assertEquals("toChar", rules.result(char.class, utf8).convert().name());
        assertEquals("pointer", rules.result(Pointer.class, utf8).convert().name());
        assertEquals(Object.class, rules.result(NativeLong.class, utf8).erased());
        assertEquals(Timeval.class, rules.result(Timeval.class, utf8).constant());
        assertEquals("UTF-8", rules.result(String.class, utf8).constant());
    }

    @Test
    void everythingElseSaysWhy() {
        reason(() -> rules.argument(Callback.class, utf8), "Callback");
        reason(() -> rules.argument(ByValue.class, utf8), "ByValue");
        reason(() -> rules.result(ByValue.class, utf8), "ByValue");
        reason(() -> rules.argument(String[].class, utf8), "String[]");
        reason(() -> rules.argument(boolean[].class, utf8), "boolean[]");
        reason(() -> rules.argument(Object.class, utf8), "runtime class");
        reason(() -> rules.argument(Custom.class, utf8), "NativeMapped");
        reason(() -> rules.result(Memory.class, utf8), "plain Pointer");
        TypeRules.Strings unknown = rules.strings("no-such-charset");
        reason(() -> rules.argument(String.class, unknown), "unknown to the JVM");
    }

    @Test
    void asciiLimitFollowsTheCharset() {
        assertEquals(0x80, StringEncoder.forEncoding("UTF-8").asciiLimit);
        assertEquals(0x100, StringEncoder.forEncoding("ISO-8859-1").asciiLimit);
        assertEquals(0, StringEncoder.forEncoding("UTF-16LE").asciiLimit);
        assertEquals(0x80, StringEncoder.forEncoding("US-ASCII").asciiLimit);
    }

    private void arg(Class<?> t, JType carrier, CType ctype) throws Unsupported {
        ArgRule r = rules.argument(t, utf8);
        assertEquals(carrier, r.param().carrier(), t.getName());
        assertEquals(ctype, r.param().ctype(), t.getName());
    }

    private static void reason(ThrowingCall call, String fragment) {
        Unsupported u = assertThrows(Unsupported.class, call::run);
        assertTrue(u.getMessage().contains(fragment), u.getMessage());
    }

    interface ThrowingCall {
        void run() throws Unsupported;
    }

    @Structure.FieldOrder({"sec", "usec"})
    public static class Timeval extends Structure {
        public long sec, usec;
    }

    @Structure.FieldOrder({"x"})
    public static class ByValue extends Structure implements Structure.ByValue {
        public int x;
    }

    public static class Custom implements NativeMapped {
        @Override public Object fromNative(Object nativeValue, com.sun.jna.FromNativeContext context) { return this; }
        @Override public Object toNative() { return 0; }
        @Override public Class<?> nativeType() { return Integer.class; }
    }

    @Test
    void directMappingDiffersOnlyWhereItsMappingSays() throws Unsupported {
        TypeRules direct = new TypeRules(Mapping.DIRECT);
        // in place (no class rewrite): the JNI carrier is the Java type; boolean is CVT_BOOLEAN's pointer slot
        assertEquals(dev.ffijit.stubgen.sig.Param.of(JType.BOOLEAN, CType.POINTER), direct.inPlaceArgument(boolean.class));
        assertEquals(dev.ffijit.stubgen.sig.Param.of(JType.BYTE, CType.SINT8), direct.inPlaceArgument(byte.class));
        assertEquals(JType.CHAR, direct.inPlaceArgument(char.class).carrier());
        assertEquals(dev.ffijit.stubgen.sig.Param.of(JType.BOOLEAN, CType.UINT32), direct.inPlaceResult(boolean.class));
        assertEquals(dev.ffijit.stubgen.sig.Param.of(JType.SHORT, CType.SINT16), direct.inPlaceResult(short.class));
        // rewritten: boolean argument 1 (not -1), boolean result on the low byte
        assertEquals("oneIfTrue", direct.argument(boolean.class, direct.strings("UTF-8")).convert().name());
        assertEquals(JType.BOOLEAN, direct.result(boolean.class, direct.strings("UTF-8")).param().carrier());
        assertEquals("afterDirect", direct.argument(Timeval.class, direct.strings("UTF-8")).after().name());
        reason(() -> direct.argument(String.class, direct.strings("no-such-charset")), "throws UnsupportedEncodingException");
    }

    @Test
    void stringArgumentsFollowTheLoadedJnasEncodingRule() throws Unsupported {
        // the build's JNA (5.14 or later) encodes a String argument with the function's encoding
        assertEquals(Mapping.StringArguments.FUNCTION_ENCODING, Mapping.INTERFACE.stringArguments());
        TypeRules.Strings latin1 = rules.strings("ISO-8859-1");
        ArgRule current = rules.argument(String.class, latin1);
        assertEquals("ISO-8859-1", ((StringEncoder) current.constant()).encoding);
        assertEquals(null, current.guard());

        // JNA before 5.14: the default encoding of the moment, guarded against a later change of jna.encoding
        TypeRules older = new TypeRules(interfaceWith(Mapping.StringArguments.DEFAULT_ENCODING_AT_CALL));
        ArgRule atCall = older.argument(String.class, older.strings("ISO-8859-1"));
        StringEncoder e = (StringEncoder) atCall.constant();
        assertEquals(com.sun.jna.Native.getDefaultStringEncoding(), e.encoding);
        assertEquals("defaultEncodingIs", atCall.guard().name());
        assertTrue(StringArgs.defaultEncodingIs("x", e));
        String before = System.getProperty("jna.encoding");
        System.setProperty("jna.encoding", e.encoding.equals("UTF-16LE") ? "UTF-8" : "UTF-16LE");
        try {
            assertEquals(false, StringArgs.defaultEncodingIs("x", e));
        } finally {
            if (before == null) System.clearProperty("jna.encoding");
            else System.setProperty("jna.encoding", before);
        }
        // results keep the function's encoding in every version
        assertEquals("ISO-8859-1", older.result(String.class, older.strings("ISO-8859-1")).constant());

        TypeRules unknown = new TypeRules(interfaceWith(Mapping.StringArguments.UNKNOWN));
        reason(() -> unknown.argument(String.class, unknown.strings("UTF-8")), "is not known");
    }

    @Test
    void jnaVersionsCompareByMajorAndMinor() {
        assertEquals(false, JnaVersion.atLeast("5.13.0", 5, 14));
        assertEquals(true, JnaVersion.atLeast("5.14.0", 5, 14));
        assertEquals(true, JnaVersion.atLeast("5.17.0", 5, 14));
        assertEquals(true, JnaVersion.atLeast("5.14-SNAPSHOT", 5, 14));
        assertEquals(true, JnaVersion.atLeast("6.0.0", 5, 14));
        assertEquals(false, JnaVersion.atLeast("4.5.2", 5, 14));
        assertEquals(null, JnaVersion.atLeast("TEMPLATE", 5, 14));
        assertEquals(null, JnaVersion.atLeast(null, 5, 14));
        assertEquals(true, JnaVersion.atLeast(5, 0)); // the JNA on this test's class path
    }

    private static Mapping interfaceWith(Mapping.StringArguments strings) {
        Mapping m = Mapping.INTERFACE;
        return new Mapping(m.name(), m.booleanArgument(), m.booleanResultLowByte(), m.stringsFreedOnReturn(),
                m.unknownEncodingThrows(), m.readStructuresOnError(), m.structureMemoryField(), strings);
    }
}
