package eduscc.machine.cpu;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.GateType;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.trace.TraceEvent;

/**
 * What the system instructions do, without their cost: shared by the x86 interpreter and by the
 * machine operations that kernel Java code calls (SDM Vol. 2 for each instruction, Vol. 3A §2.7
 * "System Instruction Summary" for which of them need CPL 0).
 */
public final class SystemInstructions {
    /** The debug port: a byte written here goes to the console (as Bochs and QEMU's port 0xE9). */
    public static final int DEBUG_PORT = 0xE9;

    private final Core core;
    private final Registers regs;

    SystemInstructions(Core core) {
        this.core = core;
        this.regs = core.regs();
    }

    /** Privileged instructions fault with #GP(0) outside ring 0 (§5.9). */
    public void requireRing0(String instruction) {
        if (regs.cpl() != 0) {
            throw CpuFault.gp(0, instruction + " is privileged and CPL is " + regs.cpl());
        }
    }

    /** CLI, STI, IN and OUT need CPL ≤ IOPL in protected mode. */
    public void requireIopl(String instruction) {
        if (regs.protectedMode() && regs.cpl() > Eflags.iopl(regs.eflags)) {
            throw CpuFault.gp(0, instruction + " needs CPL <= IOPL (CPL " + regs.cpl() + ", IOPL "
                + Eflags.iopl(regs.eflags) + ")");
        }
    }

    public void lgdt(int base, int limit) {
        requireRing0("LGDT");
        regs.gdtrBase = base;
        regs.gdtrLimit = limit & 0xFFFF;
        core.trace(new TraceEvent.TableRegisterLoad("GDTR", 0, base, limit & 0xFFFF));
    }

    public void lidt(int base, int limit) {
        requireRing0("LIDT");
        regs.idtrBase = base;
        regs.idtrLimit = limit & 0xFFFF;
        core.trace(new TraceEvent.TableRegisterLoad("IDTR", 0, base, limit & 0xFFFF));
    }

    /** LTR needs an available TSS in the GDT and marks it busy in memory (§7.2.4). */
    public void ltr(int selectorValue) {
        requireProtectedMode("LTR");
        requireRing0("LTR");
        Selector selector = Selector.of(selectorValue & 0xFFFF);
        int error = selector.value() & 0xFFFC;
        if (selector.isNull() || selector.table() != Selector.Table.GDT) {
            throw CpuFault.gp(error, "LTR needs a TSS selector in the GDT, got " + selector);
        }
        SegmentDescriptor d = core.tables().read(selector, Vector.GP);
        if (!d.isTss() || d.isBusyTss()) {
            throw CpuFault.gp(error, "LTR needs an available TSS, got " + d.describe());
        }
        if (!d.present()) {
            throw new CpuFault(Vector.NP, error, "TSS " + selector + " is not present");
        }
        SegmentDescriptor busy = d.withBusy(true);
        core.tables().write(selector, busy);
        regs.tr.load(selector.value(), busy.base(), (int) busy.effectiveLimit(), busy.accessByte(), false);
        core.trace(new TraceEvent.TableRegisterLoad("TR", selector.value(), busy.base(), (int) busy.effectiveLimit()));
    }

    public void lldt(int selectorValue) {
        requireProtectedMode("LLDT");
        requireRing0("LLDT");
        Selector selector = Selector.of(selectorValue & 0xFFFF);
        if (selector.isNull()) {
            regs.ldtr.loadNull(selector.value());
        } else {
            SegmentDescriptor d = core.tables().read(selector, Vector.GP);
            if (!d.isLdt()) {
                throw CpuFault.gp(selector.value() & 0xFFFC, "LLDT needs an LDT descriptor, got " + d.describe());
            }
            if (!d.present()) {
                throw new CpuFault(Vector.NP, selector.value() & 0xFFFC, "LDT " + selector + " is not present");
            }
            regs.ldtr.load(selector.value(), d.base(), (int) d.effectiveLimit(), d.accessByte(), false);
        }
        core.trace(new TraceEvent.TableRegisterLoad("LDTR", selector.value(), regs.ldtr.base(), regs.ldtr.limit()));
    }

    private void requireProtectedMode(String instruction) {
        if (!regs.protectedMode()) {
            throw CpuFault.ud(instruction + " is not recognised in real mode");
        }
    }

    public int readControl(int n) {
        requireRing0("MOV from CR" + n);
        return switch (n) {
            case 0 -> regs.cr0;
            case 2 -> regs.cr2;
            case 3 -> regs.cr3;
            case 4 -> regs.cr4;
            default -> throw CpuFault.ud("CR" + n + " does not exist on the P54C");
        };
    }

