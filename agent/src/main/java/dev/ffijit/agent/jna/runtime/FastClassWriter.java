package dev.ffijit.agent.jna.runtime;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodType;
import java.lang.ref.Reference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Generates the fast class of one bound library: per accelerated method a {@code private static native} raw method
 * (bound to its stub) and a static method with the method's erased signature that does, in JNA's order:
 * <ol>
 *   <li>the guards of all arguments, before any side effect; a failing one hands the call to JNA ({@link SlowCall});</li>
 *   <li>each argument's conversion, left to right (Structure autoWrite, strings into the ring, array copies);</li>
 *   <li>the native call, then the copy-back of arrays, then the LastErrorException check;</li>
 *   <li>the result's conversion, then each argument's after-call step (Structure autoRead) (a mapping that reads
 *       Structures back also on errors checks errno after these instead);</li>
 *   <li>reachability fences for objects whose memory C saw; the thread's buffers are released, also on exceptions.</li>
 * </ol>
 */
final class FastClassWriter {
    static final String PACKAGE = FastClassWriter.class.getPackageName().replace('.', '/');
    private static final String BUFFERS = Type.getInternalName(ThreadBuffers.class);

    private final ClassWriter cw;
    private final String name;
    private final ClassData data;

    FastClassWriter(String simpleName) {
        this.name = PACKAGE + "/" + simpleName;
        this.data = new ClassData(name);
        this.cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // locals never merge two different reference types here
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
    }

    String name() { return name; }
    ClassData data() { return data; }

    static String fastName(MethodPlan p, int index) { return p.method().getName() + "$" + index; }
    static String rawName(MethodPlan p, int index) { return p.method().getName() + "$raw" + index; }

