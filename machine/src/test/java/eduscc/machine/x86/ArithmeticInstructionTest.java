package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/** The arithmetic, logic, shift, multiply, divide and bit instructions in their encodings, in real and protected mode. */
class ArithmeticInstructionTest {
    private static String status(TestMachine m) {
        return Eflags.describe(m.regs.eflags & Flags.STATUS);
    }

    @Test
    void realModeAddAccumulatorImmediateIs16BitAnd0x66Makes32Bit() {
        TestMachine m = TestMachine.realMode("05 34 12  66 05 78 56 34 12");
        m.regs.set(EAX, 0xAAAA0001);
        m.step();
        assertEquals(0xAAAA1235, m.eax(), "only AX changes");
        m.step();
        assertEquals(0xBCDE68AD, m.eax());
    }

    @Test
    void protectedModeAddIs32BitAnd0x66Makes16Bit() {
        TestMachine m = TestMachine.protectedMode("01 D8  66 01 D8");   // add eax, ebx ; add ax, bx
        m.regs.set(EAX, 0x0000FFFF);
        m.regs.set(EBX, 0x00000001);
        m.step();
        assertEquals(0x00010000, m.eax());
        m.regs.set(EAX, 0x1234FFFF);
        m.step();
        assertEquals(0x12340000, m.eax());
        assertEquals("CF PF AF ZF", status(m));
    }

    @Test
    void byteRegistersAddressAhThroughBh() {
        TestMachine m = TestMachine.realMode("00 E0  02 FC");           // add al, ah ; add bh, ah
        m.regs.set(EAX, 0x0305);
        m.regs.set(EBX, 0x1000);
        m.steps(2);
        assertEquals(0x0308, m.eax());
        assertEquals(0x1300, m.reg(EBX));
    }

    @Test
    void addRegisterToMemoryIsReadModifyWrite() {
        TestMachine m = TestMachine.realMode("01 07");                  // add [bx], ax
        m.regs.set(EBX, 0x8000);
        m.regs.set(EAX, 0x0002);
        m.write16(0x8000, 0xFFFF);
        m.step();
        assertEquals(0x0001, m.read16(0x8000));
        assertEquals("CF AF", status(m));
    }

    @Test
    void group1SignExtendsItsByteImmediate() {
        TestMachine m = TestMachine.protectedMode("83 C0 FF  83 E8 FF");  // add eax, -1 ; sub eax, -1
        m.regs.set(EAX, 5);
        m.step();
        assertEquals(4, m.eax());
        assertEquals("CF AF", status(m), "5 + 0xFFFFFFFF carries, also out of the low nibble");
        m.step();
        assertEquals(5, m.eax());
    }

    @Test
    void cmpByteMemoryImmediateSetsFlagsWithoutStoring() {
        TestMachine m = TestMachine.realMode("80 3E 00 80 05");         // cmp byte [0x8000], 5
        m.write8(0x8000, 3);
        m.step();
        assertEquals(3, m.read8(0x8000));
        assertEquals("CF AF SF", status(m), "3 - 5 = 0xFE borrows");
    }

    @Test
    void adcAndSbbChainAcrossWords() {
        // add ax, cx ; adc dx, bx  (DX:AX += BX:CX)  then sub ax, cx ; sbb dx, bx
        TestMachine m = TestMachine.realMode("01 C8  11 DA  29 C8  19 DA");
        m.regs.set(EAX, 0xFFFF);
        m.regs.set(EDX, 0x0001);
        m.regs.set(ECX, 0x0001);
        m.regs.set(EBX, 0x0000);
        m.steps(2);
        assertEquals(0x0000, m.eax());
        assertEquals(0x0002, m.reg(EDX));
        m.steps(2);
        assertEquals(0xFFFF, m.eax());
        assertEquals(0x0001, m.reg(EDX));
    }

    @Test
    void logicOpsAndTestForms() {
        TestMachine m = TestMachine.protectedMode("21 D8  09 C8  31 C0  85 DB  A8 01  F6 C3 80");
        m.regs.set(EAX, 0xF0F0);
        m.regs.set(EBX, 0x0FF0);
        m.regs.set(ECX, 0x0001);
        m.step();
        assertEquals(0x00F0, m.eax());
        m.step();
        assertEquals(0x00F1, m.eax());
        m.step();
        assertEquals(0, m.eax());
        assertEquals("PF ZF", status(m));
        m.step();                                                        // test ebx, ebx
        assertEquals("PF", status(m));
        m.step();                                                        // test al, 1
        assertEquals("PF ZF", status(m));
        m.step();                                                        // test bl, 0x80
        assertEquals("SF", status(m));
        assertEquals(0x0FF0, m.reg(EBX));
    }

