package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.Map;

/** Handles on Structure's private state, which its fast path reads and sets exactly as read()/write() would. */
final class StructAccess {
    static final VarHandle MEMORY, SIZE, FIELDS, AUTO_READ, AUTO_WRITE, READ_CALLED, ARRAY;
    static final MethodHandle CONDITIONAL_AUTO_READ;
    /** Structure.StructField's public fields, for building a layout once. */
    static final Field SF_NAME, SF_TYPE, SF_FIELD, SF_OFFSET, SF_VOLATILE, SF_READ_ONLY, SF_READ_CONVERTER, SF_WRITE_CONVERTER,
            SF_CONTEXT;
    static final Class<?> AUTO_ALLOCATED, SHARED_MEMORY;

    static {
        try {
            MethodHandles.Lookup l = Opening.privateLookup(Structure.class);
            MEMORY = l.findVarHandle(Structure.class, "memory", Pointer.class);
            SIZE = l.findVarHandle(Structure.class, "size", int.class);
            FIELDS = l.findVarHandle(Structure.class, "structFields", Map.class);
            AUTO_READ = l.findVarHandle(Structure.class, "autoRead", boolean.class);
            AUTO_WRITE = l.findVarHandle(Structure.class, "autoWrite", boolean.class);
            READ_CALLED = l.findVarHandle(Structure.class, "readCalled", boolean.class);
            ARRAY = l.findVarHandle(Structure.class, "array", Structure[].class);
            CONDITIONAL_AUTO_READ = l.findVirtual(Structure.class, "conditionalAutoRead", MethodType.methodType(void.class));
            Class<?> sf = Class.forName("com.sun.jna.Structure$StructField", false, Structure.class.getClassLoader());
            SF_NAME = open(sf, "name");
            SF_TYPE = open(sf, "type");
            SF_FIELD = open(sf, "field");
            SF_OFFSET = open(sf, "offset");
            SF_VOLATILE = open(sf, "isVolatile");
            SF_READ_ONLY = open(sf, "isReadOnly");
            SF_READ_CONVERTER = open(sf, "readConverter");
            SF_WRITE_CONVERTER = open(sf, "writeConverter");
            SF_CONTEXT = open(sf, "context");
            AUTO_ALLOCATED = Class.forName("com.sun.jna.Structure$AutoAllocated", false, Structure.class.getClassLoader());
            SHARED_MEMORY = Class.forName("com.sun.jna.Memory$SharedMemory", false, Structure.class.getClassLoader());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StructAccess() {}

    private static Field open(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
