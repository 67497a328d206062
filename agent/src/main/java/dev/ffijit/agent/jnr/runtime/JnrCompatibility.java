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

import java.nio.Buffer;
import java.nio.ByteBuffer;

/**
 * The jnr-ffi and jffi members ffijit's generated code and helpers call while the application runs. They are
 * looked up once, before anything is taken over: with a jnr-ffi or jffi that lacks one, the integration stays off
 * instead of failing in the middle of an application's call.
 */
final class JnrCompatibility {
    private JnrCompatibility() {}

    static void check() throws NoSuchMethodException, NoSuchFieldException {
        AsmRuntime.class.getMethod("pointerParameterStrategy", Pointer.class);
        AsmRuntime.class.getMethod("pointerParameterStrategy", Buffer.class);
        AsmRuntime.class.getMethod("pointerValue", long.class, jnr.ffi.Runtime.class);
        AsmRuntime.class.getMethod("longValue", Address.class);
        AsmRuntime.class.getMethod("postInvoke", ToNativeConverter.PostInvocation.class, Object.class, Object.class,
                ToNativeContext.class);
        BufferParameterStrategy.class.getMethod("address", Buffer.class);
        ParameterStrategy.class.getMethod("object", Object.class);
        ParameterStrategy.class.getMethod("offset", Object.class);
        ParameterStrategy.class.getMethod("length", Object.class);
        ArrayFlags.class.getMethod("isIn", int.class);
        ArrayFlags.class.getMethod("isOut", int.class);
        ArrayFlags.class.getField("NULTERMINATE");
        MemoryIO.class.getMethod("allocateMemory", long.class, boolean.class);
        MemoryIO.class.getMethod("freeMemory", long.class);
        MemoryIO.class.getMethod("newDirectByteBuffer", long.class, int.class);
        ByteBuffer.class.getMethod("put", int.class, byte[].class, int.class, int.class);
    }
}
