package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.Struct;
import jnr.ffi.mapper.FromNativeContext;
import jnr.ffi.mapper.FromNativeConverter;
import jnr.ffi.mapper.ToNativeContext;
import jnr.ffi.mapper.ToNativeConverter;
import jnr.ffi.mapper.TypeMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * The application's own code on the call path: a type mapper whose converters (to native, post-invocation, from
 * native) and a Struct result whose constructor throw checked exceptions the interface does not declare. jnr-ffi's
 * generated classes are not proxies, so such an exception reaches the caller as it is; which converters ran before
 * and after it, and whether C ran, is printed too.
 */
public final class ConvertersScenario {
    /** Where a handle's converter throws, if anywhere. */
    public enum Refuse { NOWHERE, TO_NATIVE, POST_INVOKE }

    public static final List<String> EVENTS = new ArrayList<>();
    static boolean refuseResult;

    public static final class Handle {
        final String name;
        final Pointer memory;
        final Refuse refuse;

        Handle(String name, Pointer memory, Refuse refuse) {
            this.name = name;
            this.memory = memory;
            this.refuse = refuse;
        }
    }

    public static final class HandleToNative implements ToNativeConverter.PostInvocation<Handle, Pointer> {
        @Override
        public Pointer toNative(Handle h, ToNativeContext context) {
            EVENTS.add("toNative " + (h == null ? "null" : h.name));
            if (h == null) return null;
            if (h.refuse == Refuse.TO_NATIVE) throw sneaky(new IOException("toNative refused " + h.name));
            return h.memory;
        }

        @Override
        public void postInvoke(Handle h, Pointer p, ToNativeContext context) {
            EVENTS.add("postInvoke " + (h == null ? "null" : h.name) + (p == null ? " NULL" : ""));
            if (h != null && h.refuse == Refuse.POST_INVOKE) throw sneaky(new IOException("postInvoke refused " + h.name));
        }

        @Override
        public Class<Pointer> nativeType() {
            return Pointer.class;
        }
    }

    public static final class HandleFromNative implements FromNativeConverter<Handle, Pointer> {
        @Override
        public Handle fromNative(Pointer p, FromNativeContext context) {
            EVENTS.add("fromNative " + (p == null ? "NULL" : p.getString(0)));
            if (refuseResult) throw sneaky(new TimeoutException("fromNative refused"));
            return p == null ? null : new Handle("result " + p.getString(0), p, Refuse.NOWHERE);
        }

        @Override
        public Class<Pointer> nativeType() {
            return Pointer.class;
        }
    }

    public static final class Mapper implements TypeMapper {
        @Override
        public FromNativeConverter getFromNativeConverter(Class type) {
            return type == Handle.class ? new HandleFromNative() : null;
        }

        @Override
        public ToNativeConverter getToNativeConverter(Class type) {
            return type == Handle.class ? new HandleToNative() : null;
        }
    }

    public static final class RefusingPoint extends Struct {
        static boolean refuse;
        public final Signed32 x = new Signed32();
        public final Signed32 y = new Signed32();
        public final Double w = new Double();

        public RefusingPoint(Runtime runtime) {
            super(runtime);
            EVENTS.add("struct constructed");
            if (refuse) throw sneaky(new IOException("struct refused"));
        }
    }

    public interface Lib {
        long jit_copy_doubled(Handle in, Handle out, int n, String label);
        Handle jit_pick(String unused, int which);
        RefusingPoint jit_point_static(String unused, int returnNull);
        // the same with a post-invocation converter, whose call jnr-ffi puts in a finally around the result's conversion
        Handle jit_pick_beside(Handle ignored, String unused, int which);
        RefusingPoint jit_point_static_beside(Handle ignored, String unused, int returnNull);
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    interface Call {
        Object run() throws Exception;
    }

    static void show(String what, Call call) {
        EVENTS.clear();
        String outcome;
        try {
            Object r = call.run();
            outcome = "returned " + (r instanceof Handle h ? h.name : r instanceof RefusingPoint p
                    ? "point " + p.x.get() + "," + p.y.get() + "," + p.w.get() : r);
        } catch (Throwable t) {
            outcome = "threw " + t.getClass().getName() + ": " + t.getMessage()
                    + (t.getCause() == null ? "" : " (cause " + t.getCause() + ")");
        }
        System.out.println(what + ": " + outcome + " " + EVENTS);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0]).mapper(new Mapper()).load("jnr_it");
        Runtime rt = Runtime.getRuntime(lib);
        Pointer in = Memory.allocateDirect(rt, 16);
        Pointer out = Memory.allocateDirect(rt, 16);
        for (int i = 0; i < 4; i++) in.putInt(4L * i, i + 1);

        for (Refuse inRefuse : Refuse.values()) {
            for (Refuse outRefuse : Refuse.values()) {
                for (int i = 0; i < 4; i++) out.putInt(4L * i, -1);
                Handle a = new Handle("in", in, inRefuse);
                Handle b = new Handle("out", out, outRefuse);
                show("copy in " + inRefuse + " out " + outRefuse, () -> lib.jit_copy_doubled(a, b, 4, "x"));
                System.out.println("  out " + out.getInt(0) + " " + out.getInt(12));
            }
        }
        show("copy nulls", () -> lib.jit_copy_doubled(null, null, 0, "x"));

        show("pick", () -> lib.jit_pick("", 0));
        show("pick NULL", () -> lib.jit_pick("", -1));
        refuseResult = true;
        show("pick refused", () -> lib.jit_pick("", 3));
        show("pick NULL refused", () -> lib.jit_pick("", -1));
        show("pick refused beside", () -> lib.jit_pick_beside(new Handle("h", in, Refuse.NOWHERE), "", 1));
        show("pick refused twice beside", () -> lib.jit_pick_beside(new Handle("h", in, Refuse.POST_INVOKE), "", 1));
        refuseResult = false;
        show("pick beside", () -> lib.jit_pick_beside(new Handle("h", in, Refuse.POST_INVOKE), "", 0));

        show("struct", () -> lib.jit_point_static("", 0));
        show("struct NULL", () -> lib.jit_point_static("", 1));
        RefusingPoint.refuse = true;
        show("struct refused", () -> lib.jit_point_static("", 0));
        show("struct NULL refused", () -> lib.jit_point_static("", 1));
        show("struct refused beside", () -> lib.jit_point_static_beside(new Handle("h", in, Refuse.NOWHERE), "", 0));
        RefusingPoint.refuse = false;

        show("again", () -> lib.jit_copy_doubled(new Handle("in", in, Refuse.NOWHERE),
                new Handle("out", out, Refuse.NOWHERE), 4, "y"));
    }
}
