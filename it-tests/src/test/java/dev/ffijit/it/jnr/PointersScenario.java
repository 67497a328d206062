package dev.ffijit.it.jnr;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.Struct;
import jnr.ffi.annotations.Direct;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.Transient;
import jnr.ffi.byref.IntByReference;

/** Pointers (direct, heap, slices, NULL), Structs by reference (heap and direct, @In/@Out/@Transient/@Direct), by-reference out values. */
public final class PointersScenario {
    public static final class Point extends Struct {
        public final Signed32 x = new Signed32();
        public final Signed32 y = new Signed32();
        public final Double w = new Double();

        public Point(Runtime runtime) {
            super(runtime);
        }

        @Override
        public java.lang.String toString() {
            return "(" + x.get() + "," + y.get() + "," + w.get() + ")";
        }
    }

    public interface Lib {
        long jit_ptr_sum(Pointer p, int n, int a, int b, int c);
        void jit_ptr_fill(Pointer p, int n, long base, int step, int unused);
        void jit_ptr_fill_in(@In Pointer p, int n, long base, int step, int unused);
        void jit_ptr_fill_out(@Out Pointer p, int n, long base, int step, int unused);
        void jit_point_move(Point p, int dx, int dy, double dw, int times);
        void jit_point_move_in(@In Point p, int dx, int dy, double dw, int times);
        void jit_point_move_transient(@Transient Point p, int dx, int dy, double dw, int times);
        void jit_point_move_direct(@Direct Point p, int dx, int dy, double dw, int times);
        long jit_point_hash(Point p, String label);
        void jit_point_set(@Out Point p, String label, int x, int y, double w);
        Point jit_point_static(String unused, int returnNull);
        Pointer jit_pick(String unused, int which);
        int jit_parse_int(String s, IntByReference out);
        int jit_parse_int_in(String s, @In IntByReference out);
    }

    public static void main(String[] args) {
        Lib lib = LibraryLoader.create(Lib.class).search(args[0])
                .map("jit_ptr_fill_in", "jit_ptr_fill").map("jit_ptr_fill_out", "jit_ptr_fill")
                .map("jit_point_move_in", "jit_point_move").map("jit_point_move_transient", "jit_point_move")
                .map("jit_point_move_direct", "jit_point_move").map("jit_parse_int_in", "jit_parse_int")
                .load("jnr_it");
        Runtime rt = Runtime.getRuntime(lib);

        Pointer direct = Memory.allocateDirect(rt, 64);
        Pointer heap = Memory.allocate(rt, 64);
        System.out.println("kinds direct=" + direct.isDirect() + " heap=" + heap.isDirect());
        for (Pointer p : new Pointer[] {direct, heap}) {
            lib.jit_ptr_fill(p, 8, 1L << 33, -5, 0);
            System.out.println("filled " + p.getLong(0) + " " + p.getLong(56) + " sum " + lib.jit_ptr_sum(p, 8, 1, 2, 3));
            Pointer slice = p.slice(16);
            lib.jit_ptr_fill(slice, 2, 7, 1, 0);
            System.out.println("slice " + p.getLong(8) + " " + p.getLong(16) + " " + p.getLong(24) + " sum "
                    + lib.jit_ptr_sum(slice, 3, 0, 0, 0));
        }
        System.out.println("null " + lib.jit_ptr_sum(null, 0, 4, 5, 6));
        Pointer heapIn = Memory.allocate(rt, 16);
        heapIn.putLong(0, 42);
        lib.jit_ptr_fill_in(heapIn, 2, 5, 5, 0);
        System.out.println("@In heap unchanged " + heapIn.getLong(0));
        Pointer heapOut = Memory.allocate(rt, 16);
        lib.jit_ptr_fill_out(heapOut, 2, 5, 5, 0);
        System.out.println("@Out heap " + heapOut.getLong(0) + " " + heapOut.getLong(8));

        Point heapPoint = new Point(rt);
        heapPoint.x.set(1);
        heapPoint.y.set(2);
        heapPoint.w.set(0.5);
        lib.jit_point_move(heapPoint, 10, -3, 0.25, 3);
        System.out.println("heap struct " + heapPoint + " direct memory " + Struct.getMemory(heapPoint).isDirect()
                + " hash " + lib.jit_point_hash(heapPoint, "p"));
        lib.jit_point_move_in(heapPoint, 100, 100, 100, 1);
        System.out.println("@In struct unchanged " + heapPoint);
        lib.jit_point_move_transient(heapPoint, 1, 1, 1, 1);
        System.out.println("@Transient struct " + heapPoint);
        Point directPoint = new Point(rt);
        lib.jit_point_move_direct(directPoint, 2, 3, 4, 2);
        System.out.println("@Direct struct " + directPoint + " direct memory " + Struct.getMemory(directPoint).isDirect());
        Point backed = new Point(rt);
        backed.useMemory(Memory.allocateDirect(rt, Struct.size(backed)));
        lib.jit_point_move(backed, -1, -1, -1, 5);
        System.out.println("struct on direct memory " + backed + " hash " + lib.jit_point_hash(backed, "q"));
        Point outPoint = new Point(rt);
        lib.jit_point_set(outPoint, "abc", 7, 8, 9.5);
        System.out.println("@Out struct " + outPoint);

        Point returned = lib.jit_point_static("", 0);
        System.out.println("struct result " + returned + " null result " + lib.jit_point_static("", 1));
        Pointer picked = lib.jit_pick("", 1);
        System.out.println("pointer result " + picked.getString(0) + " null " + lib.jit_pick("", -1));

        IntByReference ref = new IntByReference(-1);
        int n = lib.jit_parse_int("12345abc", ref);
        System.out.println("by reference " + n + " " + ref.getValue());
        IntByReference inRef = new IntByReference(-1);
        lib.jit_parse_int_in("77", inRef);
        System.out.println("@In by reference unchanged " + inRef.getValue());
    }
}
