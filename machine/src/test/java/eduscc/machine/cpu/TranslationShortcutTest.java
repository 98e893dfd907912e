package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.cache.Level;
import eduscc.machine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * The translation shortcuts are invisible to the model: the same fetches, reads and writes on a
 * core whose memory hands out frames (so they take the shortcuts) and on one whose memory hands
 * out none (so every access goes the ordinary way) read the same bytes, cost the same stall,
 * count the same hits and misses in every cache and TLB and leave the same memory. Paging as in {@link CachedPagingTest}: directory at 0x10000,
 * table at 0x11000, identity-mapped pages.
 */
class TranslationShortcutTest {
    private static final int DIRECTORY = 0x10000;
    private static final int TABLE = 0x11000;

    /** One core with its memory; {@code frames} false hides the frames, so its fetches never take the cache. */
    private static final class Side {
        final CachedMemory memory = new CachedMemory();
        final Core core;
        final LogicalMemory mem;
        long stall;

        Side(boolean frames) {
            PhysicalMemory seen = frames ? memory : new PhysicalMemory() {
                @Override
                public int read(int physical, int size) {
                    return memory.read(physical, size);
                }

                @Override
                public void write(int physical, int size, int value) {
                    memory.write(physical, size, value);
                }

                @Override
                public int accessCycles(int physical, boolean write) {
                    return memory.accessCycles(physical, write);
                }

                @Override
                public boolean isShared(int physical) {
                    return memory.isShared(physical);
                }

                @Override
                public Cacheability cacheability(int physical) {
                    return memory.cacheability(physical);
                }
            };
            core = new Core(0, seen, 30, new Trace());
            mem = core.memory();
            core.releaseFromReset(0);
            memory.write(DIRECTORY, 4, TABLE | Paging.P | Paging.RW);
            for (int page = 0; page < 1024; page++) {
                memory.write(TABLE + page * 4, 4, (page << 12) | Paging.P | Paging.RW);
            }
            for (int b = 0; b < 0x4000; b++) {
                memory.write(0x5000 + b, 1, b * 7 + 3);
            }
        }

        int fetch(int linear, int size) {
            mem.othersMayHaveRun();
            int value = mem.fetchLinear(linear, size, false);
            stall += mem.takeLatency();
            return value;
        }

        int read(int linear, int size) {
            int value = mem.readLinear(linear, size, false);
            stall += mem.takeLatency();
            return value;
        }

        void write(int linear, int size, int value) {
            mem.writeLinear(linear, size, value, false);
            stall += mem.takeLatency();
        }
    }

    /**
     * Fetches, reads and writes of 1, 2 and 4 bytes walking through three pages, some across a
     * line or a page, twice; the writes go to the page after the one read, so code and data meet.
     */
    private static void accessAll(Side a, Side b) {
        for (int round = 0; round < 2; round++) {
            int i = 0;
            for (int linear = 0x5FF0; linear < 0x7010; linear += 3) {
                int size = 1 << (i++ % 3);
                String at = " at 0x" + Integer.toHexString(linear);
                assertEquals(a.fetch(linear, size), b.fetch(linear, size), "fetched bytes" + at);
                assertEquals(a.read(linear + 5, size), b.read(linear + 5, size), "read bytes" + at);
                a.write(linear + 0x1003, size, linear * 31);
                b.write(linear + 0x1003, size, linear * 31);
            }
        }
        assertEquals(a.read(0x7010, 4), b.read(0x7010, 4));
    }

    private static void assertSameCosts(Side cached, Side ordinary) {
        assertEquals(ordinary.stall, cached.stall, "stall cycles");
        for (Level level : Level.values()) {
            assertEquals(ordinary.mem.caches().counters().hits(level), cached.mem.caches().counters().hits(level), level + " hits");
            assertEquals(ordinary.mem.caches().counters().misses(level), cached.mem.caches().counters().misses(level),
                level + " misses");
        }
    }

