package eduscc.machine.x86;

import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Pacer;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.trace.Trace;
import eduscc.machine.trace.TraceEvent;
import java.util.List;

/**
 * One core on {@link FlatMemory} with the interpreter, and the set-ups the tests share: real
 * mode at 0000:7C00, or flat 32-bit protected mode with a GDT, a TSS and an IDT whose handlers
 * halt. Code is given as hex bytes, as a listing would show them.
 */
final class TestMachine {
    static final int GDT = 0x1000;
    static final int IDT = 0x2000;
    static final int TSS = 0x3000;
    /** Each vector's handler is one HLT at HANDLERS + 16·vector. */
    static final int HANDLERS = 0x4000;
    static final int DATA = 0x8000;
    static final int REAL_CODE = 0x7C00;
    static final int PM_CODE = 0x100000;
    static final int PM_STACK = 0x90000;
    static final int RING0_STACK = 0xA0000;
    static final int USER_CODE = 0x200000;
    static final int USER_STACK = 0x280000;

    static final int CODE0 = 0x08;
    static final int DATA0 = 0x10;
    static final int CODE3 = 0x18 | 3;
    static final int DATA3 = 0x20 | 3;
    static final int TSS_SELECTOR = 0x28;
    static final int CODE16 = 0x30;
    /** A 32-bit ring-0 data segment with limit 0xFFF, to make stack accesses fault (#SS). */
    static final int SMALL_STACK = 0x38;

    final FlatMemory memory = new FlatMemory();
    final Trace trace = new Trace();
    final Core core = new Core(0, memory, 30, trace);
    final Interpreter interpreter = new Interpreter();
    final Registers regs = core.regs();
    private final StepLimit limit = new StepLimit();

    /** Stops a run after too many instructions, so a broken loop fails the test instead of hanging it. */
    static final class StepLimit implements Pacer {
        int remaining = 100_000;

        @Override
        public void awaitTurn(Core core) {
        }

        @Override
        public void boundary(Core core) {
            if (--remaining < 0) {
                throw new CoreStopped(core.pid(), "step limit reached");
            }
        }

        @Override
        public void halt(Core core) {
            throw new CoreStopped(core.pid(), "halted");
        }

        /** One thread runs everything here: a task switch just goes on with the new registers. */
        @Override
        public void transfer(Core core, long parkedAt) {
        }
    }

    private TestMachine() {
        core.setInstructionSet(interpreter);
        core.setPacer(limit);
        core.releaseFromReset(0);
    }

    /** Straight after reset: CS=F000 with base 0xFFFF0000, EIP=FFF0. */
    static TestMachine afterReset() {
        return new TestMachine();
    }

    /** Real mode, CS=DS=ES=SS=0, IP=7C00, SP=0x7000: the code goes at {@link #REAL_CODE}. */
    static TestMachine realMode(String code) {
        TestMachine m = new TestMachine();
        for (int s = 0; s < 6; s++) {
            m.regs.segment(s).loadReal(0);
        }
        m.regs.eip = REAL_CODE;
        m.regs.setEsp(0x7000);
        m.load(REAL_CODE, code);
        return m;
    }

    /** Flat 32-bit protected mode at ring 0 (CS=0x08, data 0x10), ESP=0x90000, IDT with halting handlers; the code goes at {@link #PM_CODE}. */
    static TestMachine protectedMode(String code) {
        TestMachine m = new TestMachine();
        m.buildTables();
        m.core.systemInstructions().lgdt(GDT, 8 * 8 - 1);
        m.core.systemInstructions().lidt(IDT, 256 * 8 - 1);
        m.core.systemInstructions().writeControl(0, m.regs.cr0 | ControlBits.CR0_PE);
        m.core.systemInstructions().farJump(CODE0, PM_CODE, true);
        for (int s : new int[] {Registers.DS, Registers.ES, Registers.SS, Registers.FS, Registers.GS}) {
            m.core.segmentation().loadData(s, DATA0);
        }
        m.core.systemInstructions().ltr(TSS_SELECTOR);
        m.regs.setEsp(PM_STACK);
        m.load(PM_CODE, code);
        return m;
    }

