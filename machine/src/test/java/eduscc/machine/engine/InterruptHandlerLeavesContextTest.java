package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.LocalApic;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.x86.Interpreter;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An interrupt handler in x86 that leaves for another context, as a hypervisor's trap stub does:
 * context A (ring-0 Java, the "host") calls x86 that IRETs into context B (ring-1 Java, the
 * "guest"); when B traps (INT n, a #GP from a privileged operation, a timer interrupt), the
 * handler stores B's frame, loads A's stack and returns into A's parked call. A looks at the
 * frame and IRETs back into it, and B's operation returns (or restarts) as if nothing happened.
 * Every log line names the thread that wrote it: A's lines must come from A's thread and B's from
 * B's, never A's Java code run again on B's thread.
 */
class InterruptHandlerLeavesContextTest {
    private static final int RESET_VECTOR = 0xFFFFFFF0;
    private static final int GDT = 0x1000;
    private static final int IDT = 0x2000;
    private static final int GUEST_IDT = 0x4000;
    /** A routine both kernels bind, at the same address. */
    private static final int GET_ID = 0x00108000;
    private static final int TSS = 0x3000;
    private static final int KERNEL = 0x00100000;
    private static final int CODE = 0x00110000;
    private static final int GUEST = 0x00200000;
    private static final int STACK_A = 0x00090000;
    private static final int STACK_B0 = 0x00080000;
    private static final int STACK_B1 = 0x00070000;
    private static final int KERNEL_CODE = 0x08;
    private static final int KERNEL_DATA = 0x10;
    private static final int GUEST_CODE = 0x19;
    private static final int GUEST_DATA = 0x21;
    private static final int TSS_SELECTOR = 0x28;
    private static final int TRAP = 0x40;
    private static final int TIMER = 0x41;
    /** The frame of B's trap sits on B's ring-0 stack: EIP, CS, EFLAGS, ESP, SS (after an error code if any). */
    private static final int FRAME = STACK_B0 - 20;
    /**
     * enter_b (called by A): keep A's ESP, load B's IDT and the ESP of B's interrupt frame, IRET
     * into it. leave_b (B's trap handler): keep B's ESP, load A's IDT and ESP, return into A's
     * call. As lguest's Switcher does, each world runs under its own IDT (with the same gates
     * here). guest_x86: ring-1 code that counts its traps in EBX.
     */
    private static final Assembly SWITCHER = Assembler.assemble("switcher.asm", """
        bits 32
        org 0x00110000
        enter_b:
            mov [saved_a], esp
            lidt [guest_idtr]
            mov esp, [saved_b]
            iret
        leave_b:
            mov [saved_b], esp
            lidt [host_idtr]
            mov esp, [saved_a]
            ret
        guest_x86:
            inc ebx
            int 0x40
            jmp guest_x86
        saved_a:
            dd 0
        saved_b:
            dd 0
        host_idtr:
            dw 0x7FF
            dd 0x2000
        guest_idtr:
            dw 0x7FF
            dd 0x4000
        """);
    private static final int ENTER_B = symbol("enter_b");
    private static final int LEAVE_B = symbol("leave_b");
    private static final int GUEST_X86 = symbol("guest_x86");
    private static final int SAVED_B = symbol("saved_b");

    private final Machine machine = new Machine(MachineConfig.DEFAULT, new Interpreter());
    private final Core core = machine.core(0);
    private final Operations ops = core.ops();
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void close() {
        machine.close();
    }

    private static int symbol(String name) {
        return SWITCHER.symbols().get(name).intValue();
    }

    /** A line of the log, with the context thread that wrote it (the engine names them). */
    private void note(String line) {
        log.add(line + " on " + Thread.currentThread().getName().replace("eduscc-core0-", ""));
    }

    /**
     * Boots into protected mode with ring-0 and ring-1 segments, a TSS whose ESP0 is B's ring-0
     * stack, the trap gates, the switcher code and B's first frame (IRET to GUEST in ring 1 with
     * {@code guestFlags}); then runs {@code host} as context A.
     */
    private void boot(int guestFlags, Runnable host) {
        core.bind(RESET_VECTOR, "stub", () -> {
            SegmentDescriptor[] gdt = {SegmentDescriptor.nullDescriptor(), SegmentDescriptor.flatCode(0),
                SegmentDescriptor.flatData(0), SegmentDescriptor.flatCode(1), SegmentDescriptor.flatData(1),
                SegmentDescriptor.tss32(TSS, Tss32.MIN_LIMIT, 0)};
            for (int i = 0; i < gdt.length; i++) {
                long bits = gdt[i].encode();
                ops.write32(GDT + 8 * i, (int) bits);
                ops.write32(GDT + 8 * i + 4, (int) (bits >>> 32));
            }
            ops.lgdt(GDT, gdt.length * 8 - 1);
            ops.writeCr(0, ops.readCr(0) | 1);
            ops.farJump(KERNEL_CODE, KERNEL);
        });
        core.bind(KERNEL, "host", () -> {
            // DS is B's data segment (DPL 1), so the IRET into ring 1 keeps it and B's handler can use it.
            ops.loadSegment(Registers.DS, GUEST_DATA);
            ops.loadSegment(Registers.SS, KERNEL_DATA);
            ops.loadEsp(STACK_A);
            byte[] code = SWITCHER.bytes();
            for (int i = 0; i < code.length; i++) {
                ops.write8(CODE + i, code[i]);
            }
            ops.write32(TSS + Tss32.ESP0, STACK_B0);
            ops.write32(TSS + Tss32.SS0, KERNEL_DATA);
            ops.ltr(TSS_SELECTOR);
            gate(TRAP, 1);
            gate(Vector.GP, 0);
            gate(TIMER, 0);
            ops.lidt(IDT, 256 * 8 - 1);
            int[] frame = {GUEST, GUEST_CODE, guestFlags, STACK_B1, GUEST_DATA};
            for (int i = 0; i < frame.length; i++) {
                ops.write32(FRAME + 4 * i, frame[i]);
            }
            ops.write32(SAVED_B, FRAME);
            host.run();
            ops.cli();
            ops.hlt();
        });
        ResetControl.release(machine.chip(), List.of(CoreId.of(0)));
    }

    /** An interrupt gate to leave_b with {@code dpl} (INT n from ring 1 needs DPL 1), in both IDTs. */
    private void gate(int vector, int dpl) {
        long bits = GateDescriptor.interruptGate(Selector.of(KERNEL_CODE), LEAVE_B, dpl).encode();
        for (int idt : new int[] {IDT, GUEST_IDT}) {
            ops.write32(idt + 8 * vector, (int) bits);
            ops.write32(idt + 8 * vector + 4, (int) (bits >>> 32));
        }
    }

    /** The trap frame B's handler left, as A reads it: "EIP CS ESP" in hex, after {@code skip} bytes (an error code). */
    private String frame(int skip) {
        int at = ops.read32(SAVED_B) + skip;
        return String.format("%08X %02X %08X", ops.read32(at), ops.read32(at + 4), ops.read32(at + 12));
    }

    /**
     * Runs until the host halts, or for a million core cycles: without the hand-over, the guest's
     * thread would run the host's Java code again and again and never halt.
     */
    private void run() {
        machine.run(1_000_000L * core.unitsPerCycle());
    }

    private String where() {
        return String.format("CS=%02X EIP=%08X ESP=%08X", core.regs().cs().selector(), core.regs().eip, ops.currentEsp());
    }

    @Test
    void intNWhoseHandlerSwitchesToTheHostReturnsWhenTheHostSwitchesBack() {
        core.bind(GUEST, "guest", () -> {
            for (int i = 0; ; i++) {
                note("B" + i + " " + where());
                ops.intN(TRAP);
            }
        });
        boot(Eflags.RESERVED_ONE, () -> {
            int esp = ops.currentEsp();
            for (int i = 0; i < 3; i++) {
                ops.call(ENTER_B);
                note("A" + i + " frame " + frame(0) + (ops.currentEsp() == esp ? "" : " A's stack moved"));
            }
        });
        run();
        assertEquals(List.of(
            "B0 CS=19 EIP=00200000 ESP=00070000 on task@00200000",
            "A0 frame 00200000 19 00070000 on boot",
            "B1 CS=19 EIP=00200000 ESP=00070000 on task@00200000",
            "A1 frame 00200000 19 00070000 on boot",
            "B2 CS=19 EIP=00200000 ESP=00070000 on task@00200000",
            "A2 frame 00200000 19 00070000 on boot"), log);
    }

    /**
     * An exiting guest task asks for its context to end at its next switch, then still traps to
     * the host on its way there (its last page fault, say). The trap is not that switch: B parks
     * and resumes where it was, three times, instead of ending at the first exit and starting
     * over from its entry when the host comes back.
     */
    @Test
    void aContextThatIsEndingStillResumesAfterEachExitToTheHost() {
        core.bind(GUEST, "guest", () -> {
            core.endContextAtNextSwitch();
            for (int i = 0; ; i++) {
                note("B" + i);
                ops.intN(TRAP);
            }
        });
        boot(Eflags.RESERVED_ONE, () -> {
            for (int i = 0; i < 3; i++) {
                ops.call(ENTER_B);
                note("A" + i);
            }
        });
        run();
        assertEquals(List.of("B0 on task@00200000", "A0 on boot", "B1 on task@00200000", "A1 on boot",
            "B2 on task@00200000", "A2 on boot"), log);
    }

    /**
     * Both worlds at once, as lguest's will be: the guest's entry and a routine are bound in the
     * guest's scope (its IDT's base), the host binds its own routine at the same address. Each
     * kernel's Java runs only under its own IDT, each on its own thread.
     */
    @Test
    void theGuestsJavaRunsUnderItsIdtAndTheHostsUnderTheHostsAtTheSameAddress() {
        core.bindRoutine(GET_ID, "get_id", () -> {
            note("host get_id");
            ops.ret();
        });
        core.bindings(GUEST_IDT).bindRoutine(GET_ID, "get_id", () -> {
            note("guest get_id");
            ops.ret();
        });
        core.bindings(GUEST_IDT).bind(GUEST, "guest", () -> {
            for (int i = 0; ; i++) {
                ops.call(GET_ID);
                note("B" + i);
                ops.intN(TRAP);
            }
        });
        boot(Eflags.RESERVED_ONE, () -> {
            for (int i = 0; i < 2; i++) {
                ops.call(GET_ID);
                ops.call(ENTER_B);
                note("A" + i + " frame " + frame(0));
            }
        });
        run();
        // The call into x86 hands over as soon as that x86 loads the guest's IDT (CallIntoX86 and
        // Core.leftWorld): the guest's world runs on a context of its own, which starts there.
        assertEquals(List.of(
            "host get_id on boot",
            "guest get_id on task@0011000D",
            "B0 on task@0011000D",
            "A0 frame 00200000 19 00070000 on boot",
            "host get_id on boot",
            "guest get_id on task@0011000D",
            "B1 on task@0011000D",
            "A1 frame 00200000 19 00070000 on boot"), log);
        assertEquals(IDT, core.regs().idtrBase, "the host's IDT is loaded again");
    }

    /**
     * CLI in ring 1 with IOPL 0 is #GP(0), as a paravirtualized guest's privileged instruction is:
     * the host sees the fault, lets the guest have IOPL 1, drops the error code and IRETs back;
     * the operation restarts and now succeeds.
     */
    @Test
    void aFaultWhoseHandlerSwitchesToTheHostRestartsTheOperationWhenTheHostSwitchesBack() {
        core.bind(GUEST, "guest", () -> {
            note("B before CLI, IF=" + (ops.readEflags() >>> 9 & 1));
            ops.cli();
            note("B after CLI, IF=" + (ops.readEflags() >>> 9 & 1) + " " + where());
            ops.intN(TRAP);
        });
        boot(Eflags.RESERVED_ONE | Eflags.IF, () -> {
            ops.call(ENTER_B);
            int errorCodeAt = ops.read32(SAVED_B);
            note("A saw #GP(" + ops.read32(errorCodeAt) + ") at " + frame(4));
            int flagsAt = errorCodeAt + 12;
            ops.write32(flagsAt, ops.read32(flagsAt) | 1 << 12);
            ops.write32(SAVED_B, errorCodeAt + 4);
            ops.call(ENTER_B);
            note("A saw INT at " + frame(0));
        });
        run();
        assertEquals(List.of(
            "B before CLI, IF=1 on task@00200000",
            "A saw #GP(0) at 00200000 19 00070000 on boot",
            "B after CLI, IF=0 CS=19 EIP=00200000 ESP=00070000 on task@00200000",
            "A saw INT at 00200000 19 00070000 on boot"), log);
    }

    /**
     * The APIC timer interrupts B's Java at a boundary; its handler leaves for A, which acknowledges
     * it and resumes B. (The count leaves A time to enter B first; "B starts" coming first shows
     * that the interrupt came while B's Java ran, not at the IRET into it.)
     */
    @Test
    void anExternalInterruptWhoseHandlerSwitchesToTheHostResumesTheInterruptedOperation() {
        core.bind(GUEST, "guest", () -> {
            note("B starts");
            for (int i = 0; i < 20; i++) {
                ops.work(1000);
            }
            note("B worked " + where());
            ops.intN(TRAP);
        });
        boot(Eflags.RESERVED_ONE | Eflags.IF, () -> {
            ops.write32(LocalApic.BASE + LocalApic.SVR, LocalApic.SVR_ENABLE | 0xFF);
            ops.write32(LocalApic.BASE + LocalApic.TIMER_DIVIDE, 0xB);
            ops.write32(LocalApic.BASE + LocalApic.LVT_TIMER, TIMER);
            ops.write32(LocalApic.BASE + LocalApic.TIMER_INITIAL, 8000);
            ops.call(ENTER_B);
            // In-service register bits 64..95 are the word at ISR + 0x20; vector 65 is its bit 1.
            note("A saw the timer at " + frame(0) + ", ISR[65]=" + (ops.read32(LocalApic.BASE + LocalApic.ISR + 0x20) >>> 1 & 1));
            ops.write32(LocalApic.BASE + LocalApic.EOI, 0);
            ops.call(ENTER_B);
            note("A saw INT at " + frame(0));
        });
        run();
        assertEquals(List.of(
            "B starts on task@00200000",
            "A saw the timer at 00200000 19 00070000, ISR[65]=1 on boot",
            "B worked CS=19 EIP=00200000 ESP=00070000 on task@00200000",
            "A saw INT at 00200000 19 00070000 on boot"), log);
    }

    /**
     * B's Java leaves for ring-1 x86 (an IRET within ring 1 pops EIP, CS and EFLAGS only) (its thread now runs x86 with no Java code waiting); the
     * x86's INT leaves for A. B's thread has nothing of its own to resume, so it ends; A IRETs
     * into the x86 again and runs it inside its own call, as it runs any x86 guest.
     */
    @Test
    void x86ThatAContextJumpedToLeavesForTheHostAndTheHostRunsItOnAfterwards() {
        core.bind(GUEST, "guest", () -> {
            note("B enters x86");
            ops.push32(Eflags.RESERVED_ONE);
            ops.push32(GUEST_CODE);
            ops.push32(GUEST_X86);
            ops.iret();
            note("unreachable: the IRET ended B's Java code");
        });
        boot(Eflags.RESERVED_ONE, () -> {
            for (int i = 0; i < 3; i++) {
                ops.call(ENTER_B);
                note("A" + i + " frame " + frame(0) + " EBX=" + ops.getRegister(Registers.EBX));
            }
        });
        run();
        String afterInt = String.format("%08X", GUEST_X86 + 3);
        assertEquals(List.of(
            "B enters x86 on task@00200000",
            "A0 frame " + afterInt + " 19 00070000 EBX=1 on boot",
            "A1 frame " + afterInt + " 19 00070000 EBX=2 on boot",
            "A2 frame " + afterInt + " 19 00070000 EBX=3 on boot"), log);
    }
}
