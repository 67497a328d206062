package dev.ffijit.it.jna;

import com.sun.jna.DefaultTypeMapper;
import com.sun.jna.FromNativeContext;
import com.sun.jna.FunctionMapper;
import com.sun.jna.InvocationMapper;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.ToNativeContext;
import com.sun.jna.TypeConverter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;

/** What stays on JNA's own path: it must still behave exactly as JNA, and the report must say why. */
public final class FallbacksScenario {
    public interface Odd extends Library {
        int jit_call(JitLib.Visitor v, int x);
        int jit_sum_var(int n, Object... rest);
        int snprintf(Memory buf, long size, String format, Object... args);
        int jit_point_byval(JitLib.Point.ByValue p);
        JitLib.Point.ByValue jit_point_make(int x, int y);
        int jit_strings_count(String[] a);
        int jit_bools(boolean[] a, int n);
        int jit_points_sum(JitLib.Point[] p, int n);
        long jit_i64(Object anything);
        long jit_i32(int v);
    }

    /** Its methods use types a TypeMapper converts. */
    public interface Mapped extends Library {
        long jit_i64(Level v);
        long jit_i32(int v);
    }

    public enum Level { LOW, HIGH }

    public interface Renamed extends Library {
        long i64(long v);
    }

    public interface Intercepted extends Library {
        long jit_i64(long v);
    }

    public static void main(String[] args) {
        Odd o = Native.load("jna_it", Odd.class);
        Out.p("callback", o.jit_call(v -> v * 3, 5));
        Out.p("varargs", o.jit_sum_var(3, 1, 2, 3));
        Memory buf = new Memory(64);
        Out.p("snprintf", o.snprintf(buf, 64, "%d-%s-%.2f", 7, "x", 1.5) + " " + buf.getString(0));
        JitLib.Point.ByValue bv = new JitLib.Point.ByValue();
        bv.x = 3; bv.y = 4;
        Out.p("by value arg", o.jit_point_byval(bv));
        Out.p("by value result", o.jit_point_make(5, 6));
        String[] strs = {"a", "bb", "ccc"};
        Out.p("string array", o.jit_strings_count(strs) + " " + Arrays.toString(strs));
        boolean[] bools = {true, false, true};
        Out.p("boolean array", o.jit_bools(bools, 3) + " " + Arrays.toString(bools));
        JitLib.Point[] pts = (JitLib.Point[]) new JitLib.Point().toArray(2);
        pts[0].x = 1; pts[1].x = 2;
        Out.p("structure array", o.jit_points_sum(pts, 2) + " " + Arrays.toString(pts));
        Out.call("object argument", () -> o.jit_i64(Long.valueOf(5)));
        Out.call("object argument unsupported", () -> o.jit_i64(new Object()));
        Out.p("plain method of the same library", o.jit_i32(12));

        DefaultTypeMapper mapper = new DefaultTypeMapper();
        mapper.addTypeConverter(Level.class, new TypeConverter() {
            @Override
            public Object fromNative(Object nativeValue, FromNativeContext context) {
                return Level.values()[((Long) nativeValue).intValue()];
            }

            @Override
            public Class<?> nativeType() { return Long.class; }

            @Override
            public Object toNative(Object value, ToNativeContext context) { return ((Level) value).ordinal() * 10L; }
        });
        Mapped m = Native.load("jna_it", Mapped.class, Map.of(Library.OPTION_TYPE_MAPPER, mapper));
        Out.p("type mapper", m.jit_i64(Level.HIGH) + " " + m.jit_i32(-4));

        FunctionMapper fm = (NativeLibrary lib, Method method) -> "jit_" + method.getName();
        Renamed r = Native.load("jna_it", Renamed.class, Map.of(Library.OPTION_FUNCTION_MAPPER, fm));
        Out.p("function mapper", r.i64(99));

        InvocationMapper im = (NativeLibrary lib, Method method) -> (proxy, mm, margs) -> -1L;
        Intercepted i = Native.load("jna_it", Intercepted.class, Map.of(Library.OPTION_INVOCATION_MAPPER, im));
        Out.p("invocation mapper", i.jit_i64(5));

        JitLib objects = Native.load("jna_it", JitLib.class, Map.of(Library.OPTION_ALLOW_OBJECTS, Boolean.TRUE));
        Out.p("allow objects", objects.jit_i64(6));
    }
}
