package dev.ffijit.agent.jnr.runtime;

import jnr.ffi.mapper.ToNativeContext;
import jnr.ffi.mapper.ToNativeConverter;
import jnr.ffi.provider.jffi.AsmRuntime;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes the hidden class for one interface: per method a {@code static native raw$k} bound to its stub, and a
 * {@code static call$k} that does jnr-ffi's Java-side work around it:
 *
 * <pre>
 *   converted_i = jnr's converter_i(arg_i)              left to right, as jnr-ffi's code
 *   scratch mark
 *   try { r = raw$k(carrier_i(converted_i)...); copy heap data back } finally { release scratch }
 *   try { return jnr's result conversion(r) } finally { jnr's postInvoke_i(arg_i, converted_i) }
 * </pre>
 */
final class CallClassGenerator {
    static final String NAME = CallClassGenerator.class.getPackageName().replace('.', '/') + "/JnrCalls";

    /** The class file and the objects its constants refer to. */
    record Generated(byte[] bytes, List<Object> classData) {}

    private CallClassGenerator() {}

    static String rawName(int k) { return "raw$" + k; }

    static String callName(int k) { return "call$" + k; }

    /** @param counters per plan, the report's call counter, or null when calls are not counted */
    static Generated generate(List<CallPlan> plans, List<LongAdder> counters) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            // Merges only ever meet Object-typed locals; never load classes to find out.
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
        ClassData data = new ClassData();
        for (int k = 0; k < plans.size(); k++) {
            CallPlan plan = plans.get(k);
            cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, rawName(k),
                    plan.signature().jniDescriptor(), null, null).visitEnd();
            emitCall(cw, data, plan, k, counters.get(k));
        }
        MethodVisitor clinit = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        data.emitResolveAll(clinit);
        clinit.visitInsn(Opcodes.RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();
        cw.visitEnd();
        return new Generated(cw.toByteArray(), data.values());
    }

    private static void emitCall(ClassWriter cw, ClassData data, CallPlan plan, int k, LongAdder counter) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, callName(k),
                plan.erasedType().toMethodDescriptorString(), null, null);
        mv.visitCode();
        List<ArgPlan> args = plan.args();
        int[] paramSlots = new int[args.size()];
        int next = 0;
        for (int i = 0; i < args.size(); i++) {
            paramSlots[i] = next;
            next += Type.getType(args.get(i).erased()).getSize();
        }
        CallEmitter e = new CallEmitter(mv, data, next);
        if (counter != null) {
            e.constant(counter, LongAdder.class);
            e.invokeVirtual(LongAdder.class, "increment", void.class);
        }

        int[] converted = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            converted[i] = e.newLocal(Object.class);
            args.get(i).emitConvert(e, paramSlots[i], converted[i]);
        }

        boolean scratch = args.stream().anyMatch(ArgPlan::usesScratch);
        int scratchSlot = -1, markSlot = -1;
        Label tryStart = new Label(), tryEnd = new Label(), handler = new Label(), after = new Label();
        if (scratch) {
            scratchSlot = e.newLocal(Scratch.class);
            markSlot = e.newLocal(long.class);
            e.invokeStatic(Scratch.class, "get", Scratch.class);
            e.store(Scratch.class, scratchSlot);
            e.load(Scratch.class, scratchSlot);
            e.invokeVirtual(Scratch.class, "mark", long.class);
            e.store(long.class, markSlot);
            mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
            mv.visitLabel(tryStart);
        }
        for (int i = 0; i < args.size(); i++) args.get(i).emitCarrier(e, paramSlots[i], converted[i], scratchSlot);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, rawName(k), plan.signature().jniDescriptor(), false);
        Class<?> carrier = plan.result().param().carrier().javaClass();
        int resultSlot = carrier == void.class ? -1 : e.newLocal(carrier);
        if (resultSlot >= 0) e.store(carrier, resultSlot);
        if (scratch) {
            if (args.stream().anyMatch(ArgPlan::copiesBack)) {
                e.load(Scratch.class, scratchSlot);
                e.load(long.class, markSlot);
                e.invokeVirtual(Scratch.class, "copyOut", void.class, long.class);
            }
            mv.visitLabel(tryEnd);
            release(e, scratchSlot, markSlot);
            mv.visitJumpInsn(Opcodes.GOTO, after);
            mv.visitLabel(handler);
            int thrown = e.newLocal(Throwable.class);
            e.store(Throwable.class, thrown);
            release(e, scratchSlot, markSlot);
            e.load(Throwable.class, thrown);
            mv.visitInsn(Opcodes.ATHROW);
            mv.visitLabel(after);
        }
        emitResult(e, plan, paramSlots, converted, resultSlot);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void release(CallEmitter e, int scratchSlot, int markSlot) {
        e.load(Scratch.class, scratchSlot);
        e.load(long.class, markSlot);
        e.invokeVirtual(Scratch.class, "release", void.class, long.class);
    }

    /** jnr-ffi's epilogue: convert the result; when a converter needs it, postInvoke in a finally block. */
    private static void emitResult(CallEmitter e, CallPlan plan, int[] paramSlots, int[] converted, int resultSlot) {
        MethodVisitor mv = e.mv;
        Class<?> carrier = plan.result().param().carrier().javaClass();
        Class<?> erased = plan.result().erased();
        Type returnType = Type.getType(erased);
        List<Integer> post = new ArrayList<>();
        for (int i = 0; i < plan.args().size(); i++) {
            ToNative t = plan.args().get(i).converter();
            if (t != null && t.postInvocation()) post.add(i);
        }
        if (post.isEmpty()) {
            if (resultSlot >= 0) e.load(carrier, resultSlot);
            plan.result().emitConvert(e);
            mv.visitInsn(returnType.getOpcode(Opcodes.IRETURN));
            return;
        }
        Label start = new Label(), end = new Label(), handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, null);
        mv.visitLabel(start);
        mv.visitInsn(Opcodes.NOP); // a try block may not be empty (void results convert nothing)
        if (resultSlot >= 0) e.load(carrier, resultSlot);
        plan.result().emitConvert(e);
        int value = erased == void.class ? -1 : e.newLocal(erased);
        if (value >= 0) e.store(erased, value);
        mv.visitLabel(end);
        postInvoke(e, plan, post, paramSlots, converted);
        if (value >= 0) e.load(erased, value);
        mv.visitInsn(returnType.getOpcode(Opcodes.IRETURN));
        mv.visitLabel(handler);
        int thrown = e.newLocal(Throwable.class);
        e.store(Throwable.class, thrown);
        postInvoke(e, plan, post, paramSlots, converted);
        e.load(Throwable.class, thrown);
        mv.visitInsn(Opcodes.ATHROW);
    }

    /** {@code AsmRuntime.postInvoke(converter, arg, converted, context)}: jnr-ffi's own helper, which swallows. */
    private static void postInvoke(CallEmitter e, CallPlan plan, List<Integer> post, int[] paramSlots,
                                   int[] converted) {
        for (int i : post) {
            ToNative t = plan.args().get(i).converter();
            e.constant(t.converter(), ToNativeConverter.PostInvocation.class);
            e.load(Object.class, paramSlots[i]);
            e.load(Object.class, converted[i]);
            e.constant(t.context(), ToNativeContext.class);
            e.invokeStatic(AsmRuntime.class, "postInvoke", void.class, ToNativeConverter.PostInvocation.class,
                    Object.class, Object.class, ToNativeContext.class);
        }
    }
}
