package eduscc.machine.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.x86.Interpreter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot reads GDT, IDT and TSS bytes where the kernel put them, and reading them changes
 * nothing: no accessed bits, no CR2, no trace event, no machine check.
 */
class TablesSnapshotTest {
    private static final int GDT = 0x00110000;
    private static final int IDT = 0x00111000;
    private static final int TSS = 0x00112000;
    private static final int TSS_SELECTOR = 5 * 8;

    private final Machine machine = new Machine(MachineConfig.DEFAULT, new Interpreter());
    private final Core core = machine.core(0);
    private final Registers regs = core.regs();

    @AfterEach
    void close() {
        machine.close();
    }

    /** A core as the kit's kernel leaves it: flat segments, a TSS loaded in TR, the syscall gate. */
    private void kernelTables() {
        core.setState(CoreState.RUNNING);
        regs.cr0 |= ControlBits.CR0_PE;
        write(GDT + 8, SegmentDescriptor.flatCode(0).toBytes());
        write(GDT + 24, SegmentDescriptor.flatCode(3).toBytes());
        write(GDT + TSS_SELECTOR, SegmentDescriptor.tss32(TSS, 0x67, 0).withBusy(true).toBytes());
        write(IDT + 8 * 0x80, GateDescriptor.trapGate(Selector.of(0x08), 0x00118800, 3).toBytes());
        write(TSS, new Tss32(0, 0x00204000, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, false, 0x68).toBytes());
        regs.gdtrBase = GDT;
        regs.gdtrLimit = 64 * 8 - 1;
        regs.idtrBase = IDT;
        regs.idtrLimit = 256 * 8 - 1;
        regs.tr.load(TSS_SELECTOR, TSS, 0x67, 0x8B, false);
    }

    private void write(int physical, byte[] bytes) {
        machine.chip().writeBytes(CoreId.of(0), physical, bytes, 0, bytes.length);
    }

    private int read32(int physical) {
        byte[] b = new byte[4];
        machine.chip().readBytes(CoreId.of(0), physical, b, 0, 4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    private TablesSnapshot tables() {
        return MachineSnapshot.of(machine).core(0).tables();
    }

    @Test
    void kernelGdtIdtAndTssAreTheBytesInMemory() {
        kernelTables();
        TablesSnapshot t = tables();
        assertEquals(64, t.gdt().size(), "the whole 64-entry GDT");
        assertEquals(SegmentDescriptor.flatCode(3).encode(), t.gdt().entry(3));
        assertEquals(256, t.idt().size());
        assertEquals(GateDescriptor.trapGate(Selector.of(0x08), 0x00118800, 3).encode(), t.idt().entry(0x80));
        assertTrue(t.tss().readable(), t.tss().problem());
        assertEquals(0x00204000, Tss32.fromBytes(t.tss().bytes(), 0).esp0());
        assertEquals(List.of(TSS_SELECTOR), t.gdtTsses().stream().map(TssBytes::selector).toList(),
            "the busy TSS descriptor of the GDT is found too");
        assertArrayEquals(t.tss().bytes(), t.gdtTsses().get(0).bytes());
    }

    @Test
    void releasedCoreBeforeLgdtHasNoTablesToShow() {
        core.setState(CoreState.RUNNING);
        TablesSnapshot t = tables();
        assertTrue(t.gdt().problem().contains("reset value"), t.gdt().problem());
        assertTrue(t.idt().problem().contains("real mode"), t.idt().problem());
        assertTrue(t.tss().problem().contains("no 32-bit TSS"), t.tss().problem());
    }

    @Test
    void protectedModeBeforeLidtShowsTheGdtButNoIdt() {
        kernelTables();
        regs.idtrBase = 0;
        regs.idtrLimit = 0xFFFF;
        TablesSnapshot t = tables();
        assertEquals(64, t.gdt().size());
        assertTrue(t.idt().problem().contains("no LIDT yet"), t.idt().problem());
    }

    @Test
    void coreInResetIsNotRead() {
        assertTrue(tables().gdt().problem().contains("in reset"));
    }

    @Test
    void snapshotWithoutTheChipSaysSo() {
        kernelTables();
        assertTrue(CoreSnapshot.of(core).tables().gdt().problem().contains("without the chip"));
    }

    @Test
    void gdtBehindAnUnmappedLutEntryIsUnreadableAndTheCoreRunsOn() {
        kernelTables();
        regs.gdtrBase = 0x40000000;
        int events = machine.trace().entries().size();
        TablesSnapshot t = tables();
        assertEquals(0, t.gdt().size());
        assertTrue(t.gdt().problem().startsWith("GDT entry 0 unreadable"), t.gdt().problem());
        assertEquals(CoreState.RUNNING, core.state(), "no machine check: the debugger only looked");
        assertEquals(events, machine.trace().entries().size(), "no trace event");
    }

    @Test
    void registerBanksAreNeverReadBecauseTheirReadsHaveEffects() {
        kernelTables();
        regs.gdtrBase = 0xF8000000;
        TablesSnapshot t = tables();
        assertTrue(t.gdt().problem().contains("registers"), t.gdt().problem());
        assertEquals(CoreState.RUNNING, core.state());
    }

    @Test
    void pagedTablesAreReadWithoutAccessedBitsOrCr2() {
        kernelTables();
        int directory = 0x00300000;
        int table = 0x00301000;
        write(directory, le(table | Paging.P | Paging.RW));
        for (int page : new int[] {0x110, 0x112}) {
            write(table + 4 * page, le(page << 12 | Paging.P | Paging.RW));
        }
        regs.cr3 = directory;
        regs.cr0 |= ControlBits.CR0_PG;
        regs.cr2 = 0x1234;
        TablesSnapshot t = tables();
        assertEquals(SegmentDescriptor.flatCode(3).encode(), t.gdt().entry(3));
        assertTrue(t.tss().readable(), t.tss().problem());
        assertTrue(t.idt().problem().contains("page table entry not present"), t.idt().problem());
        assertEquals(0x1234, regs.cr2, "no #PF, so CR2 keeps its value");
        assertEquals(0, read32(directory) & Paging.A, "the walk left the PDE's accessed bit clear");
        assertEquals(0, read32(table + 4 * 0x110) & Paging.A, "and the PTE's");
    }

    @Test
    void gdtLimitBeyondTheCapIsShownCapped() {
        kernelTables();
        regs.gdtrLimit = 0xFFFF;
        TablesSnapshot t = tables();
        assertEquals(TablesSnapshot.MAX_GDT_ENTRIES, t.gdt().size());
        assertEquals(8192, t.gdt().declaredEntries());
        assertTrue(t.gdt().complete());
    }

    private static byte[] le(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }
}
