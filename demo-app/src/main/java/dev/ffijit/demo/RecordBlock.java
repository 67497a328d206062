package dev.ffijit.demo;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import dev.ffijit.demo.lib.LibC;
import dev.ffijit.demo.lib.LibCDirect;
import dev.ffijit.demo.lib.Zlib;

/**
 * A native buffer that collects a block of records, each followed by a NUL byte, the way a
 * writer stages records before handing a block to C code. Each record's leading number is
 * parsed in place with strtol (the NUL keeps strtol inside the record); a full block is
 * checksummed with crc32 over the native memory and cleared with memset.
 */
final class RecordBlock {
    private final Memory memory;
    private final long baseAddress;
    private final int maxRecords;
    private final PointerByReference end = new PointerByReference();
    private final CallCounter calls;
    private final ClockSampler clock;
    private long used;
    private int records;
    private long crc;
    private long blocks;
    private long amountSum;
    private long parsedChars;

    RecordBlock(int maxRecords, int maxRecordLength, CallCounter calls, ClockSampler clock) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("records per block must be positive: " + maxRecords);
        }
        this.maxRecords = maxRecords;
        this.memory = new Memory((long) maxRecords * (maxRecordLength + 1));
        this.baseAddress = Pointer.nativeValue(memory);
        this.calls = calls;
        this.clock = clock;
        memory.clear(); // Memory is not zeroed; the NUL after each record relies on it
    }

    void append(byte[] data) {
        if (records == maxRecords) {
            flush();
        }
        Pointer at = memory.share(used);
        if (data.length > 0) {
            calls.count(NativeFunction.MEMCPY);
            LibCDirect.memcpy(at, data, data.length);
        }
        calls.count(NativeFunction.STRTOL);
        amountSum += LibC.INSTANCE.strtol(at, end, 10).longValue();
        parsedChars += Pointer.nativeValue(end.getValue()) - (baseAddress + used);
        used += data.length + 1;
        records++;
    }

    /** Checksums and clears the records collected so far; a no-op when there are none. */
    void flush() {
        if (records == 0) {
            return;
        }
        calls.count(NativeFunction.CRC32_POINTER);
        crc = Zlib.INSTANCE.crc32(new NativeLong(crc), memory, (int) used).longValue();
        calls.count(NativeFunction.MEMSET);
        LibCDirect.memset(memory, 0, used);
        used = 0;
        records = 0;
        blocks++;
        clock.sample();
    }

    /** crc32 of every record followed by a NUL byte, over all flushed blocks. */
    long crc() {
        return crc;
    }

    long blocks() {
        return blocks;
    }

    long amountSum() {
        return amountSum;
    }

    long parsedChars() {
        return parsedChars;
    }
}
