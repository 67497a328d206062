package dev.ffijit.stubgen.move;

import dev.ffijit.stubgen.sig.CType;
import dev.ffijit.stubgen.sig.JType;

import java.util.List;

/**
 * The one place that decides how an integer crosses between a JNI carrier and a C type. Values are converted as C
 * converts integers (the carrier's value, reduced modulo the C type's width) and then widened to 64 bits by the
 * C type's signedness, as libffi does for every integer it places in a register or slot.
 */
public final class Conversions {
    private Conversions() {}

    /** Extensions that turn an incoming carrier register into the outgoing C argument. */
    public static List<Ext> argument(JType carrier, CType ctype) {
        if (!ctype.isInteger()) return List.of();
        int cb = carrier.bits();
        int tb = ctype.bits();
        if (tb <= cb) return tb == 64 ? List.of() : List.of(Ext.of(tb, ctype.isSigned()));
        Ext widen = Ext.of(cb, carrier.isSigned());
        // A signed carrier widened to a narrower-than-64 unsigned type needs its upper bits cleared again.
        if (carrier.isSigned() && !ctype.isSigned() && tb < 64) return List.of(widen, Ext.of(tb, false));
        return List.of(widen);
    }

    /**
     * Extensions that turn the C result register into what JNI expects for the carrier. HotSpot itself narrows
     * boolean, byte, char and short results and reads only the low 32 bits of an int, so a carrier no wider
     * than the C type needs nothing; a wider carrier needs the C type's bits widened.
     */
    public static List<Ext> result(CType ctype, JType carrier) {
        if (!ctype.isInteger() || carrier.bits() <= ctype.bits()) return List.of();
        return List.of(Ext.of(ctype.bits(), ctype.isSigned()));
    }
}
