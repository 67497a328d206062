package dev.ffijit.bench.hops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import dev.ffijit.bench.Inputs;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every hop measures a correct call: the same answer by every route. */
class HopBenchTest {
    private final HopBench bench = new HopBench();

    @BeforeEach
    void setUp() {
        bench.setup();
    }

    @AfterEach
    void tearDown() {
        bench.tearDown();
    }

    @Test
    void everyLabsRouteReturnsTheAbsoluteValue() throws Throwable {
        long expected = Math.abs(Inputs.LABS_ARG);
        assertEquals(expected, bench.labsJni());
        assertEquals(expected, bench.labsInterface());
        assertEquals(expected, bench.labsHandlerInvoke());
        assertEquals(expected, bench.labsSynchronizedLibrary());
    }

    @Test
    void everyMemsetRouteFillsTheBufferAndReturnsIt() {
        long address = Pointer.nativeValue(bench.buffer());
        byte[] filled = new byte[Inputs.BUFFER_SIZE];
        Arrays.fill(filled, (byte) Inputs.MEMSET_VALUE);

        clear();
        assertEquals(address, bench.memsetJni());
        assertArrayEquals(filled, bench.buffer().getByteArray(0, filled.length));
        clear();
        assertEquals(address, Pointer.nativeValue(bench.memsetJniWithPointer()));
        assertArrayEquals(filled, bench.buffer().getByteArray(0, filled.length));
        clear();
        assertEquals(address, Pointer.nativeValue(bench.memsetInterface()));
        assertArrayEquals(filled, bench.buffer().getByteArray(0, filled.length));
        clear();
        bench.memsetInterfaceResultUnused();
        assertArrayEquals(filled, bench.buffer().getByteArray(0, filled.length));
    }

    private void clear() {
        bench.buffer().clear(Inputs.BUFFER_SIZE);
    }
}
