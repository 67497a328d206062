package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.ArrayFlags;
import dev.ffijit.stubgen.sig.Param;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

import java.nio.charset.Charset;

/**
 * A {@code CharSequence} parameter under jnr-ffi's {@code CharSequenceParameterConverter} with a charset whose
 * {@code String.getBytes} output equals the converter's encoder output: a String (or null) skips the converter
 * and is encoded straight into scratch memory; any other CharSequence goes through the converter as in jnr-ffi.
 */
record StringArg(ToNative converter, Charset charset, int arrayFlags) implements ArgPlan {
    @Override
    public Param param() { return MemoryArg.ADDRESS; }

    @Override
    public Class<?> erased() { return Object.class; }

    @Override
    public boolean usesScratch() { return true; }

    @Override
    public boolean copiesBack() { return ArrayFlags.isOut(arrayFlags); }

    @Override
    public void emitConvert(CallEmitter e, int param, int converted) {
        Label keep = new Label();
        Label done = new Label();
        e.load(Object.class, param);
        e.mv.visitTypeInsn(Opcodes.INSTANCEOF, "java/lang/String");
        e.mv.visitJumpInsn(Opcodes.IFNE, keep);
        e.load(Object.class, param);
        e.mv.visitJumpInsn(Opcodes.IFNULL, keep);
        e.callConverter(converter.method(), converter.converter(), param, Object.class, converter.context());
        e.store(Object.class, converted);
        e.mv.visitJumpInsn(Opcodes.GOTO, done);
        e.mv.visitLabel(keep);
        e.load(Object.class, param);
        e.store(Object.class, converted);
        e.mv.visitLabel(done);
    }

    @Override
    public void emitCarrier(CallEmitter e, int param, int converted, int scratch) {
        e.load(Scratch.class, scratch);
        e.load(Object.class, converted);
        e.constant(charset, Charset.class);
        e.pushInt(arrayFlags);
        e.invokeStatic(Args.class, "string", long.class, Scratch.class, Object.class, Charset.class, int.class);
    }
}
