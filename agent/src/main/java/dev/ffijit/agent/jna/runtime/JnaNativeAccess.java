package dev.ffijit.agent.jna.runtime;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import dev.ffijit.stubgen.code.NativeAccess;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** stubgen's native needs, met by the application's own JNA: ffijit ships no native library. */
final class JnaNativeAccess implements NativeAccess {
    private static final int JNI_VERSION_1_6 = 0x00010006;
    private static final int GET_ENV = 6;            // JNIInvokeInterface_ slot
    private static final int REGISTER_NATIVES = 215; // JNINativeInterface_ slot

    private final NativeLibrary process = NativeLibrary.getProcess();

    @Override
    public long symbol(String name) {
        try {
            return Pointer.nativeValue(process.getGlobalVariableAddress(name));
        } catch (UnsatisfiedLinkError e) {
            return 0;
        }
    }

    /** A symbol of a library JNA opens by path or name, or 0. */
    long symbol(String library, String name) {
        try {
            return Pointer.nativeValue(NativeLibrary.getInstance(library).getGlobalVariableAddress(name));
        } catch (UnsatisfiedLinkError e) {
            return 0;
        }
    }

    /**
     * JNA saves errno after every call it makes, into the calling thread's {@code Native.getLastError()}; ffijit's own
     * calls (mmap, mprotect, RegisterNatives, ... while binding, on the application's thread) must not change what
     * the application reads there afterwards, so each puts the previous value back.
     */
    @Override
    public long call(long function, long... args) {
        Object[] boxed = new Object[args.length];
        for (int i = 0; i < args.length; i++) boxed[i] = args[i];
        int lastError = Native.getLastError();
        try {
            return Function.getFunction(new Pointer(function)).invokeLong(boxed);
        } finally {
            Native.setLastError(lastError);
        }
    }

    @Override
    public void write(long address, byte[] bytes) {
        new Pointer(address).write(0, bytes, 0, bytes.length);
    }

    @Override
    public byte[] read(long address, int length) {
        return new Pointer(address).getByteArray(0, length);
    }

    @Override
    public void registerNatives(Class<?> holder, List<NativeMethod> methods) {
        int lastError = Native.getLastError();
        try {
            register(holder, methods);
        } finally {
            Native.setLastError(lastError);
        }
    }

    private void register(Class<?> holder, List<NativeMethod> methods) {
        int ps = Native.POINTER_SIZE;
        Memory table = new Memory((long) methods.size() * 3 * ps);
        List<Memory> strings = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            NativeMethod m = methods.get(i);
            table.setPointer((long) (3 * i) * ps, cString(m.name(), strings));
            table.setPointer((long) (3 * i + 1) * ps, cString(m.descriptor(), strings));
            table.setPointer((long) (3 * i + 2) * ps, new Pointer(m.address()));
        }
        Pointer env = jniEnv();
        Pointer register = env.getPointer(0).getPointer((long) REGISTER_NATIVES * ps);
        // The class travels as a JNI local reference, which only allow-objects lets JNA pass.
        Object rc = Function.getFunction(register).invoke(Integer.class,
                new Object[] {env, holder, table, methods.size()}, Map.of(Library.OPTION_ALLOW_OBJECTS, true));
        java.lang.ref.Reference.reachabilityFence(strings);
        java.lang.ref.Reference.reachabilityFence(table);
        if (((Integer) rc) != 0) throw new IllegalStateException("RegisterNatives failed: " + rc);
    }

    private Pointer jniEnv() {
        Memory vm = new Memory(Native.POINTER_SIZE);
        Memory count = new Memory(4);
        Function created = process.getFunction("JNI_GetCreatedJavaVMs");
        if (created.invokeInt(new Object[] {vm, 1, count}) != 0 || count.getInt(0) < 1) {
            throw new IllegalStateException("JNI_GetCreatedJavaVMs failed");
        }
        Pointer javaVm = vm.getPointer(0);
        Pointer getEnv = javaVm.getPointer(0).getPointer((long) GET_ENV * Native.POINTER_SIZE);
        Memory env = new Memory(Native.POINTER_SIZE);
        int rc = Function.getFunction(getEnv).invokeInt(new Object[] {javaVm, env, JNI_VERSION_1_6});
        if (rc != 0) throw new IllegalStateException("GetEnv failed: " + rc);
        return env.getPointer(0);
    }

    private static Pointer cString(String s, List<Memory> keep) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(b.length + 1);
        m.write(0, b, 0, b.length);
        m.setByte(b.length, (byte) 0);
        keep.add(m);
        return m;
    }
}
