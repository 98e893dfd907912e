package eduscc.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.LogicalMemory;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Vector;
import eduscc.machine.memory.SystemAddress;
import eduscc.machine.scc.ConfigRegisters;
import eduscc.machine.scc.Interconnect;
import eduscc.machine.x86.Interpreter;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the chip, every writer that can reach a core's private DRAM drops the translation shortcuts
 * made through a page table it rewrites (SDM Vol. 3A §4.3; the model follows a rewritten entry
 * even without INVLPG): the chip's physical port (loaders, the debugger), a loader's copy, a
 * write straight into the DRAM, another core through its LUT, the core's own stores, a LUT write
 * that puts another table behind the table's address, and a cleared DRAM. Core 0's reads, writes
 * and fetches of page {@link #PAGE} first go to {@link #FRAME_A}; after the change to
 * {@link #FRAME_B}.
 */
class PagingStructureWritersTest {
    private static final CoreId CORE = CoreId.of(0);
    private static final int DIRECTORY = 0x00050000;
    /** In LUT slot 1, so that a LUT write can put another table behind its address. */
    private static final int TABLE = 0x01051000;
    /** Slot 2: the table a LUT write puts behind {@link #TABLE}'s address. */
    private static final int OTHER_TABLE = 0x02051000;
    private static final int PAGE = 0x00060000;
    private static final int FRAME_A = 0x00070000;
    private static final int FRAME_B = 0x00071000;
    private static final int PTE = TABLE + 4 * (PAGE >>> 12);
    /** Where the table itself is mapped, for the core's stores to it. */
    private static final int TABLE_ALIAS = 0x00051000;
    private static final int OLD = 0xAAAAAAAA;
    private static final int NEW = 0xBBBBBBBB;

    private final Machine machine = new Machine(MachineConfig.DEFAULT, new Interpreter());
    private final Interconnect chip = machine.chip();
    private final Core core = machine.core(0);
    private final LogicalMemory memory = core.memory();

    @BeforeEach
    void pageTablesAndPagingOn() {
        core.releaseFromReset(0);
        chip.write(CORE, DIRECTORY, 4, (TABLE & Paging.FRAME) | Paging.RW | Paging.P);
        chip.write(CORE, PTE, 4, FRAME_A | Paging.RW | Paging.P);
        chip.write(CORE, OTHER_TABLE + 4 * (PAGE >>> 12), 4, FRAME_B | Paging.RW | Paging.P);
        chip.write(CORE, TABLE + 4 * (TABLE_ALIAS >>> 12), 4, TABLE | Paging.RW | Paging.P);
        chip.write(CORE, FRAME_A + 0x10, 4, OLD);
        chip.write(CORE, FRAME_B + 0x10, 4, NEW);
        core.regs().cr0 = (core.regs().cr0 & ~(ControlBits.CR0_CD | ControlBits.CR0_NW)) | ControlBits.CR0_PE;
        core.systemInstructions().writeControl(3, DIRECTORY);
        core.systemInstructions().writeControl(0, core.regs().cr0 | ControlBits.CR0_PG);
        for (int i = 0; i < 2; i++) {                                   // twice: each kind of access holds the page
            assertEquals(OLD, memory.readLinear(PAGE + 0x10, 4, false));
            memory.writeLinear(PAGE + 0x20, 4, 0, false);
            memory.othersMayHaveRun();
            assertEquals(OLD, memory.fetchLinear(PAGE + 0x10, 4, false));
        }
    }

    @AfterEach
    void close() {
        machine.close();
    }

    /** Each kind of access to {@link #PAGE} reaches {@link #FRAME_B} now. */
    private void assertPageIsFrameB(String after) {
        assertEquals(NEW, memory.readLinear(PAGE + 0x10, 4, false), "a read after " + after);
        memory.writeLinear(PAGE + 0x20, 4, 0x1234, false);
        assertEquals(0x1234, core.probePrivate(FRAME_B + 0x20, 4), "a write after " + after + " lands in frame B");
        assertEquals(0, core.probePrivate(FRAME_A + 0x20, 4), "and not in frame A");
        memory.othersMayHaveRun();
        assertEquals(NEW, memory.fetchLinear(PAGE + 0x10, 4, false), "a fetch after " + after);
    }

    /** The PTE of {@link #PAGE}, naming frame B, as a writer puts it into memory. */
    private static final int NEW_PTE = FRAME_B | Paging.RW | Paging.P;

    @Test
    void theChipsPhysicalPort() {
        chip.write(CORE, PTE, 4, NEW_PTE);
        assertPageIsFrameB("a write through the chip's physical port");
    }

    @Test
    void aLoadersCopy() {
        chip.writeBytes(CORE, PTE, new byte[] {(byte) NEW_PTE, (byte) (NEW_PTE >>> 8), (byte) (NEW_PTE >>> 16), 0}, 0, 4);
        assertPageIsFrameB("a loader's copy");
    }

    @Test
    void aWriteStraightIntoTheDram() {
        SystemAddress at = chip.translate(CORE, PTE);
        chip.dram(MemoryController.at(at.tile(), at.subdest())).write32(at.address(), NEW_PTE);
        assertPageIsFrameB("a write into the DRAM");
    }

    @Test
    void anotherCoreThroughItsLut() {
        CoreId other = CoreId.of(1);
        chip.crb(other.tile()).setLut(other.z(), 0x84, chip.crb(CORE.tile()).lut(CORE.z(), TABLE >>> 24)); // core 0's slot 1
        chip.write(other, 0x84000000 | (PTE & SystemAddress.OFFSET_MASK), 4, NEW_PTE);
        assertPageIsFrameB("another core's write");
    }

    @Test
    void theCoresOwnStoresThroughTheTablesMapping() {
        IntConsumer store = value -> memory.writeLinear(TABLE_ALIAS + (PTE & 0xFFF), 4, value, false);
        store.accept(FRAME_A | Paging.RW | Paging.P | Paging.A);       // the write shortcut now holds the table's page
        store.accept(NEW_PTE);
        assertPageIsFrameB("the core's own store");
    }

    @Test
    void aLutWriteThatPutsAnotherTableBehindTheTablesAddress() {
        ConfigRegisters crb = chip.crb(CORE.tile());
        crb.setLut(CORE.z(), TABLE >>> 24, crb.lut(CORE.z(), OTHER_TABLE >>> 24));
        assertPageIsFrameB("a LUT write");
    }

    @Test
    void aClearedDramLeavesNoPageDirectory() {
        SystemAddress at = chip.translate(CORE, DIRECTORY);
        chip.dram(MemoryController.at(at.tile(), at.subdest())).clear();
        CpuFault fault = assertThrows(CpuFault.class, () -> memory.readLinear(PAGE + 0x10, 4, false));
        assertEquals(Vector.PF, fault.vector(), "the PDE reads as zero: not present");
    }

    /**
     * A page the core stores to as data becomes a page table (a PDE names it, a walk goes
     * through it); the next store through the write shortcut made before that rewrites its entry,
     * and the next read of the page it maps follows.
     */
    @Test
    void storesThroughAShortcutMadeBeforeThePageBecameATable() {
        int newTable = 0x00052000;
        int mapped = 0x00400000;                                       // PDE 1, through the new table's entry 0
        chip.write(CORE, TABLE + 4 * (newTable >>> 12), 4, newTable | Paging.D | Paging.A | Paging.RW | Paging.P);
        chip.write(CORE, newTable, 4, FRAME_A | Paging.D | Paging.A | Paging.RW | Paging.P);
        chip.write(CORE, DIRECTORY + 4, 4, newTable | Paging.A | Paging.RW | Paging.P);
        memory.writeLinear(newTable + 0x800, 4, 1, false);
        memory.writeLinear(newTable + 0x804, 4, 1, false);             // the write shortcut holds the page, as data
        assertEquals(OLD, memory.readLinear(mapped + 0x10, 4, false), "a walk through the page: now it is a table");
        memory.writeLinear(newTable, 4, NEW_PTE | Paging.D | Paging.A, false);
        assertEquals(NEW, memory.readLinear(mapped + 0x10, 4, false), "the read after the store to the entry");
    }
}
