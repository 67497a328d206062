package dev.ffijit.bench.bindings.jna;

import com.sun.jna.NativeLong;
import com.sun.jna.Structure;

/**
 * {@code struct timeval} as JNA users write it: time_t and suseconds_t are C longs, hence
 * {@link NativeLong}. JNA writes and reads the fields around every call that passes the structure;
 * that (reflective) copying is part of what the gettimeofday rows measure.
 */
@Structure.FieldOrder({"tv_sec", "tv_usec"})
public class Timeval extends Structure {
    public NativeLong tv_sec;
    public NativeLong tv_usec;
}
