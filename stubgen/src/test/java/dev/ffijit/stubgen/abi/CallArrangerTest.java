package dev.ffijit.stubgen.abi;

import dev.ffijit.stubgen.sig.CType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static dev.ffijit.stubgen.sig.CType.DOUBLE;
import static dev.ffijit.stubgen.sig.CType.FLOAT;
import static dev.ffijit.stubgen.sig.CType.POINTER;
import static dev.ffijit.stubgen.sig.CType.SINT32;
import static dev.ffijit.stubgen.sig.CType.SINT64;
import static dev.ffijit.stubgen.sig.CType.SINT8;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calling sequences straight from the ABI tables, against the conventions' documents. */
class CallArrangerTest {

    static String places(CallingSequence cs) {
        return cs.args().stream().map(l -> l.stream().map(Object::toString).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }

    @Test
    void systemVFillsEachRegisterClassIndependentlyThenTheStack() {
        List<CType> args = List.of(SINT32, DOUBLE, SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, FLOAT,
                DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE);
        CallingSequence cs = CallArranger.arrange(Abis.SYSV_X86_64, args, args.size(), DOUBLE);
        assertEquals("rdi xmm0 rsi rdx rcx r8 r9 [sp+0].8 xmm1 xmm2 xmm3 xmm4 xmm5 xmm6 xmm7 [sp+8].8 [sp+16].8",
                places(cs));
        assertEquals(24, cs.stackBytes());
        assertEquals(8, cs.floatRegsUsed());
        assertEquals("xmm0", cs.result().name());
    }

    @Test
    void aapcs64UsesEightRegistersPerClassAndEightByteSlots() {
        List<CType> args = List.of(SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, SINT8, FLOAT,
                SINT32);
        CallingSequence cs = CallArranger.arrange(Abis.AAPCS64_LINUX, args, args.size(), SINT32);
        assertEquals("x0 x1 x2 x3 x4 x5 x6 x7 [sp+0].8 v0 [sp+8].8", places(cs));
        assertEquals(16, cs.stackBytes());
    }

    @Test
    void windowsX64IsPositionalWithShadowSpaceAndDuplicatesVariadicFloatingPoint() {
        List<CType> args = List.of(SINT32, DOUBLE, SINT64, DOUBLE, SINT32, DOUBLE);
        CallingSequence fixed = CallArranger.arrange(Abis.WIN64, args, args.size(), SINT32);
        assertEquals("rcx xmm1 r8 xmm3 [sp+32].8 [sp+40].8", places(fixed));
        assertEquals(48, fixed.stackBytes());
        assertEquals(16, fixed.stackArgBytes());
        CallingSequence variadic = CallArranger.arrange(Abis.WIN64, List.of(POINTER, DOUBLE), 1, SINT32);
        assertEquals("rcx xmm1+rdx", places(variadic));
    }

    @Test
    void appleArm64PacksNamedStackArgumentsAndPutsVariadicOnesInSlots() {
        List<CType> args = List.of(SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, SINT64, SINT8, SINT32,
                SINT8, SINT64);
        CallingSequence cs = CallArranger.arrange(Abis.APPLE_ARM64, args, args.size(), SINT32);
        assertEquals("x0 x1 x2 x3 x4 x5 x6 x7 [sp+0].1 [sp+4].4 [sp+8].1 [sp+16].8", places(cs));
        CallingSequence variadic = CallArranger.arrange(Abis.APPLE_ARM64, List.of(POINTER, SINT32, DOUBLE), 1, SINT32);
        assertEquals("x0 [sp+0].8 [sp+8].8", places(variadic));
    }
}
