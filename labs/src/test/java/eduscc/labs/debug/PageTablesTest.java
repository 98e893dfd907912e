package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Paging;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the paging view reads: a paging kernel's directory, tables and frame allocator, without disturbing the run. */
class PageTablesTest {

    @Test
    void aPagingKernelsTablesAreReadWithoutSettingAnAccessedBit() {
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT,
            core -> new Kernel(core, config, k -> { })::boot)) {
            machine.run();
            String hash = machine.trace().hashHex();
            PageTables tables = PageTables.read(machine.core(0), machine.chip());
            assertEquals(KernelLayout.FRAME_POOL, tables.cr3());
            assertEquals(List.of(0, 1, 2, 3, 0x3E0, 0x3E4, 0x3FB), List.copyOf(tables.tables().keySet()),
                "the low 16 MiB, the configuration registers, the interrupt controller, the APIC");
            assertEquals(KernelLayout.FRAME_POOL + 0x1000 | Paging.A | Paging.RW | Paging.P, tables.pde(0));
            assertEquals(0x00300000 | Paging.RW | Paging.P, tables.pte(0, 0x300), "a page nobody touched: A clear");
            assertEquals(0, tables.pte(0, 0), "page 0 is not mapped");
            assertEquals(PageTables.UNREADABLE, tables.pte(0x040, 0), "the heap has no table yet");
            assertTrue(tables.frameUsed(7) && !tables.frameUsed(8), "eight frames taken by the boot");
            assertEquals(1, tables.frameCount(0));
            assertEquals(hash, machine.trace().hashHex(), "reading traced nothing");
            assertEquals(tables.pte(0, 0x300), PageTables.read(machine.core(0), machine.chip()).pte(0, 0x300),
                "the probe's own walk sets no accessed bit");
        }
    }

    @Test
    void onceAskedEverySnapshotCarriesTheCoresTables() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            assertNull(session.snapshot().pages(), "nothing is read until the paging view asks");
            assertEquals(0, session.readPages(0).core());
            session.step();
            assertEquals(0, session.snapshot().pages().core());
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> session.readPages(48));
            assertEquals("no core 48 on the chip (0..47)", bad.getMessage());
        }
    }
}