    @Test
    void incAndDecKeepCarryInBothForms() {
        TestMachine m = TestMachine.realMode("40  48  FE 07  FF 0F");     // inc ax; dec ax; inc byte [bx]; dec word [bx]
        m.regs.eflags |= Eflags.CF;
        m.regs.set(EAX, 0xFFFF);
        m.regs.set(EBX, 0x8000);
        m.write16(0x8000, 0x00FF);
        m.step();
        assertEquals(0, m.eax());
        assertEquals("CF PF AF ZF", status(m));
        m.step();
        assertEquals(0xFFFF, m.eax());
        m.step();
        assertEquals(0x0000, m.read16(0x8000), "the byte wraps to 0; the next byte is untouched");
        m.step();
        assertEquals(0xFFFF, m.read16(0x8000));
        assertTrue((m.regs.eflags & Eflags.CF) != 0);
    }

    @Test
    void notAndNeg() {
        TestMachine m = TestMachine.protectedMode("F7 D0  F7 D8  66 F7 1D 00 80 00 00");
        m.regs.set(EAX, 0x0000FFFF);
        m.step();
        assertEquals(0xFFFF0000, m.eax());
        m.step();
        assertEquals(0x00010000, m.eax());
        assertEquals("CF PF", status(m));
        m.write16(TestMachine.DATA, 0x8000);
        m.step();                                                        // neg word [0x8000]
        assertEquals(0x8000, m.read16(TestMachine.DATA));
        assertEquals("CF PF SF OF", status(m));
    }

    @Test
    void mulWidensIntoTheAccumulatorPair() {
        TestMachine m = TestMachine.realMode("F6 E3  F7 E3");            // mul bl ; mul bx
        m.regs.set(EAX, 0x0080);
        m.regs.set(EBX, 0x0002);
        m.step();
        assertEquals(0x0100, m.eax());
        assertEquals("CF OF", status(m));
        m.regs.set(EAX, 0xFFFF);
        m.regs.set(EBX, 0xFFFF);
        m.step();
        assertEquals(0x0001, m.eax());
        assertEquals(0xFFFE, m.reg(EDX));
    }

    @Test
    void mul32AndImul32() {
        TestMachine m = TestMachine.protectedMode("F7 E3  F7 EB");       // mul ebx ; imul ebx
        m.regs.set(EAX, 0x80000000);
        m.regs.set(EBX, 4);
        m.step();
        assertEquals(0, m.eax());
        assertEquals(2, m.reg(EDX));
        assertEquals("CF OF", status(m));
        m.regs.set(EAX, -3);
        m.regs.set(EBX, 5);
        m.step();
        assertEquals(-15, m.eax());
        assertEquals(-1, m.reg(EDX));
        assertEquals("", status(m), "the product fits in EAX");
    }

    @Test
    void imulTwoAndThreeOperandForms() {
        // imul eax, ebx ; imul eax, ebx, -3 ; imul eax, ebx, 0x10000 ; imul ax, bx, 0x7FFF
        TestMachine m = TestMachine.protectedMode("0F AF C3  6B C3 FD  69 C3 00 00 01 00  66 69 C3 FF 7F");
        m.regs.set(EAX, 7);
        m.regs.set(EBX, 6);
        m.step();
        assertEquals(42, m.eax());
        m.step();
        assertEquals(-18, m.eax());
        m.regs.set(EBX, 0x10000);
        m.step();
        assertEquals(0, m.eax());
        assertEquals("CF OF", status(m), "2^32 does not fit");
        m.regs.set(EBX, 2);
        m.step();
        assertEquals(0xFFFE, m.eax() & 0xFFFF);
        assertEquals("CF OF", status(m));
    }

    @Test
    void divAndIdivGiveQuotientAndRemainder() {
        TestMachine m = TestMachine.realMode("F6 F3  F7 F3  F7 FB");     // div bl ; div bx ; idiv bx
        m.regs.set(EAX, 100);
        m.regs.set(EBX, 7);
        m.step();
        assertEquals((2 << 8) | 14, m.eax());
        m.regs.set(EDX, 0x0001);
        m.regs.set(EAX, 0x0000);
        m.step();
        assertEquals(0x2492, m.eax());
        assertEquals(0x0002, m.reg(EDX));
        m.regs.set(EDX, 0xFFFF);
        m.regs.set(EAX, 0xFFF9);                                         // DX:AX = -7
        m.regs.set(EBX, 2);
        m.step();
        assertEquals(0xFFFD, m.eax(), "quotient -3 (rounds toward zero)");
        assertEquals(0xFFFF, m.reg(EDX), "remainder -1");
    }

