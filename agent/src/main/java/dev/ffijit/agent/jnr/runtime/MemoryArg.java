package dev.ffijit.agent.jnr.runtime;

import com.kenai.jffi.ArrayFlags;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;

/** A Pointer, Buffer or primitive array, declared or produced by jnr-ffi's converter: passed as an address. */
record MemoryArg(ToNative converter, MemoryKind kind, int arrayFlags) implements ArgPlan {
    static final Param ADDRESS = Param.of(JType.LONG, CType.POINTER);

    @Override
    public Param param() { return ADDRESS; }

    @Override
    public Class<?> erased() { return Object.class; }

    @Override
    public boolean usesScratch() { return true; }

    @Override
    public boolean copiesBack() { return ArrayFlags.isOut(arrayFlags); }

    @Override
    public void emitConvert(CallEmitter e, int param, int converted) {
        if (converter != null) {
            e.callConverter(converter.method(), converter.converter(), param, Object.class, converter.context());
        } else {
            e.load(Object.class, param);
        }
        e.store(Object.class, converted);
    }

    @Override
    public void emitCarrier(CallEmitter e, int param, int converted, int scratch) {
        e.load(Scratch.class, scratch);
        e.load(Object.class, converted);
        // jnr-ffi casts a converter's result to the converter's native type; a subtype of the kind's type
        e.checkcast(converter != null ? converter.nativeType() : kind.javaType);
        e.pushInt(arrayFlags);
        e.invokeStatic(Args.class, kind.argsMethod, long.class, Scratch.class, kind.javaType, int.class);
    }
}
