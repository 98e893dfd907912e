package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the Switcher must keep apart: after every exit the host's own tables and CR3 are back
 * exactly, the regs page holds the guest's registers as they were at the trap, and a guest that
 * writes its own page tables reaches only its own memory (the host adds the guest's base to every
 * frame, and kills a guest that names a frame beyond its memory).
 */
class GuestIsolationTest {
    private static final String SOURCE = """
        bits 32
        org 0x00400000
        LGUEST_DATA equ 0x00500000
        DIRECTORY   equ 0x00180000      ; the launcher's first page directory (GuestLayout)
        TABLE       equ 0x00601000
        start:
            mov eax, 1                  ; LHCALL_LGUEST_INIT
            mov ebx, LGUEST_DATA
            int 0x1F
            mov ebx, 0x11111111         ; registers the regs page must show
            mov ecx, 0x22222222
            mov edx, 0x33333333
            mov esi, 0x44444444
            mov edi, 0x55555555
            mov ebp, 0x66666666
            mov eax, 0                  ; LHCALL_FLUSH_ASYNC: a no-op exit
            int 0x1F
        after_flush:
            ; A page table of its own for 0x00800000..: entry 1 names guest frame 0x110 (where the
            ; host keeps its GDT, in host-physical terms), entry 0 a frame far beyond its 8 MiB.
            mov dword [TABLE], 0x7FFFF067
            mov dword [TABLE + 4], 0x00110067
            mov dword [DIRECTORY + 8], TABLE + 7
            mov dword [0x00801000], 0xDEADBEEF
            mov eax, [0x00800000]       ; the host must not map this
            hlt
        """;
    private static final Assembly GUEST = Assembler.assemble("isolation.asm", SOURCE);
    private static final int HOST_GDT = 0x00110000;
    private static final int HOST_IDT = 0x00111000;
    private static final int HOST_TSS_SELECTOR = 0x28;
    private static final int HOST_DIRECTORY = 0x00C00000;

    private record Observed(List<String> hostState, List<Integer> regs) {
    }

    private static Machine run(Observed observed) {
        GuestImage image = new GuestImage("isolation", GUEST.bytes(), GuestRun.LOAD, GuestRun.LOAD, GuestRun.LOAD);
        KernelConfig config = new KernelConfig(100, 0, true, false).withPaging(true);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.createGuest("isolation", 8, image, GuestRun.MEMORY,
                (trapnum, eax) -> {
                    Registers r = core.regs();
                    observed.hostState.add(String.format("GDT %08X IDT %08X TR %02X CR3 %08X", r.gdtrBase, r.idtrBase,
                        r.tr.selector(), r.cr3));
                    if (trapnum == Hypercalls.TRAP_ENTRY && eax == Hypercalls.FLUSH_ASYNC) {
                        observed.regs.addAll(regsPage(core));
                    }
                }));
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    /** The regs page's fields, EAX to SS, read through the host's page tables without a machine operation. */
    private static List<Integer> regsPage(Core core) {
        int table = core.probePrivate(core.regs().cr3 + 4 * SwitcherLayout.DIRECTORY_SLOT, 4) & Paging.FRAME;
        int frame = core.probePrivate(table + 4 * ((SwitcherLayout.REGS_PAGE >>> 12) & 0x3FF), 4) & Paging.FRAME;
        List<Integer> fields = new ArrayList<>();
        for (int at = SwitcherLayout.REGS; at < SwitcherLayout.REGS_END; at += 4) {
            fields.add(core.probePrivate(frame + (at & 0xFFF), 4));
        }
        return fields;
    }

    @Test
    void afterEveryExitTheHostsTablesAndDirectoryAreBack() {
        Observed observed = new Observed(new ArrayList<>(), new ArrayList<>());
        try (Machine machine = run(observed)) {
            Set<String> distinct = new TreeSet<>(observed.hostState());
            assertEquals(Set.of(String.format("GDT %08X IDT %08X TR %02X CR3 %08X", HOST_GDT, HOST_IDT, HOST_TSS_SELECTOR,
                HOST_DIRECTORY)), distinct, "the same at each of the " + observed.hostState().size() + " exits");
            assertTrue(observed.hostState().size() >= 5);
        }
    }

    @Test
    void theRegsPageHoldsTheGuestsRegistersAtTheTrap() {
        Observed observed = new Observed(new ArrayList<>(), new ArrayList<>());
        try (Machine machine = run(observed)) {
            int afterInt = GUEST.symbols().get("after_flush").intValue();
            // EAX EBX ECX EDX ESI EDI EBP, GS FS DS ES, trapnum errcode, EIP CS EFLAGS ESP SS
            assertEquals(List.of(Hypercalls.FLUSH_ASYNC, 0x11111111, 0x22222222, 0x33333333, 0x44444444, 0x55555555,
                    0x66666666, 0, 0, GuestLayout.KERNEL_DS, GuestLayout.KERNEL_DS, Hypercalls.TRAP_ENTRY, 0,
                    afterInt, GuestLayout.KERNEL_CS, GuestLayout.INITIAL_EFLAGS, GuestRun.LOAD, GuestLayout.KERNEL_DS),
                observed.regs());
        }
    }

    @Test
    void aGuestsOwnPageTableReachesOnlyItsOwnMemory() {
        try (Machine machine = run(new Observed(new ArrayList<>(), new ArrayList<>()))) {
            Core core = machine.core(0);
            assertEquals(0xDEADBEEF, core.probePrivate(GuestMemory.DEFAULT_BASE + 0x00110000, 4),
                "guest frame 0x110 is host frame 0x2110: the write landed in the guest's memory");
            assertTrue(core.consoleText().contains("[lguest] isolation: killed: its page table maps guest frame 0x7FFFF,"
                + " beyond its memory (2304 frames)"), core.consoleText());
        }
    }
}
