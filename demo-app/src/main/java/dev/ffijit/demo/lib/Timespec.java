package dev.ffijit.demo.lib;

import com.sun.jna.NativeLong;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** {@code struct timespec}: both fields are C {@code long} on LP64 Linux and macOS. */
@FieldOrder({"tv_sec", "tv_nsec"})
public class Timespec extends Structure {
    public NativeLong tv_sec;
    public NativeLong tv_nsec;

    public long toNanos() {
        return tv_sec.longValue() * 1_000_000_000L + tv_nsec.longValue();
    }
}
