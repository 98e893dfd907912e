package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * What an MPBT page holds for the core that reads and writes it (facts A.3): an L1 line that
 * another core rewrote reads stale until CL1INVMB, and writes wait in the one-line write-combine
 * buffer until a write to another line sends them out. "Another core" here is a store straight
 * into the memory behind the core, as the mesh would make it.
 */
class MessageBufferDataTest {
    private static final int DIRECTORY = 0x10000;
    private static final int TABLE = 0x11000;
    private static final int FLAG = CachedMemory.SHARED_PAGE;
    private static final int NEXT_LINE = CachedMemory.SHARED_PAGE + 32;
    private final CachedMemory memory = new CachedMemory();
    private final Core core = new Core(0, memory, 30, new Trace());
    private final LogicalMemory mem = core.memory();

    MessageBufferDataTest() {
        core.releaseFromReset(0);
        memory.write(DIRECTORY, 4, TABLE | Paging.P | Paging.RW | Paging.A);
        for (int page = 0; page < 1024; page++) {
            int mpbt = page == CachedMemory.SHARED_PAGE >>> 12 ? Paging.PS_OR_MPBT : 0;
            memory.write(TABLE + page * 4, 4, (page << 12) | Paging.P | Paging.RW | Paging.A | mpbt);
        }
        core.regs().cr0 = (core.regs().cr0 & ~(ControlBits.CR0_CD | ControlBits.CR0_NW))
            | ControlBits.CR0_PE | ControlBits.CR0_PG;
        core.regs().cr4 |= ControlBits.CR4_MPE;
        core.systemInstructions().writeControl(3, DIRECTORY);
    }

    @Test
    void aLineAnotherCoreRewroteReadsStaleUntilCl1invmb() {
        assertEquals(0, mem.readLinear(FLAG, 4, false), "the flag is unset; its line is now in L1");
        memory.write(FLAG, 4, 1);
        assertEquals(0, mem.readLinear(FLAG, 4, false), "the other core set it, but the L1 copy is stale");
        mem.caches().invalidateMessageBufferLines();
        assertEquals(1, mem.readLinear(FLAG, 4, false), "after CL1INVMB the line comes from the MPB again");
    }

    @Test
    void aWriteWaitsInTheWriteCombineBufferUntilAnotherLineIsWritten() {
        mem.writeLinear(FLAG, 4, 0x1234, false);
        assertEquals(0, memory.read(FLAG, 4), "no other core can see it yet");
        assertEquals(FLAG, mem.writeCombiningLine());
        mem.writeLinear(FLAG + 4, 4, 0x5678, false);
        assertEquals(0, memory.read(FLAG + 4, 4), "a write to the same line combines");
        mem.writeLinear(NEXT_LINE, 4, 7, false);
        assertEquals(0x1234, memory.read(FLAG, 4), "an address change sends the first line out");
        assertEquals(0x5678, memory.read(FLAG + 4, 4));
        assertEquals(0, memory.read(NEXT_LINE, 4), "and the new line waits in its place");
        assertEquals(NEXT_LINE, mem.writeCombiningLine());
    }

    @Test
    void onlyTheWrittenBytesOfTheLineGoOut() {
        memory.write(FLAG + 8, 4, 0xAAAA);
        mem.writeLinear(FLAG, 4, 1, false);
        mem.writeLinear(NEXT_LINE, 4, 2, false);
        assertEquals(0xAAAA, memory.read(FLAG + 8, 4), "bytes the core did not write are left as they were");
    }

    @Test
    void aWriteToAHeldLineUpdatesTheCopyTheCoreReads() {
        mem.readLinear(FLAG, 4, false);
        mem.writeLinear(FLAG, 4, 9, false);
        assertEquals(9, mem.readLinear(FLAG, 4, false), "the core reads its own write from its L1 copy");
        assertEquals(0, memory.read(FLAG, 4), "which is still in the write-combine buffer");
    }

    @Test
    void resetEmptiesTheBufferWithoutSendingIt() {
        mem.writeLinear(FLAG, 4, 5, false);
        core.releaseFromReset(100);
        assertEquals(-1, mem.writeCombiningLine());
        assertEquals(0, memory.read(FLAG, 4));
    }
}
