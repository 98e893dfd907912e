package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import org.junit.jupiter.api.Test;

/**
 * x86 code that stores a new page-table entry without INVLPG: its next load and store of the page
 * go to the frame the entry names now (the model reads the entries behind a TLB hit), although the
 * load and the store before had left the page in the core's translation shortcuts.
 */
class RewrittenPageTableTest {
    private static final int DIRECTORY = 0x50000;
    private static final int TABLE = 0x51000;

    @Test
    void aLoadAndAStoreAfterAMovToThePteReachTheNewFrame() {
        TestMachine m = TestMachine.protectedMode(
            "A1 10 00 06 00"                                  // mov eax, [0x60010]
            + " 89 15 20 00 06 00"                            // mov [0x60020], edx
            + " 89 1D 80 11 05 00"                            // mov [0x51180], ebx   ; the PTE of page 0x60
            + " 8B 0D 10 00 06 00"                            // mov ecx, [0x60010]
            + " 89 15 24 00 06 00");                          // mov [0x60024], edx
        m.write32(DIRECTORY, TABLE | Paging.RW | Paging.P);
        for (int page = 0; page < 1024; page++) {
            m.write32(TABLE + 4 * page, (page << 12) | Paging.RW | Paging.P);
        }
        m.write32(0x60010, 0xAAAA);
        m.write32(0x61010, 0xBBBB);
        m.regs.cr3 = DIRECTORY;
        m.core.systemInstructions().writeControl(0, m.regs.cr0 | ControlBits.CR0_PG);
        m.regs.set(Registers.EBX, 0x61000 | Paging.RW | Paging.P);
        m.regs.set(Registers.EDX, 0x55);
        m.steps(5);
        assertEquals(0xAAAA, m.eax(), "the first load, from frame 0x60000");
        assertEquals(0xBBBB, m.reg(Registers.ECX), "the load after the MOV to the PTE, from frame 0x61000");
        assertEquals(0x55, m.read32(0x61024), "the store after it went to frame 0x61000");
        assertEquals(0, m.read32(0x60024), "not to frame 0x60000");
        assertEquals(0x55, m.read32(0x60020), "the store before it went to frame 0x60000");
    }
}
