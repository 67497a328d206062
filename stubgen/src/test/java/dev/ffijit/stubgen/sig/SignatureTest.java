package dev.ffijit.stubgen.sig;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignatureTest {
    private static final Param VOID = Param.of(JType.VOID, CType.VOID);

    @Test
    void describesItsJniDescriptor() {
        Signature s = Signature.of(Param.natural(JType.BOOLEAN), Param.natural(JType.LONG), Param.of(JType.INT, CType.UINT8),
                Param.natural(JType.FLOAT), Param.natural(JType.CHAR));
        assertEquals("(JIFC)Z", s.jniDescriptor());
    }

    @Test
    void rejectsWhatItCannotExpressWithAReason() {
        assertEquals("argument 0: Java float cannot carry C sint32",
                assertThrows(SignatureException.class, () -> Signature.of(VOID, Param.of(JType.FLOAT, CType.SINT32))).getMessage());
        assertEquals("result: Java long cannot carry C double",
                assertThrows(SignatureException.class, () -> Signature.of(Param.of(JType.LONG, CType.DOUBLE))).getMessage());
        assertEquals("variadic argument 1 of C type FLOAT must be promoted to DOUBLE by the caller",
                assertThrows(SignatureException.class, () -> Signature.variadic(VOID,
                        List.of(Param.natural(JType.LONG), Param.natural(JType.FLOAT)), 1)).getMessage());
        assertThrows(SignatureException.class, () -> Signature.of(VOID, Param.of(JType.VOID, CType.VOID)));
        assertThrows(SignatureException.class, () -> Signature.of(Param.of(JType.VOID, CType.SINT32)));
    }

    @Test
    void acceptsUpToTheJniSlotLimit() {
        Signature.of(VOID, Collections.nCopies(127, Param.natural(JType.LONG)));
        assertEquals("JNI allows at most 255 argument slots, got 256", assertThrows(SignatureException.class,
                () -> Signature.of(VOID, Collections.nCopies(128, Param.natural(JType.LONG)))).getMessage());
    }
}
