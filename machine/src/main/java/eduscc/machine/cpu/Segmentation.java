package eduscc.machine.cpu;

import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.trace.TraceEvent;

/**
 * Loading segment registers with the protected-mode checks of SDM Vol. 3A §5.4–§5.8 (and MOV,
 * POP, JMP, IRET in Vol. 2): the selector must name a descriptor inside the table, of the right
 * type, with privileges that allow it, and present; only then is the hidden cache loaded and
 * the accessed bit set in memory. In real mode a load just sets base = selector·16.
 */
public final class Segmentation {
    private final Core core;
    private final Registers regs;
    private final DescriptorTables tables;
    /** True while a hardware task switch loads the new task's segments (see {@link #duringTaskSwitch}). */
    private boolean inTaskSwitch;

    Segmentation(Core core) {
        this.core = core;
        this.regs = core.regs();
        this.tables = core.tables();
    }

    /** MOV Sreg / POP Sreg for DS, ES, FS, GS and SS (CS cannot be loaded this way: #UD). */
    public void loadData(int segment, int selectorValue) {
        if (segment == Registers.CS) {
            throw CpuFault.ud("CS cannot be the destination of MOV or POP");
        }
        SegmentRegister register = regs.segment(segment);
        if (!regs.protectedMode()) {
            register.loadReal(selectorValue);
            traceLoad(register);
            return;
        }
        Selector selector = Selector.of(selectorValue & 0xFFFF);
        if (segment == Registers.SS) {
            loadStack(selector, regs.cpl());
            return;
        }
        if (selector.isNull()) {
            register.loadNull(selector.value());
            traceLoad(register);
            return;
        }
        SegmentDescriptor d = tables.read(selector, Vector.GP);
        int error = selector.value() & 0xFFFC;
        if (!d.s() || (d.isCode() && !d.isReadable())) {
            throw CpuFault.gp(error, register.name() + " needs a data or readable code segment, got " + d.describe());
        }
        boolean checkPrivilege = d.isData() || !d.isConforming();
        if (checkPrivilege && (selector.rpl() > d.dpl() || regs.cpl() > d.dpl())) {
            throw CpuFault.gp(error, String.format("%s: RPL %d / CPL %d may not load DPL %d",
                register.name(), selector.rpl(), regs.cpl(), d.dpl()));
        }
        if (!d.present()) {
            throw new CpuFault(Vector.NP, error, register.name() + " segment " + selector + " is not present");
        }
        cache(register, selector, d);
    }

    /** SS must be a present, writable data segment with RPL = DPL = the CPL it will run at. */
    public void loadStack(Selector selector, int cpl) {
        int error = selector.value() & 0xFFFC;
        if (selector.isNull()) {
            throw CpuFault.gp(0, "SS cannot be loaded with a null selector");
        }
        SegmentDescriptor d = tables.read(selector, Vector.GP);
        if (selector.rpl() != cpl || d.dpl() != cpl) {
            throw CpuFault.gp(error, String.format("SS %s: RPL %d and DPL %d must equal CPL %d",
                selector, selector.rpl(), d.dpl(), cpl));
        }
        if (!d.s() || !d.isWritable()) {
            throw CpuFault.gp(error, "SS needs a writable data segment, got " + d.describe());
        }
        if (!d.present()) {
            throw new CpuFault(Vector.SS, error, "stack segment " + selector + " is not present");
        }
        cache(regs.ss(), selector, d);
    }

    /**
     * Loads CS for a far JMP or CALL to a code segment at the current privilege (§5.8.1): a
     * nonconforming segment needs RPL ≤ CPL and DPL = CPL, a conforming one DPL ≤ CPL. CS keeps
     * the CPL in its RPL field.
     */
    public void loadCodeForJump(Selector selector, SegmentDescriptor d, int offset) {
        int cpl = regs.cpl();
        int error = selector.value() & 0xFFFC;
        if (d.isConforming() ? d.dpl() > cpl : selector.rpl() > cpl || d.dpl() != cpl) {
            throw CpuFault.gp(error, String.format("far jump to %s: CPL %d, RPL %d, DPL %d not allowed",
                selector, cpl, selector.rpl(), d.dpl()));
        }
        checkCodePresentAndOffset(selector, d, offset);
        cache(regs.cs(), Selector.of((selector.value() & ~3) | cpl), d);
        regs.setCpl(cpl);
    }

    /**
     * Loads CS with a new privilege level: interrupt delivery (to the gate's target DPL) and IRET
     * (back to the RPL of the popped selector). The caller has checked the privilege rule.
     */
    public void loadCodeAt(Selector selector, int cpl, int offset) {
        if (selector.isNull()) {
            throw CpuFault.gp(0, "CS cannot be loaded with a null selector");
        }
        SegmentDescriptor d = tables.read(selector, Vector.GP);
        if (!d.isCode()) {
            throw CpuFault.gp(selector.value() & 0xFFFC, "CS needs a code segment, got " + d.describe());
        }
        checkCodePresentAndOffset(selector, d, offset);
        cache(regs.cs(), Selector.of((selector.value() & ~3) | cpl), d);
        regs.setCpl(cpl);
    }

    public SegmentDescriptor readCode(Selector selector) {
        if (selector.isNull()) {
            throw CpuFault.gp(0, "null code selector");
        }
        return tables.read(selector, Vector.GP);
    }

    private void checkCodePresentAndOffset(Selector selector, SegmentDescriptor d, int offset) {
        if (!d.present()) {
            throw new CpuFault(Vector.NP, selector.value() & 0xFFFC, "code segment " + selector + " is not present");
        }
        if (Integer.toUnsignedLong(offset) > d.effectiveLimit()) {
            throw CpuFault.gp(0, String.format("EIP 0x%08X is beyond the limit of code segment %s", offset, selector));
        }
    }

    /** After IRET to an outer ring, data segments the new CPL may not use become null (§6.12.1). */
    public void nullifyInaccessible(int newCpl) {
        for (int segment : new int[] {Registers.ES, Registers.DS, Registers.FS, Registers.GS}) {
            SegmentRegister s = regs.segment(segment);
            boolean conformingCode = (s.type() & 0xC) == 0xC;
            if (s.present() && !conformingCode && s.dpl() < newCpl) {
                s.loadNull(0);
            }
        }
    }

    /** Fills the hidden part of a segment register from a descriptor and marks it accessed. */
    public void cache(SegmentRegister register, Selector selector, SegmentDescriptor d) {
        tables.markAccessed(selector, d);
        SegmentDescriptor used = d.isAccessed() ? d : d.withAccessed();
        register.load(selector.value(), used.base(), (int) used.effectiveLimit(), used.accessByte(), used.defaultBig());
        traceLoad(register);
    }

    /**
     * Runs the segment loads of a hardware task switch (SDM §7.3 step 12). They make no
     * SegmentLoad event each: a switch always loads all six registers from the new TSS, its own
     * TaskSwitch event says so, and six events more per switch would be most of the trace of a
     * lab that switches often. The CPU view shows what they loaded.
     */
    void duringTaskSwitch(Runnable loads) {
        inTaskSwitch = true;
        try {
            loads.run();
        } finally {
            inTaskSwitch = false;
        }
    }

    private void traceLoad(SegmentRegister s) {
        if (inTaskSwitch) {
            return;
        }
        core.trace(new TraceEvent.SegmentLoad(s.name(), s.selector(), s.base(), s.limit(), s.access()));
    }
}
