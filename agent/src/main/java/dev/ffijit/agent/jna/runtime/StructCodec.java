package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.lang.invoke.MethodHandle;
import java.util.Map;

/**
 * autoWrite()/autoRead() of one Structure class whose layout ffijit proved plain ({@link StructCodecs}): the same
 * field values at the same offsets, the same flags honoured and set, without reflection or a JNI call per field.
 * Applies to an instance only while it still has that layout, its own live memory of a JNA class, and is not part
 * of a {@code toArray} block; otherwise JNA's own method runs. A record, so its handles are trusted constants once
 * the codec is bound into a call site.
 *
 * @param layout the layout map (Structure.structFields) the offsets were taken from; instances share it per class
 * @param write  (Structure, long address)void: every non-volatile field to memory
 * @param read   (Structure, long address)void: every field from memory
 */
record StructCodec(Class<?> type, Map<?, ?> layout, int size, MethodHandle write, MethodHandle read) {

    void autoWrite(Structure s) throws Throwable {
        if (!(boolean) StructAccess.AUTO_WRITE.get(s)) return;
        long address = address(s);
        if (address == 0) {
            s.autoWrite();
            return;
        }
        write.invokeExact(s, address);
    }

    void autoRead(Structure s) throws Throwable {
        if (!(boolean) StructAccess.AUTO_READ.get(s)) return;
        long address = address(s);
        if (address == 0) {
            s.autoRead();
            return;
        }
        StructAccess.READ_CALLED.set(s, true);
        read.invokeExact(s, address);
    }

    /** The memory to use, or 0 when this instance must take JNA's own method. */
    private long address(Structure s) {
        if (StructAccess.FIELDS.get(s) != layout || (int) StructAccess.SIZE.get(s) != size
                || StructAccess.ARRAY.get(s) != null) return 0;
        Pointer m = (Pointer) StructAccess.MEMORY.get(s);
        if (m == null) return 0;
        Class<?> mc = m.getClass();
        // only JNA's own memory classes: a Pointer subclass of the application may override the accessors
        if (mc != StructAccess.AUTO_ALLOCATED && mc != StructAccess.SHARED_MEMORY && mc != Pointer.class
                && mc != com.sun.jna.Memory.class) return 0;
        return Pointer.nativeValue(m);
    }
}
