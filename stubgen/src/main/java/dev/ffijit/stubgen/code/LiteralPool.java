package dev.ffijit.stubgen.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 64-bit addresses a stub reaches PC-relatively: placed 8-byte aligned after the code, each distinct address
 * once, and every reference patched through the architecture's {@link Fixup}.
 */
public final class LiteralPool {
    /** Patches one PC-relative reference once the literal's offset is known. */
    @FunctionalInterface
    public interface Fixup {
        void apply(CodeBuffer code, int literalOffset);
    }

    private final Map<Long, List<Fixup>> refs = new LinkedHashMap<>();

    public void reference(long address, Fixup fixup) {
        refs.computeIfAbsent(address, k -> new ArrayList<>()).add(fixup);
    }

    /** Appends the pool after the code and patches every reference; returns where the code ended. */
    public int place(CodeBuffer code, int fill) {
        int end = code.position();
        code.alignTo(8, fill);
        for (Map.Entry<Long, List<Fixup>> e : refs.entrySet()) {
            int at = code.position();
            code.u64(e.getKey());
            for (Fixup f : e.getValue()) f.apply(code, at);
        }
        return end;
    }
}
