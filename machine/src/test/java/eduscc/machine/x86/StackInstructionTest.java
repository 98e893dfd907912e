package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBP;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDI;
import static eduscc.machine.cpu.Registers.EDX;
import static eduscc.machine.cpu.Registers.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import org.junit.jupiter.api.Test;

/** PUSH and POP in their register, immediate, memory and segment forms, PUSHA/POPA and PUSHF/POPF. */
class StackInstructionTest {
    private static final int S = TestMachine.PM_STACK;

    @Test
    void realModePushAndPopMoveSpByTwo() {
        TestMachine m = TestMachine.realMode("50  5B  66 50  66 5A");     // push ax ; pop bx ; push eax ; pop edx
        m.regs.set(EAX, 0x12345678);
        m.step();
        assertEquals(0x6FFE, m.regs.esp());
        assertEquals(0x5678, m.read16(0x6FFE));
        m.step();
        assertEquals(0x5678, m.reg(EBX));
        m.step();
        assertEquals(0x6FFC, m.regs.esp());
        m.step();
        assertEquals(0x12345678, m.reg(EDX));
        assertEquals(0x7000, m.regs.esp());
    }

    @Test
    void realModeSpWrapsWithinTheSixteenBitStack() {
        TestMachine m = TestMachine.realMode("50");
        m.regs.setEsp(0xABCD0000);
        m.regs.set(EAX, 0x4321);
        m.step();
        assertEquals(0xABCDFFFE, m.regs.esp(), "only SP moves on a 16-bit stack");
        assertEquals(0x4321, m.read16(0xFFFE));
    }

    @Test
    void pushImmediatesAreSignExtendedToTheOperandSize() {
        TestMachine m = TestMachine.protectedMode("6A FF  68 78 56 34 12  66 6A 80");
        m.steps(3);
        assertEquals(0xFFFFFFFF, m.read32(S - 4));
        assertEquals(0x12345678, m.read32(S - 8));
        assertEquals(0xFF80, m.read16(S - 10));
        assertEquals(S - 10, m.regs.esp());
    }

    @Test
    void pushEspPushesTheValueBeforeThePushAndPopEspLoadsThePoppedValue() {
        TestMachine m = TestMachine.protectedMode("54  5C");
        m.steps(1);
        assertEquals(S, m.read32(S - 4));
        m.step();
        assertEquals(S, m.regs.esp());
    }

    @Test
    void pushAndPopMemoryOperands() {
        TestMachine m = TestMachine.protectedMode("FF 35 00 80 00 00  8F 05 04 80 00 00");
        m.write32(0x8000, 0xDEADBEEF);
        m.steps(2);
        assertEquals(0xDEADBEEF, m.read32(0x8004));
        assertEquals(S, m.regs.esp());
    }

    @Test
    void popIntoAnEspBasedAddressUsesTheIncrementedEsp() {
        TestMachine m = TestMachine.protectedMode("8F 44 24 04");         // pop dword [esp+4]
        m.write32(S, 0x11223344);
        m.step();
        assertEquals(S + 4, m.regs.esp());
        assertEquals(0x11223344, m.read32(S + 8));
    }

    @Test
    void pushadAndPopadSaveAndRestoreAllRegistersButEsp() {
        TestMachine m = TestMachine.protectedMode("60  61");
        int[] values = {0xA, 0xC, 0xD, 0xB, S, 0xBB, 0x51, 0xD1};
        for (int r = 0; r < 8; r++) {
            m.regs.set(r, values[r]);
        }
        m.step();
        assertEquals(S - 32, m.regs.esp());
        assertEquals(0xD1, m.read32(S - 32), "EDI is pushed last");
        assertEquals(S, m.read32(S - 20), "the original ESP is in the frame");
        for (int r = 0; r < 8; r++) {
            if (r != Registers.ESP) {
                m.regs.set(r, 0);
            }
        }
        m.write32(S - 20, 0x12345);
        m.step();
        assertEquals(S, m.regs.esp(), "the saved ESP is skipped");
        assertEquals(0xA, m.eax());
        assertEquals(0xC, m.reg(ECX));
        assertEquals(0xD, m.reg(EDX));
        assertEquals(0xB, m.reg(EBX));
        assertEquals(0xBB, m.reg(EBP));
        assertEquals(0x51, m.reg(ESI));
        assertEquals(0xD1, m.reg(EDI));
    }

    @Test
    void realModePushaIsSixteenBit() {
        TestMachine m = TestMachine.realMode("60");
        m.step();
        assertEquals(0x7000 - 16, m.regs.esp());
    }

    @Test
    void pushfAndPopfRoundTripTheFlags() {
        TestMachine m = TestMachine.realMode("9C  9D");
        m.regs.eflags = Eflags.RESERVED_ONE | Eflags.CF | Eflags.ZF | Eflags.DF;
        m.step();
        assertEquals(Eflags.RESERVED_ONE | Eflags.CF | Eflags.ZF | Eflags.DF, m.read16(0x6FFE));
        m.write16(0x6FFE, Eflags.SF | Eflags.IF | 0x3000);
        m.step();
        assertEquals(Eflags.RESERVED_ONE | Eflags.SF | Eflags.IF | 0x3000, m.regs.eflags, "real mode may change IF and IOPL");
    }

    @Test
    void popfInRing3CannotChangeIfOrIopl() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("68 00 32 00 00  9D  F4");                           // push 0x3200 (IF, IOPL 3) ; popf ; hlt
        m.steps(2);
        assertEquals(0, m.regs.eflags & (Eflags.IF | Eflags.IOPL));
    }

    @Test
    void pushAndPopSegmentRegisters() {
        TestMachine m = TestMachine.realMode("1E  07  0F A0  0F A9");     // push ds ; pop es ; push fs ; pop gs
        m.regs.ds().loadReal(0x1234);
        m.regs.segment(Registers.FS).loadReal(0x0BAD);
        m.steps(4);
        assertEquals(0x1234, m.regs.segment(Registers.ES).selector());
        assertEquals(0x12340, m.regs.segment(Registers.ES).base());
        assertEquals(0x0BAD, m.regs.segment(Registers.GS).selector());
        assertEquals(0x7000, m.regs.esp());
    }

    @Test
    void protectedModePushSegmentTakesFourBytes() {
        TestMachine m = TestMachine.protectedMode("16  1F");               // push ss ; pop ds
        m.step();
        assertEquals(S - 4, m.regs.esp());
        assertEquals(TestMachine.DATA0, m.read32(S - 4));
        m.step();
        assertEquals(TestMachine.DATA0, m.regs.ds().selector());
    }
}
