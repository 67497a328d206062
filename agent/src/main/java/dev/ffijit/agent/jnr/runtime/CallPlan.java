package dev.ffijit.agent.jnr.runtime;

import dev.ffijit.stubgen.plan.ErrnoCapture;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import jnr.ffi.provider.jffi.FfijitMethodGenerator.Request;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/** Everything ffijit generates for one method: argument and result steps, the stub's signature and errno rule. */
record CallPlan(Request request, List<ArgPlan> args, ResultPlan result, ErrnoCapture errno) {
    Signature signature() {
        List<Param> params = new ArrayList<>();
        for (ArgPlan a : args) params.add(a.param());
        return Signature.of(result.param(), params);
    }

    /** The generated method's type: declared primitives, Object for every reference. */
    MethodType erasedType() {
        Class<?>[] params = new Class<?>[args.size()];
        for (int i = 0; i < params.length; i++) params[i] = args.get(i).erased();
        return MethodType.methodType(result.erased(), params);
    }
}
