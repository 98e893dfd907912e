package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBP;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDI;
import static eduscc.machine.cpu.Registers.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/**
 * The ModR/M, SIB and displacement forms of SDM Vol. 2 Tables 2-1 to 2-3, the default segments
 * (SS for (E)BP and ESP bases), segment-override prefixes and the 0x67 address-size prefix.
 */
class AddressingTest {
    /** Real mode with DS base 0, SS base 0x10000, ES base 0x20000, so each segment is told apart by where it reads. */
    private static TestMachine realWithSegments(String code) {
        TestMachine m = TestMachine.realMode(code);
        m.regs.ss().loadReal(0x1000);
        m.regs.segment(Registers.ES).loadReal(0x2000);
        return m;
    }

    @Test
    void sixteenBitFormsAddTheirRegistersAndDisplacements() {
        // mov ax,[bx+si] ; mov ax,[bx+di+2] ; mov ax,[si] ; mov ax,[di] ; mov ax,[0x8000] ; mov ax,[bx] ; mov ax,[bx+0x100]
        TestMachine m = realWithSegments("8B 00  8B 41 02  8B 04  8B 05  8B 06 00 80  8B 07  8B 87 00 01");
        m.regs.set(EBX, 0x8000);
        m.regs.set(ESI, 0x10);
        m.regs.set(EDI, 0x20);
        for (int a = 0x8000; a < 0x8200; a += 2) {
            m.write16(a, a);
        }
        m.write16(0x10, 0x1010);
        m.write16(0x20, 0x2020);
        int[] expected = {0x8010, 0x8022, 0x1010, 0x2020, 0x8000, 0x8000, 0x8100};
        for (int e : expected) {
            m.step();
            assertEquals(e, m.eax() & 0xFFFF);
        }
    }

    @Test
    void bpBasedSixteenBitFormsUseTheStackSegment() {
        TestMachine m = realWithSegments("8B 42 FE  8B 46 04  8B 03");     // mov ax,[bp+si-2] ; mov ax,[bp+4] ; mov ax,[bp+di]
        m.regs.set(EBP, 0x100);
        m.regs.set(ESI, 0x10);
        m.write16(0x10000 + 0x10E, 0x1111);
        m.write16(0x10000 + 0x104, 0x2222);
        m.write16(0x10000 + 0x100, 0x3333);
        m.steps(3);
        assertEquals(0x3333, m.eax());
        m.regs.eip = TestMachine.REAL_CODE;
        m.steps(1);
        assertEquals(0x1111, m.eax());
    }

    @Test
    void sixteenBitEffectiveAddressWrapsAt64K() {
        TestMachine m = TestMachine.realMode("8B 00");                   // mov ax,[bx+si]
        m.regs.set(EBX, 0xFFFF);
        m.regs.set(ESI, 0x0003);
        m.write16(0x0002, 0xBEEF);
        m.step();
        assertEquals(0xBEEF, m.eax());
    }

    @Test
    void segmentOverrideReplacesTheDefaultSegment() {
        TestMachine m = realWithSegments("26 8B 07  3E 8B 46 00");        // mov ax,es:[bx] ; mov ax,ds:[bp]
        m.regs.set(EBX, 0x10);
        m.regs.set(EBP, 0x20);
        m.write16(0x20010, 0xE5E5);
        m.write16(0x00020, 0xD5D5);
        m.step();
        assertEquals(0xE5E5, m.eax());
        m.step();
        assertEquals(0xD5D5, m.eax());
    }

    @Test
    void thirtyTwoBitFormsWithSibScaleAndDisplacement() {
        // mov eax,[ebx+ecx*4] ; mov eax,[eax+ecx*4+0x100] ; mov eax,[0x8000] ; mov eax,[ecx*8+0x7FF0] (SIB without base)
        TestMachine m = TestMachine.protectedMode("8B 04 8B  8B 84 88 00 01 00 00  8B 05 00 80 00 00  8B 04 CD F0 7F 00 00");
        m.regs.set(EBX, 0x8000);
        m.regs.set(ECX, 2);
        m.write32(0x8008, 0x11111111);
        m.step();
        assertEquals(0x11111111, m.eax());
        m.regs.set(EAX, 0x7F00);
        m.write32(0x7F00 + 8 + 0x100, 0x22222222);
        m.step();
        assertEquals(0x22222222, m.eax());
        m.write32(0x8000, 0x33333333);
        m.step();
        assertEquals(0x33333333, m.eax());
        m.step();
        assertEquals(0x33333333, m.eax(), "0x7FF0 + 2*8 = 0x8000");
    }

