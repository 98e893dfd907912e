package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reset path a real boot stub takes (SDM Vol. 3A §9.9.1 "Switching to Protected Mode"; facts
 * D.6): from the reset vector at 0xFFFFFFF0 through LGDT, CR0.PE and the far jump into 32-bit code.
 */
class BootSequenceTest {
    /** Real-mode stub in the top page; the offsets are IPs with CS base 0xFFFF0000. */
    private static TestMachine bootImage() {
        TestMachine m = TestMachine.afterReset();
        m.load(0xFFFFFFF0, "EB 8E");                       // FFF0: jmp short FF80
        m.load(0xFFFFFF80, String.join(" ",
            "FA",                                          // FF80: cli
            "66 2E 0F 01 16 D8 FF",                        // FF81: o32 lgdt [cs:FFD8]
            "0F 20 C0",                                    // FF88: mov eax, cr0
            "0C 01",                                       // FF8B: or al, 1
            "0F 22 C0",                                    // FF8D: mov cr0, eax
            "66 EA 00 00 10 00 08 00"));                   // FF90: jmp dword 0x08:0x00100000
        m.put(0xFFFFFFC0, SegmentDescriptor.nullDescriptor().toBytes());
        m.put(0xFFFFFFC8, SegmentDescriptor.flatCode(0).toBytes());
        m.put(0xFFFFFFD0, SegmentDescriptor.flatData(0).toBytes());
        m.load(0xFFFFFFD8, "17 00 C0 FF FF FF");           // FFD8: GDT limit 0x17, base 0xFFFFFFC0
        m.load(0x100000, String.join(" ",
            "66 B8 10 00",                                 // mov ax, 0x10
            "8E D8",                                       // mov ds, ax
            "8E D0",                                       // mov ss, ax
            "BC 00 00 09 00",                              // mov esp, 0x90000
            "B8 02 B0 AD 2B",                              // mov eax, 0x2BADB002
            "F4"));                                        // hlt
        return m;
    }

    @Test
    void resetVectorReachesProtectedModeAndHalts() {
        TestMachine m = bootImage();
        assertEquals("core 0: halted", m.runUntilStopped());

        Registers regs = m.regs;
        assertTrue((regs.cr0 & ControlBits.CR0_PE) != 0, "CR0.PE set");
        SegmentRegister cs = regs.cs();
        assertEquals(0x08, cs.selector());
        assertEquals(0, cs.base());
        assertEquals(0xFFFFFFFF, cs.limit());
        assertTrue(cs.big(), "CS is a 32-bit code segment");
        assertEquals(0x10, regs.ds().selector());
        assertEquals(0x10, regs.ss().selector());
        assertTrue(regs.ss().big(), "SS is a 32-bit stack");
        assertEquals(0x90000, regs.esp());
        assertEquals(0x2BADB002, regs.get(Registers.EAX));
        assertEquals(0x100000 + 19, regs.eip, "EIP after the HLT");
        assertEquals(0xFFFFFFC0, regs.gdtrBase);
        assertEquals(0x17, regs.gdtrLimit);
        assertEquals(0, regs.eflags & Eflags.IF, "CLI cleared IF");
    }

    @Test
    void bootTraceShowsTheModeSwitchStepsInOrder() {
        TestMachine m = bootImage();
        m.runUntilStopped();
        List<String> kinds = m.trace.entries().stream().map(TraceEntry::event)
            .map(TraceEvent::kind).toList();
        assertEquals(List.of("TableRegisterLoad", "ControlRegisterWrite", "ModeSwitch", "SegmentLoad", "FarJump",
            "SegmentLoad", "SegmentLoad", "Halt"), kinds, "the far jump's CS load is traced before the jump itself");
        TraceEvent.FarJump jump = m.events(TraceEvent.FarJump.class).get(0);
        assertEquals(new TraceEvent.FarJump(0x08, 0x100000, "protected32"), jump);
        assertEquals(new TraceEvent.ModeSwitch("real", "protected", 0x60000011),
            m.events(TraceEvent.ModeSwitch.class).get(0));
        List<TraceEvent.SegmentLoad> loads = m.events(TraceEvent.SegmentLoad.class);
        assertEquals("cs", loads.get(0).register());
        assertEquals(0x08, loads.get(0).selector());
        assertEquals("ds", loads.get(1).register());
        assertEquals("ss", loads.get(2).register());
        assertEquals(0x10, loads.get(2).selector());
        assertEquals(0x93, loads.get(2).access(), "the data descriptor is marked accessed");
    }

    @Test
    void theFarJumpMarksTheCodeDescriptorAccessedInTheGdtInMemory() {
        TestMachine m = bootImage();
        m.runUntilStopped();
        assertEquals(0x9B, m.read8(0xFFFFFFC8 + 5));
    }

    @Test
    void bootStubCostsTheSumOfItsInstructions() {
        TestMachine m = bootImage();
        m.runUntilStopped();
        int expected = InstructionCosts.JMP
            + InstructionCosts.CLI
            + InstructionCosts.LGDT
            + InstructionCosts.MISALIGNED // the base dword at FFDA is not 4-aligned
            + InstructionCosts.MOV_FROM_CR
            + InstructionCosts.ALU
            + InstructionCosts.MOV_TO_CR
            + InstructionCosts.JMP_FAR
            + InstructionCosts.MOV
            + InstructionCosts.MOV_SREG_PM
            + InstructionCosts.MOV_SS_PM
            + InstructionCosts.MOV
            + InstructionCosts.MOV
            + InstructionCosts.HLT;
        assertEquals(expected, m.core.cycles());
    }
}