    @Test
    void fetchesCostAndCountTheSameWithAndWithoutTheCacheInEveryCacheMode() {
        Side cached = new Side(true);
        Side ordinary = new Side(false);
        accessAll(cached, ordinary);                                      // real mode, CR0.CD set: no fills
        for (Side s : new Side[] {cached, ordinary}) {
            s.core.regs().cr0 = (s.core.regs().cr0 & ~(ControlBits.CR0_CD | ControlBits.CR0_NW)) | ControlBits.CR0_PE;
        }
        accessAll(cached, ordinary);                                      // caches on, no paging
        for (Side s : new Side[] {cached, ordinary}) {
            s.core.systemInstructions().writeControl(3, DIRECTORY);
            s.core.systemInstructions().writeControl(0, s.core.regs().cr0 | ControlBits.CR0_PG);
        }
        accessAll(cached, ordinary);                                      // paging: walks set A, then TLB hits
        for (Side s : new Side[] {cached, ordinary}) {
            s.memory.write(TABLE + 6 * 4, 4, 0x6000 | Paging.P | Paging.RW | Paging.PCD);
        }
        accessAll(cached, ordinary);                                      // one page uncached by its PTE
        assertSameCosts(cached, ordinary);
        for (int b = 0; b < 0x5000; b += 4) {
            assertEquals(ordinary.memory.read(0x5000 + b, 4), cached.memory.read(0x5000 + b, 4), "memory at 0x" + Integer.toHexString(0x5000 + b));
        }
        for (int page = 5; page < 10; page++) {
            assertEquals(ordinary.memory.read(TABLE + 4 * page, 4), cached.memory.read(TABLE + 4 * page, 4), "PTE " + page + ": A and D bits");
        }
        assertTrue(cached.mem.caches().counters().misses(Level.L1I) > 0, "the fetches missed the L1I at times");
        assertTrue(cached.mem.caches().counters().misses(Level.ITLB) > 0, "and the code TLB");
        assertTrue(cached.mem.caches().counters().misses(Level.L1D) > 0, "and the L1D");
    }

    /** Instructions of a prefix, an opcode and a 4-byte immediate, one every 7 bytes, some across a line or a page. */
    private static void fetchInstructions(Side a, Side b) {
        for (int linear = 0x5FD0; linear < 0x6040; linear += 7) {
            a.mem.othersMayHaveRun();
            b.mem.othersMayHaveRun();
            for (int piece = 0, at = linear; piece < 3; at += piece == 2 ? 4 : 1, piece++) {
                int size = piece == 2 ? 4 : 1;
                assertEquals(a.mem.fetchLinear(at, size, false), b.mem.fetchLinear(at, size, false),
                    "piece " + piece + " of the instruction at 0x" + Integer.toHexString(linear));
                a.stall += a.mem.takeLatency();
                b.stall += b.mem.takeLatency();
            }
        }
    }

    @Test
    void theFetchesOfOneInstructionCountOncePerLineWithAndWithoutTheCache() {
        Side cached = new Side(true);
        Side ordinary = new Side(false);
        fetchInstructions(cached, ordinary);                              // CR0.CD set: the prefetch buffer
        for (Side s : new Side[] {cached, ordinary}) {
            s.core.regs().cr0 = (s.core.regs().cr0 & ~(ControlBits.CR0_CD | ControlBits.CR0_NW)) | ControlBits.CR0_PE;
        }
        long before = l1iAccesses(cached);
        fetchInstructions(cached, ordinary);                              // caches on
        long lookups = l1iAccesses(cached) - before;
        for (Side s : new Side[] {cached, ordinary}) {
            s.core.systemInstructions().writeControl(3, DIRECTORY);
            s.core.systemInstructions().writeControl(0, s.core.regs().cr0 | ControlBits.CR0_PG);
        }
        fetchInstructions(cached, ordinary);                              // paging
        assertSameCosts(cached, ordinary);
        assertEquals(16 + 2, lookups, "16 instructions, 2 of them across two lines: one L1I access per instruction and line");
    }

    private static long l1iAccesses(Side s) {
        return s.mem.caches().counters().hits(Level.L1I) + s.mem.caches().counters().misses(Level.L1I);
    }