    private void buildTables() {
        SegmentDescriptor[] gdt = {
            SegmentDescriptor.nullDescriptor(),
            SegmentDescriptor.flatCode(0),
            SegmentDescriptor.flatData(0),
            SegmentDescriptor.flatCode(3),
            SegmentDescriptor.flatData(3),
            SegmentDescriptor.tss32(TSS, 0x67, 0),
            new SegmentDescriptor(0, 0xFFFF, 0xA, true, 0, true, false, false, false),
            new SegmentDescriptor(0, 0xFFF, 0x2, true, 0, true, false, true, false),
        };
        for (int i = 0; i < gdt.length; i++) {
            put(GDT + 8 * i, gdt[i].toBytes());
        }
        write32(TSS + 4, RING0_STACK);
        write32(TSS + 8, DATA0);
        for (int v = 0; v < 256; v++) {
            GateDescriptor gate = GateDescriptor.interruptGate(Selector.of(CODE0), HANDLERS + 16 * v, v >= 0x30 ? 3 : 0);
            put(IDT + 8 * v, gate.toBytes());
            memory.writeByte(HANDLERS + 16 * v, 0xF4);
        }
    }

    /** Writes hex bytes ("66 B8 01 00") at a physical address; returns the address after them. */
    int load(int address, String hex) {
        String[] bytes = hex.trim().isEmpty() ? new String[0] : hex.trim().split("\\s+");
        for (int i = 0; i < bytes.length; i++) {
            memory.writeByte(address + i, Integer.parseInt(bytes[i], 16));
        }
        return address + bytes.length;
    }

    void put(int address, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            memory.writeByte(address + i, bytes[i]);
        }
    }

    void write8(int address, int value) {
        memory.write(address, 1, value);
    }

    void write16(int address, int value) {
        memory.write(address, 2, value);
    }

    void write32(int address, int value) {
        memory.write(address, 4, value);
    }

    int read8(int address) {
        return memory.read(address, 1);
    }

    int read16(int address) {
        return memory.read(address, 2);
    }

    int read32(int address) {
        return memory.read(address, 4);
    }

    /** Executes one instruction; a fault comes back to the test as the CpuFault. */
    TestMachine step() {
        interpreter.step(core);
        return this;
    }

    TestMachine steps(int n) {
        for (int i = 0; i < n; i++) {
            step();
        }
        return this;
    }

    /** Executes one instruction that must fault, and returns the fault. */
    CpuFault fault() {
        try {
            interpreter.step(core);
        } catch (CpuFault f) {
            return f;
        }
        throw new AssertionError("expected a fault at EIP 0x" + Integer.toHexString(regs.eip));
    }

    /** Runs the core loop (faults delivered, interrupts taken) until HLT or shutdown stops it; returns why. */
    String runUntilStopped() {
        try {
            core.runFromReset();
        } catch (CoreStopped stopped) {
            return stopped.getMessage();
        }
        throw new AssertionError("runFromReset returned");
    }

    int eax() {
        return regs.get(Registers.EAX);
    }

    int reg(int index) {
        return regs.get(index);
    }

    /** The linear address of the current CS:EIP. */
    int linearEip() {
        return regs.cs().base() + regs.eip;
    }

    <T extends TraceEvent> List<T> events(Class<T> kind) {
        return trace.events(kind);
    }

    /** Enters ring 3 at {@link #USER_CODE} with the given code, via an IRET frame built in Java. */
    void enterRing3(String userCode) {
        load(USER_CODE, userCode);
        core.stack().push(DATA3, 4);
        core.stack().push(USER_STACK, 4);
        core.stack().push(regs.eflags, 4);
        core.stack().push(CODE3, 4);
        core.stack().push(USER_CODE, 4);
        core.interrupts().gates().iret(true);
    }
}
