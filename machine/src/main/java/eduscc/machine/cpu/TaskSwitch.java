package eduscc.machine.cpu;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.trace.TraceEvent;

/**
 * The hardware task switch of SDM Vol. 3A §7.3 "Task Switching", step by step as the manual
 * numbers them: the processor itself saves the old task's registers into the old TSS, marks
 * busy bits, links nested tasks and loads the new task's registers from the new TSS. The
 * numbered comments below are the SDM's steps (facts D.5).
 */
public final class TaskSwitch {
    /** What started the switch; it decides busy bits, NT and the back link. */
    public enum Reason { JMP, CALL, INTERRUPT, IRET }

    private final Core core;
    private final Registers regs;

    TaskSwitch(Core core) {
        this.core = core;
        this.regs = core.regs();
    }

    /** Switches to the task whose TSS descriptor {@code selector} names. */
    public void switchTo(Selector selector, Reason reason) {
        // 1. The new TSS selector comes from the operand, a task gate or the back link; it must be in the GDT.
        int error = selector.value() & 0xFFFC;
        if (selector.table() != Selector.Table.GDT || selector.isNull()) {
            throw CpuFault.gp(error, "task switch to " + selector + ": a TSS selector must name the GDT");
        }
        SegmentDescriptor newDescriptor = core.tables().read(selector, Vector.GP);
        if (!newDescriptor.isTss()) {
            throw CpuFault.gp(error, "task switch to " + selector + ": not a TSS, " + newDescriptor.describe());
        }
        // 3. The new TSS must be present and at least 104 bytes.
        if (!newDescriptor.present()) {
            throw new CpuFault(Vector.NP, error, "TSS " + selector + " is not present");
        }
        if (newDescriptor.effectiveLimit() < Tss32.MIN_LIMIT) {
            throw new CpuFault(Vector.TS, error, String.format("TSS %s limit 0x%X is below 0x67", selector,
                newDescriptor.effectiveLimit()));
        }
        // 4. JMP, CALL and interrupts need an available task; IRET returns to a busy one.
        if (reason == Reason.IRET && !newDescriptor.isBusyTss()) {
            throw new CpuFault(Vector.TS, error, "IRET to task " + selector + " whose TSS is not busy");
        }
        if (reason != Reason.IRET && newDescriptor.isBusyTss()) {
            throw CpuFault.gp(error, "task " + selector + " is busy (its TSS descriptor has type 0xB)");
        }
        Selector oldSelector = Selector.of(regs.tr.selector());
        long start = core.cycles();
        // 5. Both TSSs must be in memory before anything changes: read the new one, probe the old.
        Tss32 next = readTss(newDescriptor.base());
        probeWritable(regs.tr.base() + Tss32.DynamicState.OFFSET, Tss32.DynamicState.SIZE);
        if (reason == Reason.CALL || reason == Reason.INTERRUPT) {
            probeWritable(newDescriptor.base() + Tss32.LINK, 2);
        }
        saveOldTask(oldSelector, reason);
        core.requestPark(regs.cs().base() + regs.eip, regs.esp());
        // 9. CALL and interrupts nest: the new task links back to the old one.
        if (reason == Reason.CALL || reason == Reason.INTERRUPT) {
            core.memory().writeLinear(newDescriptor.base() + Tss32.LINK, 2, oldSelector.value(), false);
        }
        // 10. CALL, JMP and interrupts mark the new TSS busy; IRET finds it busy already.
        SegmentDescriptor busy = newDescriptor.isBusyTss() ? newDescriptor : newDescriptor.withBusy(true);
        if (busy != newDescriptor) {
            core.tables().write(selector, busy);
        }
        // 11. TR now names the new task, and CR0.TS tells the FPU its state belongs to someone else.
        regs.tr.load(selector.value(), busy.base(), (int) busy.effectiveLimit(), busy.accessByte(), false);
        regs.cr0 |= ControlBits.CR0_TS;
        loadNewTask(next, reason);
        core.charge(InstructionCosts.TASK_SWITCH);
        core.trace(new TraceEvent.TaskSwitch("hardware " + reason.name(), oldSelector.value(), selector.value(),
            (int) (core.cycles() - start)));
    }

    /** IRET with NT set returns along the previous-task link of the current TSS (§7.4). */
    public void returnToPreviousTask() {
        int link = core.memory().readLinear(regs.tr.base() + Tss32.LINK, 2, false) & 0xFFFF;
        switchTo(Selector.of(link), Reason.IRET);
    }