    @Test
    void aWriteToThePteBetweenTwoFetchesOfOneInstructionIsSeen() {
        Side s = new Side(true);
        s.core.regs().cr0 |= ControlBits.CR0_PE;
        s.core.systemInstructions().writeControl(3, DIRECTORY);
        s.core.systemInstructions().writeControl(0, s.core.regs().cr0 | ControlBits.CR0_PG);
        s.memory.write(0x7001, 1, 0xAB);
        s.mem.othersMayHaveRun();
        s.mem.fetchLinear(0x5000, 1, false);
        s.mem.writePhysical(TABLE + 5 * 4, 4, 0x7000 | Paging.P | Paging.RW | Paging.A);
        assertEquals(0xAB, s.mem.fetchLinear(0x5001, 1, false), "the second byte comes from the frame the PTE names now");
    }

    @Test
    void aStoreToThePteThroughItsMappingBetweenTwoFetchesOfOneInstructionIsSeen() {
        Side s = new Side(true);
        s.core.regs().cr0 |= ControlBits.CR0_PE;
        s.core.systemInstructions().writeControl(3, DIRECTORY);
        s.core.systemInstructions().writeControl(0, s.core.regs().cr0 | ControlBits.CR0_PG);
        s.memory.write(0x7001, 1, 0xAB);
        s.mem.writeLinear(TABLE + 0x800, 4, 0, false);                        // the write shortcut now holds the table's page
        s.mem.othersMayHaveRun();
        s.mem.fetchLinear(0x5000, 1, false);
        s.mem.writeLinear(TABLE + 5 * 4, 4, 0x7000 | Paging.P | Paging.RW | Paging.A, false);
        assertEquals(0xAB, s.mem.fetchLinear(0x5001, 1, false), "the second byte comes from the frame the PTE names now");
    }

    // Shortcuts and the paging structures they were made through. Page 5 (linear 0x5000) is
    // mapped to frame 0x5000 and then, by each kind of change, to frame 0x7000.

    private static final int SECOND_TABLE = 0x12000;
    private static final int SECOND_DIRECTORY = 0x13000;
    private static final int OLD = 0x55555555;
    private static final int NEW = 0x77777777;

    /** A core with caches on and paging on {@link #DIRECTORY}; the words at 0x5010 and 0x7010 tell the frames apart. */
    private static Side paged(boolean frames) {
        Side s = new Side(frames);
        s.core.regs().cr0 = (s.core.regs().cr0 & ~(ControlBits.CR0_CD | ControlBits.CR0_NW)) | ControlBits.CR0_PE;
        s.core.systemInstructions().writeControl(3, DIRECTORY);
        s.core.systemInstructions().writeControl(0, s.core.regs().cr0 | ControlBits.CR0_PG);
        s.memory.write(0x5010, 4, OLD);
        s.memory.write(0x7010, 4, NEW);
        s.memory.write(SECOND_TABLE + 5 * 4, 4, 0x7000 | Paging.P | Paging.RW);
        s.memory.write(SECOND_DIRECTORY, 4, SECOND_TABLE | Paging.P | Paging.RW);
        return s;
    }

    /** Reads, writes and fetches page 5 twice, so each kind of access holds it in a shortcut. */
    private static void holdPageFive(Side s) {
        for (int i = 0; i < 2; i++) {
            assertEquals(OLD, s.mem.readLinear(0x5010, 4, false));
            s.mem.writeLinear(0x5020, 4, 0, false);
            s.mem.othersMayHaveRun();
            assertEquals(OLD, s.mem.fetchLinear(0x5010, 4, false));
        }
    }

    /** Each kind of access to page 5 now reaches frame 0x7000. */
    private static void assertPageFiveIsFrameSeven(Side s, String after) {
        assertEquals(NEW, s.mem.readLinear(0x5010, 4, false), "a read after " + after);
        s.mem.writeLinear(0x5020, 4, 0xABCD, false);
        assertEquals(0xABCD, s.memory.read(0x7020, 4), "a write after " + after + " lands in frame 0x7000");
        assertEquals(0, s.memory.read(0x5020, 4), "and not in frame 0x5000");
        s.mem.othersMayHaveRun();
        assertEquals(NEW, s.mem.fetchLinear(0x5010, 4, false), "a fetch after " + after);
    }

