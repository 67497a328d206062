package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.NativeMethods;
import com.kenai.jffi.Type;
import dev.ffijit.stubgen.code.NativeAccess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** stubgen's native access over the application's own jffi: ffijit loads no native library of its own. */
final class JffiNativeAccess implements NativeAccess {
    private static final int MAX_ARGS = 6;

    private final CallContext[] contexts = new CallContext[MAX_ARGS + 1];

    JffiNativeAccess() {
        for (int n = 0; n <= MAX_ARGS; n++) {
            Type[] params = new Type[n];
            Arrays.fill(params, Type.SINT64);
            contexts[n] = CallContext.getCallContext(Type.SINT64, params, CallingConvention.DEFAULT, false);
        }
    }

    @Override
    public long symbol(String name) {
        return Library.getDefault().getSymbolAddress(name);
    }

    @Override
    public long call(long function, long... a) {
        Invoker invoker = Invoker.getInstance();
        switch (a.length) {
            case 0: return invoker.invokeN0(contexts[0], function);
            case 1: return invoker.invokeN1(contexts[1], function, a[0]);
            case 2: return invoker.invokeN2(contexts[2], function, a[0], a[1]);
            case 3: return invoker.invokeN3(contexts[3], function, a[0], a[1], a[2]);
            case 4: return invoker.invokeN4(contexts[4], function, a[0], a[1], a[2], a[3]);
            case 5: return invoker.invokeN5(contexts[5], function, a[0], a[1], a[2], a[3], a[4]);
            case 6: return invoker.invokeN6(contexts[6], function, a[0], a[1], a[2], a[3], a[4], a[5]);
            default: throw new IllegalArgumentException("at most " + MAX_ARGS + " arguments, got " + a.length);
        }
    }

    @Override
    public void write(long address, byte[] bytes) {
        MemoryIO.getInstance().putByteArray(address, bytes, 0, bytes.length);
    }

    @Override
    public byte[] read(long address, int length) {
        byte[] out = new byte[length];
        MemoryIO.getInstance().getByteArray(address, out, 0, length);
        return out;
    }

    @Override
    public void registerNatives(Class<?> holder, List<NativeAccess.NativeMethod> methods) {
        List<com.kenai.jffi.NativeMethod> jffi = new ArrayList<>();
        for (NativeAccess.NativeMethod m : methods) {
            jffi.add(new com.kenai.jffi.NativeMethod(m.address(), m.name(), m.descriptor()));
        }
        NativeMethods.register(holder, jffi);
    }
}
