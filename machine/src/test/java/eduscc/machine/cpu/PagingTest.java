package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SDM Vol. 3A §4.3 and §6.15: two-level paging and the #PF error code. */
class PagingTest {
    private static final int PAGE_DIRECTORY = 0x10000;
    private static final int PAGE_TABLE = 0x11000;
    private final ProtectedModeFixture f = new ProtectedModeFixture();

    @BeforeEach
    void mapFirstFourMegabytes() {
        f.memory.write(PAGE_DIRECTORY, 4, PAGE_TABLE | Paging.P | Paging.RW | Paging.US);
        for (int page = 0; page < 1024; page++) {
            int flags = Paging.P | Paging.RW | (page >= 0x200 ? Paging.US : 0);
            f.memory.write(PAGE_TABLE + page * 4, 4, (page << 12) | flags);
        }
        f.memory.write(PAGE_TABLE + 0x300 * 4, 4, (0x300 << 12) | Paging.P | Paging.US);
        f.memory.write(PAGE_TABLE + 0x301 * 4, 4, 0);
        f.regs.cr3 = PAGE_DIRECTORY;
        f.regs.cr0 |= ControlBits.CR0_PG;
    }

    @Test
    void walkSetsAccessedAndDirtyBits() {
        f.core.memory().writeLinear(0x5004, 4, 42, false);
        int pte = f.memory.read(PAGE_TABLE + 5 * 4, 4);
        assertTrue((pte & Paging.A) != 0 && (pte & Paging.D) != 0);
    }

    @Test
    void notPresentPageGivesErrorCodeWithoutP() {
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.memory().readLinear(0x301000, 4, true));
        assertEquals(Vector.PF, fault.vector());
        assertEquals(Paging.ERR_USER, fault.errorCode());
        assertEquals(0x301000, f.regs.cr2);
    }

    @Test
    void userWriteToReadOnlyPageGivesPresentWriteUser() {
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.memory().writeLinear(0x300010, 4, 1, true));
        assertEquals(Paging.ERR_PRESENT | Paging.ERR_WRITE | Paging.ERR_USER, fault.errorCode());
        assertEquals(0x300010, f.regs.cr2);
    }

    @Test
    void userReadOfSupervisorPageGivesPresentUser() {
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.memory().readLinear(0x1000, 4, true));
        assertEquals(Paging.ERR_PRESENT | Paging.ERR_USER, fault.errorCode());
    }

    @Test
    void supervisorWriteToReadOnlyPageFaultsOnlyWithWp() {
        f.core.memory().writeLinear(0x300020, 4, 7, false);
        assertEquals(7, f.memory.read(0x300020, 4));
        f.regs.cr0 |= ControlBits.CR0_WP;
        CpuFault fault = assertThrows(CpuFault.class, () -> f.core.memory().writeLinear(0x300020, 4, 8, false));
        assertEquals(Paging.ERR_PRESENT | Paging.ERR_WRITE, fault.errorCode());
    }
}