    /** MOV to CRn; setting PG without PE is #GP(0) (§2.5), and CR0 changes switch modes. */
    public void writeControl(int n, int value) {
        requireRing0("MOV to CR" + n);
        int old;
        switch (n) {
            case 0 -> {
                if ((value & ControlBits.CR0_PG) != 0 && (value & ControlBits.CR0_PE) == 0) {
                    throw CpuFault.gp(0, "CR0.PG without CR0.PE");
                }
                if ((value & ControlBits.CR0_NW) != 0 && (value & ControlBits.CR0_CD) == 0) {
                    throw CpuFault.gp(0, "CR0.NW without CR0.CD");
                }
                old = regs.cr0;
                regs.cr0 = value | ControlBits.CR0_ET;
            }
            case 2 -> {
                old = regs.cr2;
                regs.cr2 = value;
            }
            case 3 -> {
                old = regs.cr3;
                regs.cr3 = value;
                // Loading CR3 flushes the TLBs (SDM Vol. 3A §4.10.4.1).
                core.memory().caches().flushTlbs();
            }
            case 4 -> {
                old = regs.cr4;
                regs.cr4 = value;
            }
            default -> throw CpuFault.ud("CR" + n + " does not exist on the P54C");
        }
        core.trace(new TraceEvent.ControlRegisterWrite(n, old, n == 0 ? regs.cr0 : value));
        if (n == 0) {
            traceModeChange(old, regs.cr0);
            if (((old ^ regs.cr0) & ControlBits.CR0_PG) != 0) {
                // Turning paging on or off invalidates every translation (§4.10.4.1).
                core.memory().caches().flushTlbs();
            }
        }
    }

    private void traceModeChange(int oldCr0, int newCr0) {
        int modeBits = ControlBits.CR0_PE | ControlBits.CR0_PG;
        if ((oldCr0 & modeBits) != (newCr0 & modeBits)) {
            core.trace(new TraceEvent.ModeSwitch(modeName(oldCr0), modeName(newCr0), newCr0));
        }
    }

    public static String modeName(int cr0) {
        if ((cr0 & ControlBits.CR0_PE) == 0) {
            return "real";
        }
        return (cr0 & ControlBits.CR0_PG) != 0 ? "protected+paging" : "protected";
    }

    public void clts() {
        requireRing0("CLTS");
        regs.cr0 &= ~ControlBits.CR0_TS;
    }

    /**
     * Far JMP (Vol. 2 "JMP"): in real mode CS = selector·16; in protected mode to a code
     * segment, a TSS or a task gate. Call gates are not modelled (#GP naming them).
     */
    public void farJump(int selectorValue, int offset, boolean operand32) {
        int target = operand32 ? offset : offset & 0xFFFF;
        if (!regs.protectedMode()) {
            regs.cs().loadReal(selectorValue);
            regs.eip = target;
            core.trace(new TraceEvent.FarJump(selectorValue & 0xFFFF, target, "real"));
            return;
        }
        Selector selector = Selector.of(selectorValue & 0xFFFF);
        if (selector.isNull()) {
            throw CpuFault.gp(0, "far jump to a null selector");
        }
        SegmentDescriptor d = core.tables().read(selector, Vector.GP);
        if (d.s() && d.isCode()) {
            core.segmentation().loadCodeForJump(selector, d, target);
            regs.eip = target;
            core.trace(new TraceEvent.FarJump(selector.value(), target, regs.cs().big() ? "protected32" : "protected16"));
        } else if (d.isTss()) {
            requireTaskPrivilege(selector, d.dpl());
            core.taskSwitch().switchTo(selector, TaskSwitch.Reason.JMP);
        } else if (!d.s() && (d.type() == GateType.TASK.code())) {
            GateDescriptor gate = GateDescriptor.decode(d.encode());
            requireTaskPrivilege(selector, gate.dpl());
            if (!gate.present()) {
                throw new CpuFault(Vector.NP, selector.value() & 0xFFFC, "task gate " + selector + " is not present");
            }
            core.taskSwitch().switchTo(gate.selector(), TaskSwitch.Reason.JMP);
        } else {
            throw CpuFault.gp(selector.value() & 0xFFFC, "far jump to " + selector + ": " + d.describe() + " is not a target");
        }
    }

    /** JMP/CALL to a task: CPL and RPL must both be ≤ the DPL of the TSS or gate (§7.3 step 2). */
    private void requireTaskPrivilege(Selector selector, int dpl) {
        if (regs.cpl() > dpl || selector.rpl() > dpl) {
            throw CpuFault.gp(selector.value() & 0xFFFC, String.format(
                "task switch through %s: CPL %d / RPL %d above DPL %d", selector, regs.cpl(), selector.rpl(), dpl));
        }
    }

    public void cli() {
        requireIopl("CLI");
        regs.eflags &= ~Eflags.IF;
    }

    public void sti() {
        requireIopl("STI");
        if ((regs.eflags & Eflags.IF) == 0) {
            core.interrupts().inhibitForOneInstruction();
        }
        regs.eflags |= Eflags.IF;
    }

    /** OUT: the debug port prints; other ports are not connected on the SCC and are ignored. */
    public void out(int port, int value, int size) {
        requireIopl("OUT");
        if ((port & 0xFFFF) == DEBUG_PORT) {
            core.trace(new TraceEvent.ConsoleOutput(value & 0xFF));
            core.console().accept(value & 0xFF);
        }
    }

    /** IN from an unconnected port reads all ones, as on a PC bus with nothing behind it. */
    public int in(int port, int size) {
        requireIopl("IN");
        return size == 4 ? 0xFFFFFFFF : (1 << (8 * size)) - 1;
    }
}
