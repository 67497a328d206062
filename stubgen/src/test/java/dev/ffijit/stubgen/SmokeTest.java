package dev.ffijit.stubgen;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import dev.ffijit.stubgen.bind.NativeHolders;
import dev.ffijit.stubgen.bind.StubLinker;
import dev.ffijit.stubgen.plan.StubSpec;
import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;
import dev.ffijit.stubgen.sig.Param;
import dev.ffijit.stubgen.sig.Signature;
import dev.ffijit.stubgen.testing.JnaTestAccess;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void labsAndCos() throws Throwable {
        StubLinker linker = new StubLinker(JnaTestAccess.INSTANCE, Platform.current());
        NativeLibrary c = NativeLibrary.getInstance("c");
        NativeLibrary m = NativeLibrary.getInstance("m");
        MethodHandles.Lookup holder = NativeHolders.define(List.of(
                new NativeHolders.Declaration("labs", "(J)J"),
                new NativeHolders.Declaration("cos", "(D)D")));
        linker.link(holder.lookupClass(), List.of(
                new StubLinker.Binding("labs", StubSpec.of(Signature.of(Param.natural(JType.LONG), Param.natural(JType.LONG)),
                        Pointer.nativeValue(c.getFunction("labs")))),
                new StubLinker.Binding("cos", StubSpec.of(Signature.of(Param.natural(JType.DOUBLE), Param.natural(JType.DOUBLE)),
                        Pointer.nativeValue(m.getFunction("cos"))))));
        long r = (long) holder.findStatic(holder.lookupClass(), "labs", MethodType.methodType(long.class, long.class)).invokeExact(-42L);
        assertEquals(42L, r);
        double d = (double) holder.findStatic(holder.lookupClass(), "cos", MethodType.methodType(double.class, double.class)).invokeExact(0.0);
        assertEquals(1.0, d);
        assertEquals(CType.SINT64, JType.LONG.jniCType());
    }
}
