package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RCCE_malloc's first fit in whole lines, and RCCE_free merging neighbours. */
class MpbAllocatorTest {
    @Test
    void blocksAreWholeLinesTakenFromTheFront() {
        MpbAllocator a = new MpbAllocator(32, 8160);
        assertEquals(32, a.malloc(1), "one byte takes a line");
        assertEquals(64, a.malloc(33), "33 bytes take two lines");
        assertEquals(128, a.malloc(32));
        assertEquals(8160 - 128, a.largestFree());
    }

    @Test
    void aFreedBlockIsFoundFirstAndMergesWithItsNeighbours() {
        MpbAllocator a = new MpbAllocator(32, 320);
        int x = a.malloc(64);
        int y = a.malloc(64);
        int z = a.malloc(64);
        a.free(y, 64);
        assertEquals(y, a.malloc(32), "first fit: the hole left by y");
        a.free(y, 32);
        a.free(x, 64);
        a.free(z, 64);
        assertEquals(320, a.largestFree(), "all blocks merged back into one");
        assertEquals(-1, a.malloc(321), "nothing holds more than the region");
    }

    @Test
    void rcceInitsLayoutComesOutOfTheAllocator() {
        CommBuffer two = new CommBuffer(2);
        assertEquals(32, two.sent(0), "right after the fooling line");
        assertEquals(32 * 3, two.ready(0));
        assertEquals(32 * 5, two.gather());
        assertEquals(32 * 6, two.release());
        assertEquals(32 * 7, two.mail(0));
        assertEquals(32 * 9, two.payload());
        assertEquals(8192 - 32 * 9, two.chunk());
    }
}