    @Test
    void espAndEbpBasesUseTheStackSegment() {
        TestMachine m = TestMachine.protectedMode("8B 44 24 04  8B 45 08  8B 04 2C");  // [esp+4] ; [ebp+8] ; [esp+ebp]
        m.core.segmentation().loadData(Registers.SS, TestMachine.SMALL_STACK);
        m.regs.setEsp(0x800);
        m.regs.set(EBP, 0x900);
        m.write32(0x804, 0x44);
        m.write32(0x908, 0x55);
        m.step();
        assertEquals(0x44, m.eax());
        m.step();
        assertEquals(0x55, m.eax());
        m.regs.set(EBP, 0x900);
        CpuFault f = m.fault();
        assertEquals(Vector.SS, f.vector(), "0x800 + 0x900 is beyond the 0xFFF limit of SS, not of DS");
    }

    @Test
    void ebpAsIndexDoesNotSelectTheStackSegment() {
        TestMachine m = TestMachine.protectedMode("8B 04 2B");             // mov eax,[ebx+ebp]
        m.core.segmentation().loadData(Registers.SS, TestMachine.SMALL_STACK);
        m.regs.set(EBX, 0x8000);
        m.regs.set(EBP, 0x10);
        m.write32(0x8010, 0x66);
        m.step();
        assertEquals(0x66, m.eax());
    }

    @Test
    void addressSizePrefixGivesRealModeCodeThirtyTwoBitAddressing() {
        // mov ax,[ebx] ; mov eax,[ecx*4+0x8000] (o32 a32)
        TestMachine m = TestMachine.realMode("67 8B 03  67 66 8B 04 8D 00 80 00 00");
        m.regs.set(EBX, 0x00009000);
        m.regs.set(ECX, 1);
        m.write16(0x9000, 0x1234);
        m.write32(0x8004, 0x89ABCDEF);
        m.step();
        assertEquals(0x1234, m.eax());
        m.step();
        assertEquals(0x89ABCDEF, m.eax());
    }

    @Test
    void realModeThirtyTwoBitOffsetBeyond64KFaults() {
        TestMachine m = TestMachine.realMode("67 8B 03");
        m.regs.set(EBX, 0x00010000);
        assertEquals(Vector.GP, m.fault().vector());
    }

    @Test
    void addressSizePrefixGivesProtectedModeSixteenBitAddressing() {
        TestMachine m = TestMachine.protectedMode("67 8B 07");            // mov eax,[bx]
        m.regs.set(EBX, 0x12348000);
        m.write32(0x8000, 0x77);
        m.step();
        assertEquals(0x77, m.eax());
    }

    @Test
    void leaComputesTheOffsetInTheOperandSize() {
        // lea eax,[ebx+ecx*2+5] ; lea ax,[ebx+ecx*2+5] ; lea eax,[bx+si+0xFFFF] (a16: wraps)
        TestMachine m = TestMachine.protectedMode("8D 44 4B 05  66 8D 44 4B 05  67 8D 80 FF FF");
        m.regs.set(EBX, 0x00120000);
        m.regs.set(ECX, 0x10);
        m.regs.set(ESI, 0x2);
        m.step();
        assertEquals(0x00120025, m.eax());
        m.regs.set(EAX, 0xFFFFFFFF);
        m.step();
        assertEquals(0xFFFF0025, m.eax());
        m.step();
        assertEquals(0x00000001, m.eax(), "16-bit address 0x0000+2+0xFFFF wraps to 1, zero-extended");
    }

    @Test
    void leaWithARegisterOperandIsUd() {
        TestMachine m = TestMachine.protectedMode("8D C0");
        CpuFault f = m.fault();
        assertEquals(Vector.UD, f.vector());
        assertEquals("LEA needs a memory operand: 8D C0 at 0008:00100000", f.getMessage());
    }

    @Test
    void memoryAccessCostsThreeMoreWhenMisaligned() {
        TestMachine m = TestMachine.protectedMode("8B 05 00 80 00 00  8B 05 01 80 00 00");
        m.step();
        assertEquals(1, m.core.cycles());
        m.step();
        assertEquals(1 + 1 + 3, m.core.cycles());
    }
}
