package dev.ffijit.it.jna.direct;

import com.sun.jna.DefaultTypeMapper;
import com.sun.jna.FromNativeContext;
import com.sun.jna.FunctionMapper;
import com.sun.jna.JNIEnv;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.ToNativeContext;
import com.sun.jna.TypeConverter;
import dev.ffijit.it.jna.Out;

import java.util.Map;

/**
 * Direct-mapped classes registered with library options: what ffijit accelerates (a function mapper: JNA's own
 * lookup runs) and what stays on JNA's path (TypeMapper converters, an unknown string encoding, JNIEnv, raw objects).
 */
public final class DirectFallbacksScenario {
    /** Registered with a TypeMapper that converts boolean: CVT_TYPE_MAPPER for those methods only. */
    public static final class Mapped {
        static {
            DefaultTypeMapper mapper = new DefaultTypeMapper();
            mapper.addTypeConverter(boolean.class, new TypeConverter() {
                @Override
                public Object fromNative(Object nativeValue, FromNativeContext context) { return ((Integer) nativeValue) == 42; }

                @Override
                public Class<?> nativeType() { return Integer.class; }

                @Override
                public Object toNative(Object value, ToNativeContext context) { return (Boolean) value ? 42 : 7; }
            });
            Native.register(Mapped.class, NativeLibrary.getInstance("jna_it", Map.of(Library.OPTION_TYPE_MAPPER, mapper)));
        }

        public static native long jit_bool(boolean b);
        public static native boolean jit_ret_i32(int v);
        public static native long jit_i64(long v);
        public static native long jit_strlen(String s);
    }

    /** Registered with a string encoding the JVM does not know: String arguments throw in JNA's path. */
    public static final class BadEncoding {
        static {
            Native.register(BadEncoding.class, NativeLibrary.getInstance("jna_it",
                    Map.of(Library.OPTION_STRING_ENCODING, "no-such-charset")));
        }

        public static native long jit_strlen(String s);
        public static native String jit_static_latin1();
        public static native long jit_i64(long v);
    }

    /** A function mapper: JNA's lookup (which ffijit uses) finds the symbol; the Java names differ. */
    public static final class Renamed {
        static {
            FunctionMapper fm = (library, method) -> "jit_" + method.getName();
            Native.register(Renamed.class, NativeLibrary.getInstance("jna_it", Map.of(Library.OPTION_FUNCTION_MAPPER, fm)));
        }

        public static native long i64(long v);
        public static native long strlen(String s);
    }

    /** allow-objects: an Object parameter is passed as a raw jobject; JNIEnv is the current JNIEnv*. */
    public static final class Objects {
        static {
            Native.register(Objects.class, NativeLibrary.getInstance("jna_it", Map.of(Library.OPTION_ALLOW_OBJECTS, true)));
        }

        public static native long jit_addr(Object o);
        public static native long jit_addr(JNIEnv env);
        public static native long jit_i64(long v);
    }

    /** Registered plainly, then again with a TypeMapper for String: the second registration's rules apply. */
    public static final class Switched {
        static {
            Native.register("jna_it");
        }

        public static native long jit_strlen(String s);
        public static native long jit_i64(long v);

        static void registerWithMapper() {
            DefaultTypeMapper mapper = new DefaultTypeMapper();
            mapper.addToNativeConverter(String.class, new com.sun.jna.ToNativeConverter() {
                @Override
                public Object toNative(Object value, ToNativeContext context) { return value + "!!"; }

                @Override
                public Class<?> nativeType() { return String.class; }
            });
            Native.register(Switched.class, NativeLibrary.getInstance("jna_it", Map.of(Library.OPTION_TYPE_MAPPER, mapper)));
        }
    }

    public static void main(String[] args) {
        Out.p("switched strlen before", Switched.jit_strlen("abc"));
        Switched.registerWithMapper();
        Out.p("switched strlen after", Switched.jit_strlen("abc"));
        Out.p("switched i64 after", Switched.jit_i64(3));
        Out.p("mapped bool true", Mapped.jit_bool(true));
        Out.p("mapped bool false", Mapped.jit_bool(false));
        Out.p("mapped ret 42", Mapped.jit_ret_i32(42));
        Out.p("mapped ret 1", Mapped.jit_ret_i32(1));
        Out.p("mapped i64", Mapped.jit_i64(-3));
        Out.p("mapped strlen", Mapped.jit_strlen("mapped"));
        Out.call("bad encoding strlen", () -> BadEncoding.jit_strlen("abc"));
        Out.call("bad encoding result", () -> BadEncoding.jit_static_latin1());
        Out.p("bad encoding i64", BadEncoding.jit_i64(5));
        Out.p("renamed i64", Renamed.i64(-8));
        Out.p("renamed strlen", Renamed.strlen("renamed"));
        Out.p("objects null", Objects.jit_addr((Object) null));
        Out.p("objects non-null", Objects.jit_addr("a string") != 0);
        Out.p("jnienv non-null", Objects.jit_addr(JNIEnv.CURRENT) != 0);
        Out.p("objects i64", Objects.jit_i64(9));
    }
}