    void add(MethodPlan plan, int index, LongAdder counter) {
        cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, rawName(plan, index),
                plan.signature().jniDescriptor(), null, null).visitEnd();
        MethodType type = plan.fastType();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, fastName(plan, index), type.toMethodDescriptorString(), null, null);
        mv.visitCode();
        new Body(mv, plan, index, counter).emit();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    byte[] finish() {
        data.finish(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The locals and code of one fast method. */
    private final class Body {
        private final MethodVisitor mv;
        private final MethodPlan plan;
        private final int index;
        private final LongAdder counter;
        private final int[] argLocal;
        private final int[] carrierLocal;
        private final int buffersLocal, markLocal, rawLocal, resultLocal, thrownLocal;
        private final boolean buffers;

        Body(MethodVisitor mv, MethodPlan plan, int index, LongAdder counter) {
            this.mv = mv;
            this.plan = plan;
            this.index = index;
            this.counter = counter;
            this.buffers = plan.usesBuffers();
            int n = plan.args().size();
            argLocal = new int[n];
            carrierLocal = new int[n];
            int next = 0;
            for (int i = 0; i < n; i++) {
                argLocal[i] = next;
                next += Type.getType(plan.args().get(i).erased()).getSize();
            }
            for (int i = 0; i < n; i++) {
                carrierLocal[i] = next;
                next += Type.getType(plan.args().get(i).param().carrier().javaClass()).getSize();
            }
            buffersLocal = next++;
            markLocal = next;
            next += 2;
            rawLocal = next;
            next += 2;
            resultLocal = next;
            next += 2;
            thrownLocal = next;
        }

        void emit() {
            Label slow = new Label(), tryStart = new Label(), tryEnd = new Label(), handler = new Label();
            if (buffers) mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
            if (counter != null) {
                data.load(mv, counter, LongAdder.class);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/concurrent/atomic/LongAdder", "increment", "()V", false);
            }
            for (int i = 0; i < plan.args().size(); i++) {
                ArgRule a = plan.args().get(i);
                if (a.guard() == null) continue;
                load(a.erased(), argLocal[i]);
                operands(a.guard(), a.constant());
                invoke(a.guard());
                mv.visitJumpInsn(Opcodes.IFEQ, slow);
            }
            if (buffers) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, BUFFERS, "current", "()L" + BUFFERS + ";", false);
                mv.visitVarInsn(Opcodes.ASTORE, buffersLocal);
                mv.visitVarInsn(Opcodes.ALOAD, buffersLocal);
                mv.visitJumpInsn(Opcodes.IFNULL, slow);
                mv.visitVarInsn(Opcodes.ALOAD, buffersLocal);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUFFERS, "mark", "()J", false);
                mv.visitVarInsn(Opcodes.LSTORE, markLocal);
            }
            mv.visitLabel(tryStart);
            for (int i = 0; i < plan.args().size(); i++) {
                ArgRule a = plan.args().get(i);
                load(a.erased(), argLocal[i]);
                if (a.convert() != null) {
                    operands(a.convert(), a.constant());
                    invoke(a.convert());
                }
                store(a.param().carrier().javaClass(), carrierLocal[i]);
            }
            for (int i = 0; i < plan.args().size(); i++) load(plan.args().get(i).param().carrier().javaClass(), carrierLocal[i]);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, name, rawName(plan, index), plan.signature().jniDescriptor(), false);
            Class<?> raw = plan.result().param().carrier().javaClass();
            if (raw != void.class) store(raw, rawLocal);
            if (plan.copiesBack()) {
                mv.visitVarInsn(Opcodes.ALOAD, buffersLocal);
                mv.visitVarInsn(Opcodes.LLOAD, markLocal);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUFFERS, "copyBack", "(J)V", false);
            }
            // interface mapping throws before converting the result and reading Structures back; direct mapping after
            boolean checkLast = plan.mapping().readStructuresOnError();
            if (plan.throwsLastError() && !checkLast) checkLastError();
            Class<?> result = plan.result().erased();
            if (result != void.class) {
                load(raw, rawLocal);
                Call convert = plan.result().convert();
                if (convert != null) {
                    operands(convert, plan.result().constant());
                    invoke(convert);
                }
                store(result, resultLocal);
            }
            for (int i = 0; i < plan.args().size(); i++) {
                ArgRule a = plan.args().get(i);
                if (a.after() == null) continue;
                load(a.erased(), argLocal[i]);
                operands(a.after(), a.constant());
                invoke(a.after());
            }
            if (plan.throwsLastError() && checkLast) checkLastError();
            for (int i = 0; i < plan.args().size(); i++) {
                ArgRule a = plan.args().get(i);
                if (!a.fence()) continue;
                load(a.erased(), argLocal[i]);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Reference.class), "reachabilityFence",
                        "(Ljava/lang/Object;)V", false);
            }
            mv.visitLabel(tryEnd);
            if (buffers) release();
            if (result != void.class) load(result, resultLocal);
            mv.visitInsn(Type.getType(result).getOpcode(Opcodes.IRETURN));
            if (buffers) {
                mv.visitLabel(handler);
                mv.visitVarInsn(Opcodes.ASTORE, thrownLocal);
                release();
                mv.visitVarInsn(Opcodes.ALOAD, thrownLocal);
                mv.visitInsn(Opcodes.ATHROW);
            }
            mv.visitLabel(slow);
            emitSlowCall();
        }

        private void checkLastError() {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(LastErrors.class), "check", "()V", false);
        }

        private void release() {
            mv.visitVarInsn(Opcodes.ALOAD, buffersLocal);
            mv.visitVarInsn(Opcodes.LLOAD, markLocal);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUFFERS, "release", "(J)V", false);
        }

        /** JNA's own path with the same argument objects the proxy would have passed. */
        private void emitSlowCall() {
            data.load(mv, plan.slow(), SlowCall.class);
            int n = plan.args().size();
            mv.visitLdcInsn(n);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            for (int i = 0; i < n; i++) {
                mv.visitInsn(Opcodes.DUP);
                mv.visitLdcInsn(i);
                Class<?> t = plan.args().get(i).erased();
                load(t, argLocal[i]);
                if (t.isPrimitive()) box(t);
                mv.visitInsn(Opcodes.AASTORE);
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Type.getInternalName(SlowCall.class), "invoke",
                    "([Ljava/lang/Object;)Ljava/lang/Object;", false);
            Class<?> result = plan.result().erased();
            if (result == void.class) {
                mv.visitInsn(Opcodes.POP);
                mv.visitInsn(Opcodes.RETURN);
            } else if (result.isPrimitive()) {
                Class<?> box = box(result, false);
                mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(box));
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Type.getInternalName(box), result.getName() + "Value",
                        "()" + Type.getDescriptor(result), false);
                mv.visitInsn(Type.getType(result).getOpcode(Opcodes.IRETURN));
            } else {
                if (result != Object.class) mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(result));
                mv.visitInsn(Opcodes.ARETURN);
            }
        }

        /** The operands after the value: the thread's buffers or the constant, in the helper's parameter order. */
        private void operands(Call call, Object constant) {
            for (Class<?> p : call.type().parameterList().subList(1, call.type().parameterCount())) {
                if (p == ThreadBuffers.class) mv.visitVarInsn(Opcodes.ALOAD, buffersLocal);
                else data.load(mv, constant, p);
            }
        }

        private void invoke(Call c) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(c.owner()), c.name(), c.descriptor(), false);
        }

        private void load(Class<?> t, int local) {
            mv.visitVarInsn(Type.getType(t).getOpcode(Opcodes.ILOAD), local);
        }

        private void store(Class<?> t, int local) {
            mv.visitVarInsn(Type.getType(t).getOpcode(Opcodes.ISTORE), local);
        }

        private void box(Class<?> primitive) {
            Class<?> box = box(primitive, false);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(box), "valueOf",
                    "(" + Type.getDescriptor(primitive) + ")" + Type.getDescriptor(box), false);
        }

        private Class<?> box(Class<?> primitive, boolean unused) {
            return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
        }
    }
}