    @Test
    void divQuotientOverflowRaisesDe() {
        TestMachine m = TestMachine.realMode("F7 F3");
        m.regs.set(EDX, 0x0001);
        m.regs.set(EAX, 0x0000);
        m.regs.set(EBX, 1);
        CpuFault f = m.fault();
        assertEquals(Vector.DE, f.vector());
        assertEquals(0x7C00, m.regs.eip);
    }

    @Test
    void idivOfTheMostNegativeBy32BitMinusOneRaisesDe() {
        TestMachine m = TestMachine.protectedMode("F7 FB");
        m.regs.set(EDX, 0x80000000);
        m.regs.set(EAX, 0);
        m.regs.set(EBX, -1);
        assertEquals(Vector.DE, m.fault().vector());
        m.regs.set(EDX, -1);
        m.regs.set(EAX, 0x80000000);
        assertEquals(Vector.DE, m.fault().vector(), "-2^31 / -1 = 2^31 does not fit");
    }

    @Test
    void shiftsInTheirThreeCountForms() {
        // shl ax,1 ; shr ax,4 ; sar ax,cl ; rol al,1 ; ror al,3
        TestMachine m = TestMachine.realMode("D1 E0  C1 E8 04  D3 F8  D0 C0  C0 C8 03");
        m.regs.set(EAX, 0x4001);
        m.step();
        assertEquals(0x8002, m.eax());
        assertEquals("SF OF", status(m));
        m.step();
        assertEquals(0x0800, m.eax());
        m.regs.set(EAX, 0x8000);
        m.regs.set(ECX, 15);
        m.step();
        assertEquals(0xFFFF, m.eax());
        m.regs.set(EAX, 0x81);
        m.step();
        assertEquals(0x03, m.eax());
        m.step();
        assertEquals(0x60, m.eax());
    }

    @Test
    void shiftOfMemoryWritesBack() {
        TestMachine m = TestMachine.protectedMode("D1 25 00 80 00 00  D0 1D 00 80 00 00");  // shl dword [0x8000],1 ; rcr byte [0x8000],1
        m.write32(TestMachine.DATA, 0x80000001);
        m.step();
        assertEquals(0x00000002, m.read32(TestMachine.DATA));
        assertTrue((m.regs.eflags & Eflags.CF) != 0);
        m.step();
        assertEquals(0x81, m.read8(TestMachine.DATA), "CF rotated into bit 7");
    }

    @Test
    void bsfAndBsrFindTheLowestAndHighestSetBit() {
        TestMachine m = TestMachine.protectedMode("0F BC C3  0F BD CB");  // bsf eax, ebx ; bsr ecx, ebx
        m.regs.set(EBX, 0x00F0_1000);
        m.steps(2);
        assertEquals(12, m.eax());
        assertEquals(23, m.reg(ECX));
        assertEquals(0, m.regs.eflags & Eflags.ZF);
    }

    @Test
    void bsrOfZeroSetsZfAndLeavesTheDestination() {
        TestMachine m = TestMachine.realMode("0F BD C3");                // bsr ax, bx
        m.regs.set(EAX, 0x1234);
        m.regs.set(EBX, 0);
        m.step();
        assertEquals(0x1234, m.eax());
        assertTrue((m.regs.eflags & Eflags.ZF) != 0);
    }

    @Test
    void btCopiesTheBitIntoCarry() {
        TestMachine m = TestMachine.realMode("0F A3 D8  0F BA E0 05");   // bt ax, bx ; bt ax, 5
        m.regs.set(EAX, 0x0020);
        m.regs.set(EBX, 17);                                             // 17 mod 16 = bit 1
        m.step();
        assertEquals(0, m.regs.eflags & Eflags.CF);
        m.step();
        assertEquals(Eflags.CF, m.regs.eflags & Eflags.CF);
    }

    @Test
    void btWithMemoryAndLargeBitOffsetMovesTheAddress() {
        TestMachine m = TestMachine.protectedMode("0F A3 05 00 80 00 00  0F A3 1D 00 80 00 00");
        m.write32(TestMachine.DATA + 4, 0x8);                            // bit 35 of the bit string
        m.regs.set(EAX, 35);
        m.regs.set(EBX, -29);                                            // bit 3 of the dword before
        m.write32(TestMachine.DATA - 4, 0x8);
        m.step();
        assertEquals(Eflags.CF, m.regs.eflags & Eflags.CF);
        m.regs.eflags &= ~Eflags.CF;
        m.step();
        assertEquals(Eflags.CF, m.regs.eflags & Eflags.CF);
    }
}
