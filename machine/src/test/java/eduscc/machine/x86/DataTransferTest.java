package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/** MOV in all its forms, MOVZX/MOVSX, XCHG, CBW/CWD and moves to and from segment registers. */
class DataTransferTest {
    @Test
    void movRegisterAndMemoryFormsInRealMode() {
        // mov [0x8000],ax ; mov bx,[0x8000] ; mov cl,bh ; mov word [0x8002],0x1234 ; mov byte [0x8004],0xAB
        TestMachine m = TestMachine.realMode("89 06 00 80  8B 1E 00 80  88 F9  C7 06 02 80 34 12  C6 06 04 80 AB");
        m.regs.set(EAX, 0xFFFF5678);
        m.steps(5);
        assertEquals(0x5678, m.read16(0x8000));
        assertEquals(0x5678, m.reg(EBX));
        assertEquals(0x56, m.reg(ECX));
        assertEquals(0x1234, m.read16(0x8002));
        assertEquals(0xAB, m.read8(0x8004));
        assertEquals(0, m.read8(0x8005), "a byte store writes one byte");
    }

    @Test
    void movImmediateToRegistersInBothSizes() {
        TestMachine m = TestMachine.protectedMode("B0 12  B4 34  66 BB 78 56  B9 EF CD AB 89");
        m.regs.set(EBX, 0xFFFFFFFF);
        m.steps(4);
        assertEquals(0x3412, m.eax());
        assertEquals(0xFFFF5678, m.reg(EBX));
        assertEquals(0x89ABCDEF, m.reg(ECX));
    }

    @Test
    void movDwordImmediateToMemoryAfterTheDisplacement() {
        TestMachine m = TestMachine.protectedMode("C7 44 24 04 78 56 34 12");   // mov dword [esp+4], 0x12345678
        m.step();
        assertEquals(0x12345678, m.read32(TestMachine.PM_STACK + 4));
    }

    @Test
    void movAccumulatorToAndFromMemoryOffsets() {
        // mov ax,[0x8000] ; mov [0x8010],al ; 32-bit: mov eax,[0x8000] via 66 67 A1 ; fs: mov [0x20],ax
        TestMachine m = TestMachine.realMode("A1 00 80  A2 10 80  66 67 A1 00 80 00 00  64 A3 20 00");
        m.regs.segment(Registers.FS).loadReal(0x0900);
        m.write32(0x8000, 0xCAFEBABE);
        m.step();
        assertEquals(0xBABE, m.eax());
        m.step();
        assertEquals(0xBE, m.read8(0x8010));
        m.step();
        assertEquals(0xCAFEBABE, m.eax());
        m.step();
        assertEquals(0xBABE, m.read16(0x9020), "FS base 0x9000 + 0x20");
    }

    @Test
    void movzxAndMovsx() {
        // movzx eax,bl ; movsx ecx,bl ; movzx edx,bx ; movsx eax,bx ; o16 movsx ax,bl
        TestMachine m = TestMachine.protectedMode("0F B6 C3  0F BE CB  0F B7 D3  0F BF C3  66 0F BE C3");
        m.regs.set(EBX, 0x12348080);
        m.step();
        assertEquals(0x80, m.eax());
        m.step();
        assertEquals(0xFFFFFF80, m.reg(ECX));
        m.step();
        assertEquals(0x8080, m.reg(EDX));
        m.step();
        assertEquals(0xFFFF8080, m.eax());
        m.regs.set(EAX, 0x11110000);
        m.step();
        assertEquals(0x1111FF80, m.eax());
    }

    @Test
    void xchgRegistersAccumulatorAndMemory() {
        TestMachine m = TestMachine.protectedMode("87 D9  93  86 05 00 80 00 00  90");   // xchg ecx,ebx ; xchg eax,ebx ; xchg [0x8000],al ; nop
        m.regs.set(EAX, 0xA1);
        m.regs.set(EBX, 0xB2);
        m.regs.set(ECX, 0xC3);
        m.write8(0x8000, 0x5A);
        m.steps(2);
        assertEquals(0xC3, m.eax());
        assertEquals(0xA1, m.reg(EBX));
        assertEquals(0xB2, m.reg(ECX));
        m.step();
        assertEquals(0x5A, m.eax());
        assertEquals(0xC3, m.read8(0x8000));
        m.step();
        assertEquals(TestMachine.PM_CODE + 10, m.regs.eip);
    }

    @Test
    void signExtensionsOfTheAccumulator() {
        TestMachine m = TestMachine.realMode("98  99  66 98  66 99");    // cbw ; cwd ; cwde ; cdq
        m.regs.set(EAX, 0x12340080);
        m.step();
        assertEquals(0x1234FF80, m.eax());
        m.step();
        assertEquals(0xFFFF, m.reg(EDX));
        m.step();
        assertEquals(0xFFFFFF80, m.eax());
        m.regs.set(EAX, 0x7FFFFFFF);
        m.step();
        assertEquals(0, m.reg(EDX));
    }

    @Test
    void realModeSegmentLoadSetsBaseToSelectorTimesSixteen() {
        TestMachine m = TestMachine.realMode("B8 00 20  8E C0  8C C3  26 A1 10 00");   // mov ax,0x2000 ; mov es,ax ; mov bx,es ; mov ax,es:[0x10]
        m.write16(0x20010, 0x4242);
        m.steps(3);
        assertEquals(0x2000, m.regs.segment(Registers.ES).selector());
        assertEquals(0x20000, m.regs.segment(Registers.ES).base());
        assertEquals(0x2000, m.reg(EBX));
        m.step();
        assertEquals(0x4242, m.eax());
    }

    @Test
    void movToCsIsUd() {
        CpuFault f = TestMachine.realMode("8E C8").fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().contains("CS is loaded only by far transfers"), f.getMessage());
    }

    @Test
    void protectedModeSegmentLoadChecksTheDescriptor() {
        TestMachine m = TestMachine.protectedMode("8E D8");               // mov ds, ax
        m.regs.set(EAX, TestMachine.TSS_SELECTOR);
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(TestMachine.TSS_SELECTOR, f.errorCode());
        assertEquals(TestMachine.DATA0, m.regs.ds().selector(), "DS unchanged");
    }

    @Test
    void nullSelectorInDsLoadsButUsingItFaults() {
        TestMachine m = TestMachine.protectedMode("8E D8  A1 00 80 00 00");
        m.regs.set(EAX, 0);
        m.step();
        assertEquals(0, m.regs.ds().selector());
        assertEquals(Vector.GP, m.fault().vector());
    }

    @Test
    void movFromSegmentRegisterZeroExtendsIntoA32BitRegister() {
        TestMachine m = TestMachine.protectedMode("8C D0  8C 1D 00 80 00 00");   // mov eax,ss ; mov [0x8000],ds
        m.regs.set(EAX, 0xFFFFFFFF);
        m.write32(0x8000, 0xFFFFFFFF);
        m.steps(2);
        assertEquals(TestMachine.DATA0, m.eax());
        assertEquals(0xFFFF0010, m.read32(0x8000), "the store writes 16 bits");
    }

    @Test
    void movSsRecordsOneSegmentLoadInTheTrace() {
        TestMachine m = TestMachine.protectedMode("8E D0");
        m.regs.set(EAX, TestMachine.DATA0);
        int before = m.events(eduscc.machine.trace.TraceEvent.SegmentLoad.class).size();
        m.step();
        assertEquals(before + 1, m.events(eduscc.machine.trace.TraceEvent.SegmentLoad.class).size());
    }
}
