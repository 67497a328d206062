package dev.ffijit.it.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Eight threads make their first calls at the same moment, then hammer strings, arrays, structures and errno:
 * each thread's errno must stay its own, on the plain path (getLastError) and through LastErrorException.
 */
public final class ThreadsScenario {
    public static void main(String[] args) throws Exception {
        int threads = 8;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        JitLib j = Native.load("jna_it", JitLib.class);
        ErrorsScenario.Plain plain = Native.load("jna_it", ErrorsScenario.Plain.class);
        JitLib sync = (JitLib) Native.synchronizedLibrary(j);
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicLong failures = new AtomicLong();
        List<String> firstFailures = new ArrayList<>();
        List<Thread> all = new ArrayList<>();
        long[] checksums = new long[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    long sum = 0;
                    int[] arr = new int[16];
                    JitLib.Simple s = new JitLib.Simple();
                    for (int r = 0; r < rounds; r++) {
                        int mine = 100 + id;
                        int ret = plain.jit_set_errno(mine, r);
                        int seen = Native.getLastError();
                        if (ret != r || seen != mine) fail(failures, firstFailures, "thread " + id + " errno " + seen + " want " + mine);
                        try {
                            j.jit_set_errno(mine + 1000, 0);
                            fail(failures, firstFailures, "thread " + id + " no LastErrorException");
                        } catch (LastErrorException e) {
                            if (e.getErrorCode() != mine + 1000) fail(failures, firstFailures, "thread " + id + " code " + e.getErrorCode());
                        }
                        String str = "thread-" + id + "-round-" + r;
                        if (j.jit_strlen(str) != str.length()) fail(failures, firstFailures, "strlen " + str);
                        java.util.Arrays.fill(arr, id);
                        sum += j.jit_ints_sum_inc(arr, arr.length);
                        if (arr[15] != id + 1) fail(failures, firstFailures, "array copy-back " + id);
                        s.i = r;
                        sum += j.jit_simple_sum(s);
                        if (s.i != r + 1) fail(failures, firstFailures, "struct read-back " + id);
                        if ((r & 63) == 0) sum += sync.jit_i64(r);
                    }
                    checksums[id] = sum;
                } catch (Exception e) {
                    fail(failures, firstFailures, "thread " + id + " threw " + e);
                }
            });
            all.add(th);
            th.start();
        }
        for (Thread th : all) th.join();
        Out.p("failures", failures.get());
        synchronized (firstFailures) {
            for (String f : firstFailures) Out.p("failure", f);
        }
        for (int t = 0; t < threads; t++) Out.p("checksum " + t, checksums[t]);
    }

    private static void fail(AtomicLong failures, List<String> first, String what) {
        if (failures.incrementAndGet() <= 5) {
            synchronized (first) {
                first.add(what);
            }
        }
    }
}