    @Test
    void aPteRewrittenInMemoryByAnotherWriterDropsEveryShortcutOfItsPage() {
        Side s = paged(true);
        holdPageFive(s);
        s.memory.write(TABLE + 5 * 4, 4, 0x7000 | Paging.P | Paging.RW);    // a loader or another core: not this core's access
        assertPageFiveIsFrameSeven(s, "a PTE written by another writer");
    }

    @Test
    void aPdeRewrittenInMemoryDropsTheShortcutsMadeThroughIt() {
        Side s = paged(true);
        holdPageFive(s);
        s.memory.write(DIRECTORY, 4, SECOND_TABLE | Paging.P | Paging.RW);
        assertPageFiveIsFrameSeven(s, "a PDE naming another table");
    }

    @Test
    void aStoreToThePteThroughTheWriteShortcutOfTheTablesPageDropsTheOtherShortcuts() {
        Side s = paged(true);
        s.mem.writeLinear(TABLE + 0x800, 4, 0, false);
        s.mem.writeLinear(TABLE + 0x804, 4, 0, false);                        // the write shortcut holds the table's page
        holdPageFive(s);
        s.mem.writeLinear(TABLE + 5 * 4, 4, 0x7000 | Paging.P | Paging.RW, false);
        assertPageFiveIsFrameSeven(s, "a store to the PTE through the table's mapping");
    }

    /**
     * A store that rewrites the PTE it was itself translated through (the table maps its own
     * page): the next store of the same instruction goes through the new entry. The shortcut the
     * first store leaves must not remember the entry as its walk read it.
     */
    @Test
    void aStoreToItsOwnPteLeavesNoShortcutToTheOldFrame() {
        Side s = paged(true);
        int ownPte = TABLE + (TABLE >>> 12) * 4;
        s.mem.writeLinear(ownPte, 4, 0x7000 | Paging.P | Paging.RW, false);
        s.mem.writeLinear(TABLE + 0x100, 4, 0x1234, false);
        assertEquals(0x1234, s.memory.read(0x7100, 4), "the second store went through the rewritten PTE");
        assertEquals((0x40 << 12) | Paging.P | Paging.RW, s.memory.read(TABLE + 0x100, 4), "the table's own entry 0x40 is untouched");
    }

    @Test
    void aCr3LoadSendsEveryShortcutThroughTheNewDirectory() {
        Side s = paged(true);
        holdPageFive(s);
        s.core.systemInstructions().writeControl(3, SECOND_DIRECTORY);
        assertPageFiveIsFrameSeven(s, "a CR3 load");
    }

    /**
     * INVLPG and a CR3 load of the same directory change no translation, only the TLBs: the
     * next access to the page misses its TLB and pays the walk, with its shortcut as without.
     */
    @Test
    void afterInvlpgOrACr3ReloadTheNextAccessMissesItsTlbAsWithoutShortcuts() {
        Side cached = paged(true);
        Side ordinary = paged(false);
        for (Side s : new Side[] {cached, ordinary}) {
            holdPageFive(s);
        }
        long dataMisses = cached.mem.caches().counters().misses(Level.DTLB);
        long codeMisses = cached.mem.caches().counters().misses(Level.ITLB);
        for (Side s : new Side[] {cached, ordinary}) {
            s.mem.caches().invalidatePage(5);
            s.read(0x5010, 4);
            s.write(0x5020, 4, 1);
            s.fetch(0x5010, 4);
            s.core.systemInstructions().writeControl(3, DIRECTORY);
            s.read(0x5010, 4);
            s.write(0x5020, 4, 1);
            s.fetch(0x5010, 4);
        }
        assertEquals(dataMisses + 2, cached.mem.caches().counters().misses(Level.DTLB),
            "the read misses after each; the write finds the entry the read's walk left");
        assertEquals(codeMisses + 2, cached.mem.caches().counters().misses(Level.ITLB), "a fetch misses after each");
        assertSameCosts(cached, ordinary);
    }
}
