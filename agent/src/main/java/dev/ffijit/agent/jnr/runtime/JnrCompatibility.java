package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.ArrayFlags;
import com.kenai.jffi.MemoryIO;
import jnr.ffi.Address;
import jnr.ffi.Pointer;
import jnr.ffi.mapper.ToNativeContext;
import jnr.ffi.mapper.ToNativeConverter;
import jnr.ffi.provider.jffi.AsmRuntime;
import jnr.ffi.provider.jffi.BufferParameterStrategy;
import jnr.ffi.provider.jffi.ParameterStrategy;
import jnr.ffi.provider.jffi.PointerParameterStrategy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.Buffer;
import java.nio.ByteBuffer;

import static java.lang.invoke.MethodType.methodType;

/**
 * The jnr-ffi and jffi members ffijit's generated code and helpers call while the application runs. They are
 * looked up once, before anything is taken over, with the exact types and kind (static or not) those calls link
 * with: with a jnr-ffi or jffi that lacks one, the integration stays off instead of failing in the middle of an
 * application's call.
 */
final class JnrCompatibility {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    /**
     * jnr-ffi 2.2.2 and later have a static {@code BufferParameterStrategy.address(Buffer)}, the buffer's address
     * plus its position, which ffijit calls for a direct buffer. Before, jnr-ffi's fast path passes the address
     * without the position ({@code AsmRuntime.longValue(Buffer)}), so Buffer parameters stay on jnr-ffi's paths.
     */
    static final boolean STATIC_BUFFER_ADDRESS = hasStatic(BufferParameterStrategy.class, "address",
            methodType(long.class, Buffer.class));

    private JnrCompatibility() {}

    static void check() throws ReflectiveOperationException {
        LOOKUP.findStatic(AsmRuntime.class, "pointerParameterStrategy",
                methodType(PointerParameterStrategy.class, Pointer.class));
        LOOKUP.findStatic(AsmRuntime.class, "pointerParameterStrategy",
                methodType(BufferParameterStrategy.class, Buffer.class));
        LOOKUP.findStatic(AsmRuntime.class, "pointerValue", methodType(Pointer.class, long.class, jnr.ffi.Runtime.class));
        LOOKUP.findStatic(AsmRuntime.class, "longValue", methodType(long.class, Address.class));
        LOOKUP.findStatic(AsmRuntime.class, "postInvoke", methodType(void.class, ToNativeConverter.PostInvocation.class,
                Object.class, Object.class, ToNativeContext.class));
        LOOKUP.findVirtual(ParameterStrategy.class, "object", methodType(Object.class, Object.class));
        LOOKUP.findVirtual(ParameterStrategy.class, "offset", methodType(int.class, Object.class));
        LOOKUP.findVirtual(ParameterStrategy.class, "length", methodType(int.class, Object.class));
        LOOKUP.findStatic(ArrayFlags.class, "isIn", methodType(boolean.class, int.class));
        LOOKUP.findStatic(ArrayFlags.class, "isOut", methodType(boolean.class, int.class));
        LOOKUP.findStaticGetter(ArrayFlags.class, "NULTERMINATE", int.class);
        LOOKUP.findStatic(MemoryIO.class, "getInstance", methodType(MemoryIO.class));
        LOOKUP.findVirtual(MemoryIO.class, "allocateMemory", methodType(long.class, long.class, boolean.class));
        LOOKUP.findVirtual(MemoryIO.class, "freeMemory", methodType(void.class, long.class));
        LOOKUP.findVirtual(MemoryIO.class, "newDirectByteBuffer", methodType(ByteBuffer.class, long.class, int.class));
        LOOKUP.findVirtual(ByteBuffer.class, "put", methodType(ByteBuffer.class, int.class, byte[].class, int.class,
                int.class));
    }

    private static boolean hasStatic(Class<?> owner, String name, MethodType type) {
        try {
            LOOKUP.findStatic(owner, name, type);
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
