package dev.ffijit.it.jna.direct;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A libc binding of dozens of functions registered at once, called from 8 threads that start together (the first
 * calls race the class's initialisation and registration); every result is checked, failures counted.
 */
public final class DirectThreadsScenario {
    private static final AtomicInteger FAILURES = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] checksums = new long[8];
        for (int t = 0; t < 8; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    long sum = 0;
                    for (int i = 0; i < rounds; i++) sum += round(id, i);
                    checksums[id] = sum;
                } catch (Throwable e) {
                    FAILURES.incrementAndGet();
                    System.out.println("thread " + id + " threw " + e);
                }
            });
            th.start();
            threads.add(th);
        }
        start.countDown();
        for (Thread th : threads) th.join();
        for (int t = 0; t < 8; t++) System.out.println("thread " + t + " checksum = " + checksums[t]);
        System.out.println("failures = " + FAILURES.get());
        LibcDirect.Timeval tv = new LibcDirect.Timeval();
        System.out.println("gettimeofday = " + LibcDirect.gettimeofday(tv, null) + " " + (tv.tv_sec > 1_600_000_000L));
        System.out.println("getpid matches = " + (LibcDirect.getpid() == ProcessHandle.current().pid()));
        System.out.println("time sane = " + (LibcDirect.time(null) > 1_600_000_000L));
        System.out.println("uid = " + (LibcDirect.getuid() >= 0) + " ppid = " + (LibcDirect.getppid() > 0));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            if (FAILURES.incrementAndGet() < 20) System.out.println("FAILED " + what);
        }
    }

    private static long round(int id, int i) {
        long sum = 0;
        String s = "thread-" + id + "-round-" + i;
        check(LibcDirect.strlen(s) == s.length(), "strlen");
        check(LibcDirect.strnlen(s, new NativeLong(5)).longValue() == 5, "strnlen");
        check(LibcDirect.strcmp(s, s) == 0 && LibcDirect.strncmp(s, "thread-", 7) == 0, "strcmp");
        check(LibcDirect.strcasecmp("ABC", "abc") == 0, "strcasecmp");
        Memory text = new Memory(s.length() + 1);
        text.setString(0, s, "US-ASCII");
        Pointer dash = LibcDirect.strchr(text, '-');
        check(dash != null && dash.getByte(0) == '-', "strchr");
        check(LibcDirect.abs(-i) == i && LibcDirect.labs(-i * 3L) == i * 3L && LibcDirect.llabs(-1L << 40) == 1L << 40, "abs");
        check(LibcDirect.atoi(Integer.toString(i)) == i && LibcDirect.atol("-" + i) == -i, "atoi");
        check(LibcDirect.strtol("ff", null, 16) == 255 && LibcDirect.atof("2.5") == 2.5 && LibcDirect.strtod("1e3", null) == 1000, "strtol");
        check(LibcDirect.toupper('a') == 'A' && LibcDirect.tolower('Q') == 'q', "toupper");
        check(LibcDirect.isalpha('x') != 0 && LibcDirect.isdigit('x') == 0 && LibcDirect.isspace(' ') != 0, "ctype");
        check(LibcDirect.strerror(2).equals("No such file or directory"), "strerror");
        Memory m = new Memory(64);
        LibcDirect.memset(m, 0x5A, 64);
        check(m.getByte(63) == 0x5A, "memset");
        Pointer last = LibcDirect.strrchr(m.share(0), 0x5A);
        check(last == null || Pointer.nativeValue(last) >= Pointer.nativeValue(m), "strrchr");
        byte[] bytes = new byte[16];
        LibcDirect.memset(bytes, id, 16);
        check(bytes[15] == id, "memset array");
        byte[] other = bytes.clone();
        check(LibcDirect.memcmp(bytes, other, 16) == 0, "memcmp");
        ByteBuffer bb = ByteBuffer.allocateDirect(8).put(3, (byte) 9);
        Pointer nine = LibcDirect.memchr(bb, 9, 8);
        check(nine != null && nine.getByte(0) == 9, "memchr");
        Pointer heap = LibcDirect.calloc(4, 8);
        Pointer copy = LibcDirect.malloc(32);
        LibcDirect.memcpy(copy, heap, 32);
        check(copy.getLong(24) == 0, "memcpy");
        LibcDirect.free(heap);
        LibcDirect.free(copy);
        try {
            LibcDirect.close(-1);
            check(false, "close(-1) did not throw");
        } catch (LastErrorException e) {
            check(e.getErrorCode() == 9 && Native.getLastError() == 9, "close errno " + e.getMessage());
        }
        try {
            LibcDirect.chdir("/no/such/dir/" + id);
            check(false, "chdir did not throw");
        } catch (LastErrorException e) {
            check(e.getMessage().equals("[2] No such file or directory"), "chdir message " + e.getMessage());
        }
        check(LibcDirect.access("/", 0) == 0, "access");
        int[] seed = {i};
        int r1 = LibcDirect.rand_r(seed);
        int[] seed2 = {i};
        check(r1 == LibcDirect.rand_r(seed2) && seed[0] == seed2[0], "rand_r");
        byte[] buf = new byte[32];
        int n = LibcDirect.snprintf(buf, buf.length, "n=%d", i);
        check(new String(buf, 0, n, StandardCharsets.US_ASCII).equals("n=" + i), "snprintf");
        sum += r1 + n + (LibcDirect.getpid() > 0 ? 1 : 0);
        return sum;
    }
}
