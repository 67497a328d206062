package dev.ffijit.it.jna;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import java.util.Arrays;

/**
 * Structures by reference: written before and read after each call exactly when JNA does; nested structures with
 * arrays and unions; ByReference; disabled auto-sync; structure results; libc's gettimeofday.
 */
public final class StructuresScenario {
    public interface LibC extends Library {
        int gettimeofday(Timeval tv, Pointer tz);
        int gettimeofday(NTimeval tv, Pointer tz);
    }

    @Structure.FieldOrder({"tv_sec", "tv_usec"})
    public static class NTimeval extends Structure {
        public NativeLong tv_sec;
        public NativeLong tv_usec;
    }

    @Structure.FieldOrder({"tv_sec", "tv_usec"})
    public static class Timeval extends Structure {
        public long tv_sec;
        public long tv_usec;
    }

    /** A subclass passed where its parent is declared. */
    public static class LoudPoint extends JitLib.Point {
        @Override
        public void read() {
            super.read();
            System.out.println("LoudPoint.read " + x);
        }
    }

    public static void main(String[] args) {
        JitLib j = Native.load("jna_it", JitLib.class);
        JitLib.Simple s = new JitLib.Simple();
        s.i = 1; s.l = 1L << 40; s.d = 2.25; s.b = -3; s.s = 300; s.f = 1.5f; s.flag = true; s.c = 0xFFFE;
        Out.p("simple sum", j.jit_simple_sum(s));
        Out.p("simple after", s);
        Out.p("simple again", j.jit_simple_sum(s) + " " + s);
        Out.p("simple null", j.jit_simple_sum(null));
        for (int k = 0; k < 20000; k++) j.jit_simple_sum(s); // through the compiled fast path
        Out.p("simple loop", s);

        JitLib.Simple frozen = new JitLib.Simple();
        frozen.i = 5;
        frozen.setAutoWrite(false);
        Out.p("no auto-write", j.jit_simple_sum(frozen) + " " + frozen);
        frozen.setAutoWrite(true);
        frozen.setAutoRead(false);
        frozen.i = 9;
        Out.p("no auto-read", j.jit_simple_sum(frozen) + " " + frozen + " native i " + frozen.getPointer().getInt(0));
        frozen.setAutoRead(true);

        JitLib.Point p = new JitLib.Point();
        p.x = 3; p.y = 4;
        j.jit_point_move(p, 10);
        Out.p("point moved (y is volatile: never written)", p);
        j.jit_point_move(p, 1);
        Out.p("point again", p);
        JitLib.Point.ByReference pr = new JitLib.Point.ByReference();
        pr.x = 1;
        j.jit_point_move(pr, 5);
        Out.p("by reference", pr);
        j.jit_point_move((JitLib.Point) pr, 5);
        Out.p("by reference as point", pr);
        JitLib.Point.ByValue pv = new JitLib.Point.ByValue();
        pv.x = 100;
        j.jit_point_move(pv, 1);
        Out.p("by-value instance (not read back)", pv + " native " + pv.getPointer().getInt(0));
        LoudPoint loud = new LoudPoint();
        loud.x = 7;
        j.jit_point_move(loud, 1);
        Out.p("subclass", loud);
        Memory backing = new Memory(8);
        backing.clear();
        JitLib.Point over = new JitLib.Point(backing);
        over.x = 21;
        j.jit_point_move(over, 1);
        Out.p("over memory", over + " backing " + backing.getInt(0));

        JitLib.Point st = j.jit_point_static();
        Out.p("static point", st + " " + st.getClass().getSimpleName());
        JitLib.Point.ByReference str = j.jit_point_static(0);
        Out.p("static point by ref", str + " " + str.getClass().getSimpleName());
        Out.p("null point", j.jit_point_null());

        JitLib.Point[] arr = (JitLib.Point[]) new JitLib.Point().toArray(3);
        for (int k = 0; k < 3; k++) { arr[k].x = k + 1; arr[k].y = 10 * (k + 1); }
        Out.p("array sum", j.jit_points_sum(arr, 3) + " " + Arrays.toString(arr));
        j.jit_point_move(arr[0], 1);
        Out.p("array element", Arrays.toString(arr));

        JitLib.Nested n = new JitLib.Nested();
        n.origin.x = 2; n.origin.y = 3;
        n.counts[0] = 4; n.counts[3] = 5;
        n.n.setType(int.class);
        n.n.i = 6;
        n.next = new JitLib.Point.ByReference();
        Out.p("nested", j.jit_nested_touch(n));
        n.n.setType(long.class);
        n.n.read();
        Out.p("nested after", n.origin + " " + Arrays.toString(n.counts) + " " + Long.toHexString(n.n.l) + " "
                + new String(n.name, 0, 6) + " next " + n.next);

        JitLib.Point err = new JitLib.Point();
        Out.run("errno struct", () -> j.jit_set_errno_struct(5, err));
        Out.p("not read after the exception", err + " native " + err.getPointer().getInt(0));

        JitLib.Time t = new JitLib.Time();
        Out.p("time", j.jit_time_fill(t, null) + " " + t.sec + " " + t.usec);
        JitLib.NTime nt = new JitLib.NTime();
        nt.sec = new NativeLong(-5); nt.usec = new NativeLong(1L << 40); nt.u = new JitLib.UInt32(0xFFFFFFF0L); nt.s = new JitLib.Int16(-32768);
        Out.p("integer-type fields", j.jit_ntime_bump(nt) + " " + nt);
        NativeLong oldSec = nt.sec;
        nt.u = null;
        nt.usec = new JitLib.OffByOne(10);
        Out.p("null and toNative() override", j.jit_ntime_bump(nt) + " " + nt + " new instance " + (nt.sec != oldSec)
                + " " + nt.usec.getClass().getSimpleName());
        for (int k = 0; k < 20000; k++) j.jit_ntime_bump(nt);
        Out.p("integer-type loop", nt);

        LibC c = Native.load("c", LibC.class);
        Timeval tv = new Timeval();
        Out.p("gettimeofday", c.gettimeofday(tv, null) + " " + (tv.tv_sec > 1_600_000_000L) + " " + (tv.tv_usec < 1_000_000));
        for (int k = 0; k < 20000; k++) c.gettimeofday(tv, null);
        Out.p("gettimeofday loop", tv.tv_sec > 1_600_000_000L);
        NTimeval ntv = new NTimeval();
        Out.p("gettimeofday NativeLong", c.gettimeofday(ntv, null) + " " + (ntv.tv_sec.longValue() > 1_600_000_000L)
                + " " + (ntv.tv_usec.longValue() < 1_000_000));
    }
}