    private void saveOldTask(Selector oldSelector, Reason reason) {
        // 6. JMP and IRET leave the old task: its busy bit is cleared.
        if (reason == Reason.JMP || reason == Reason.IRET) {
            SegmentDescriptor old = core.tables().read(oldSelector, Vector.TS);
            if (old.isTss()) {
                core.tables().write(oldSelector, old.withBusy(false));
            }
        }
        // 7. IRET clears NT in the EFLAGS image it saves.
        int eflags = reason == Reason.IRET ? regs.eflags & ~Eflags.NT : regs.eflags;
        // 8. Only the dynamic fields are written; CR3, the LDT selector and SSn:ESPn stay as they are.
        Tss32.DynamicState state = new Tss32.DynamicState(regs.eip, eflags,
            regs.get(Registers.EAX), regs.get(Registers.ECX), regs.get(Registers.EDX), regs.get(Registers.EBX),
            regs.get(Registers.ESP), regs.get(Registers.EBP), regs.get(Registers.ESI), regs.get(Registers.EDI),
            selector(Registers.ES), selector(Registers.CS), selector(Registers.SS),
            selector(Registers.DS), selector(Registers.FS), selector(Registers.GS));
        byte[] bytes = state.toBytes();
        int at = regs.tr.base() + Tss32.DynamicState.OFFSET;
        for (int i = 0; i < bytes.length; i += 4) {
            int word = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16 | (bytes[i + 3] & 0xFF) << 24;
            core.memory().writeLinear(at + i, 4, word, false);
        }
    }

    /** Walks the page tables for a write to the first and last byte, faulting now if either is absent. */
    private void probeWritable(int linear, int length) {
        core.memory().paging().translate(linear, true, false);
        core.memory().paging().translate(linear + length - 1, true, false);
    }

    private int selector(int segment) {
        return regs.segment(segment).selector();
    }

    private Tss32 readTss(int base) {
        byte[] bytes = new byte[Tss32.SIZE];
        for (int i = 0; i < bytes.length; i += 4) {
            int word = core.memory().readLinear(base + i, 4, false);
            bytes[i] = (byte) word;
            bytes[i + 1] = (byte) (word >>> 8);
            bytes[i + 2] = (byte) (word >>> 16);
            bytes[i + 3] = (byte) (word >>> 24);
        }
        return Tss32.fromBytes(bytes, 0);
    }

    /** 12. Load the new task's state; a bad selector in it faults with #TS in the new task. */
    private void loadNewTask(Tss32 next, Reason reason) {
        regs.cr3 = next.cr3();
        // The switch loads CR3 from the new TSS, and a CR3 load flushes the TLBs (§7.3, §4.10.4.1).
        core.memory().caches().flushTlbs();
        int eflags = next.eflags() | Eflags.RESERVED_ONE;
        regs.eflags = (reason == Reason.CALL || reason == Reason.INTERRUPT) ? eflags | Eflags.NT : eflags;
        regs.eip = next.eip();
        int[] gprs = {next.eax(), next.ecx(), next.edx(), next.ebx(), next.esp(), next.ebp(), next.esi(), next.edi()};
        for (int i = 0; i < gprs.length; i++) {
            regs.set(i, gprs[i]);
        }
        loadLdt(next.ldt());
        core.segmentation().duringTaskSwitch(() -> loadSegments(next));
    }

    /** CS and SS first (they set the new CPL the data segments are checked against), then the data segments. */
    private void loadSegments(Tss32 next) {
        int cpl = next.cs() & 3;
        asNewTask(next.cs(), () -> {
            checkCodePrivilege(Selector.of(next.cs()));
            core.segmentation().loadCodeAt(Selector.of(next.cs()), cpl, next.eip());
        });
        asNewTask(next.ss(), () -> core.segmentation().loadStack(Selector.of(next.ss()), cpl));
        int[][] data = {{Registers.ES, next.es()}, {Registers.DS, next.ds()}, {Registers.FS, next.fs()}, {Registers.GS, next.gs()}};
        for (int[] d : data) {
            asNewTask(d[1], () -> core.segmentation().loadData(d[0], d[1]));
        }
    }

    /** The new task runs at its CS's RPL, which a nonconforming segment's DPL must equal (§7.3 step 12). */
    private void checkCodePrivilege(Selector cs) {
        SegmentDescriptor d = core.segmentation().readCode(cs);
        boolean allowed = d.isCode() && (d.isConforming() ? d.dpl() <= cs.rpl() : d.dpl() == cs.rpl());
        if (!allowed) {
            throw CpuFault.gp(cs.value() & 0xFFFC, "the new task's CS " + cs + " does not match " + d.describe());
        }
    }

    private void loadLdt(int ldtSelector) {
        if ((ldtSelector & 0xFFFC) == 0) {
            regs.ldtr.loadNull(ldtSelector);
            return;
        }
        Selector s = Selector.of(ldtSelector);
        SegmentDescriptor d = core.tables().read(s, Vector.TS);
        if (!d.isLdt() || !d.present()) {
            throw new CpuFault(Vector.TS, ldtSelector & 0xFFFC, "the new task's LDT selector " + s + " is not a present LDT");
        }
        regs.ldtr.load(ldtSelector, d.base(), (int) d.effectiveLimit(), d.accessByte(), false);
    }

    private static void asNewTask(int selector, Runnable load) {
        try {
            load.run();
        } catch (CpuFault f) {
            int vector = f.vector() == Vector.NP || f.vector() == Vector.SS ? f.vector() : Vector.TS;
            throw new CpuFault(vector, selector & 0xFFFC, "loading the new task: " + f.getMessage());
        }
    }
}
