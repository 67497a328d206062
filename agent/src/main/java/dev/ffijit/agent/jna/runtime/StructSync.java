package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Structure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * autoWrite()/autoRead() for the Structure arguments of one declared type, as two call sites the generated code
 * calls through constant handles. They start generic (find the codec of the runtime class, else JNA's own method)
 * and, once the declared class has a codec, are relinked to call it directly for instances of exactly that class,
 * so the JIT inlines the field copies into the call.
 */
final class StructSync {
    private static final MethodHandle WRITE_GENERIC, READ_GENERIC, CODEC_WRITE, CODEC_READ, IS_EXACTLY;
    private static final MethodHandle JNA_WRITE, JNA_READ;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            MethodType sv = MethodType.methodType(void.class, Structure.class);
            WRITE_GENERIC = l.findVirtual(StructSync.class, "autoWriteGeneric", sv);
            READ_GENERIC = l.findVirtual(StructSync.class, "autoReadGeneric", sv);
            CODEC_WRITE = l.findVirtual(StructCodec.class, "autoWrite", sv);
            CODEC_READ = l.findVirtual(StructCodec.class, "autoRead", sv);
            IS_EXACTLY = l.findStatic(StructSync.class, "isExactly",
                    MethodType.methodType(boolean.class, Class.class, Structure.class));
            JNA_WRITE = MethodHandles.publicLookup().findVirtual(Structure.class, "autoWrite", MethodType.methodType(void.class));
            JNA_READ = MethodHandles.publicLookup().findVirtual(Structure.class, "autoRead", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final ClassValue<StructSync> SYNCS = new ClassValue<>() {
        @Override
        protected StructSync computeValue(Class<?> type) {
            return new StructSync(type);
        }
    };

    private final Class<?> declared;
    private final MutableCallSite writeSite;
    private final MutableCallSite readSite;
    private volatile boolean linked;

    private StructSync(Class<?> declared) {
        this.declared = declared;
        this.writeSite = new MutableCallSite(WRITE_GENERIC.bindTo(this));
        this.readSite = new MutableCallSite(READ_GENERIC.bindTo(this));
    }

    static StructSync of(Class<?> declared) {
        return SYNCS.get(declared);
    }

    /**
     * What generated code is given as the constant of a Structure argument: the declared class and the two
     * (Structure)void handles. A record, so its fields are trusted constants and the handles inline.
     */
    record Handles(Class<?> declared, MethodHandle autoWrite, MethodHandle autoRead) {}

    Handles handles() {
        return NativeMemory.AVAILABLE ? new Handles(declared, writeSite.dynamicInvoker(), readSite.dynamicInvoker())
                : new Handles(declared, JNA_WRITE, JNA_READ);
    }

    private void autoWriteGeneric(Structure s) throws Throwable {
        StructCodec c = StructCodecs.forInstance(s);
        if (c == null) {
            s.autoWrite();
            return;
        }
        link(c);
        c.autoWrite(s);
    }

    private void autoReadGeneric(Structure s) throws Throwable {
        StructCodec c = StructCodecs.forInstance(s);
        if (c == null) {
            s.autoRead();
            return;
        }
        link(c);
        c.autoRead(s);
    }

    private void link(StructCodec c) {
        if (linked || c.type() != declared) return;
        synchronized (this) {
            if (linked) return;
            MethodHandle test = IS_EXACTLY.bindTo(declared);
            writeSite.setTarget(MethodHandles.guardWithTest(test, CODEC_WRITE.bindTo(c), writeSite.getTarget()));
            readSite.setTarget(MethodHandles.guardWithTest(test, CODEC_READ.bindTo(c), readSite.getTarget()));
            MutableCallSite.syncAll(new MutableCallSite[] {writeSite, readSite});
            linked = true;
        }
    }

    private static boolean isExactly(Class<?> c, Structure s) {
        return s.getClass() == c;
    }
}
