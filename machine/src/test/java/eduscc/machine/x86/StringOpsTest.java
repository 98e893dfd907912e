package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDI;
import static eduscc.machine.cpu.Registers.ESI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/** STOS, LODS and MOVS with and without REP: direction, address size, overrides, restart after a fault. */
class StringOpsTest {
    @Test
    void repStosbFillsCxBytesAtEsDi() {
        TestMachine m = TestMachine.realMode("F3 AA");
        m.regs.segment(Registers.ES).loadReal(0x0800);
        m.regs.set(EDI, 0x0010);
        m.regs.set(ECX, 0xFFFF0005);
        m.regs.set(EAX, 0xAA);
        m.step();
        for (int i = 0; i < 5; i++) {
            assertEquals(0xAA, m.read8(0x8010 + i));
        }
        assertEquals(0, m.read8(0x8015));
        assertEquals(0x0015, m.reg(EDI));
        assertEquals(0xFFFF0000, m.reg(ECX), "only CX counts with 16-bit addresses");
        assertEquals(0x7C02, m.regs.eip);
        assertEquals(InstructionCosts.REP_BASE + 5, m.core.cycles());
    }

    @Test
    void repStosdWithDirectionFlagGoesDown() {
        TestMachine m = TestMachine.protectedMode("FD  F3 AB");
        m.regs.set(EDI, 0x800C);
        m.regs.set(ECX, 3);
        m.regs.set(EAX, 0x11223344);
        m.steps(2);
        assertEquals(0x11223344, m.read32(0x800C));
        assertEquals(0x11223344, m.read32(0x8004));
        assertEquals(0, m.read32(0x8000));
        assertEquals(0x8000, m.reg(EDI));
    }

    @Test
    void repMovswCopiesWordsAndHonoursTheSourceOverride() {
        TestMachine m = TestMachine.realMode("F3 26 A5");                  // rep movsw with source es:
        m.regs.segment(Registers.ES).loadReal(0x1000);
        m.regs.set(ESI, 0x0100);
        m.regs.set(EDI, 0x0200);
        m.regs.set(ECX, 2);
        m.write32(0x10100, 0xCAFEF00D);
        m.step();
        assertEquals(0xCAFEF00D, m.read32(0x10200), "source and destination both in ES");
        assertEquals(0x0104, m.reg(ESI));
        assertEquals(0x0204, m.reg(EDI));
    }

    @Test
    void movsbWithoutRepMovesOneByteAndWrapsSixteenBitIndexes() {
        TestMachine m = TestMachine.realMode("A4");
        m.regs.set(ESI, 0xFFFF);
        m.regs.set(EDI, 0x8000);
        m.write8(0xFFFF, 0x5C);
        m.step();
        assertEquals(0x5C, m.read8(0x8000));
        assertEquals(0x0000, m.reg(ESI));
        assertEquals(InstructionCosts.STRING_SINGLE, m.core.cycles());
    }

    @Test
    void lodsLoadsTheAccumulator() {
        TestMachine m = TestMachine.protectedMode("AC  AD  66 AD");
        m.regs.set(ESI, 0x8000);
        m.write32(0x8000, 0x04030201);
        m.write32(0x8004, 0x08070605);
        m.write32(0x8008, 0x0C0B0A09);
        m.step();
        assertEquals(0x01, m.eax() & 0xFF);
        m.step();
        assertEquals(0x05040302, m.eax(), "the dword after the byte");
        m.step();
        assertEquals(0x0706, m.eax() & 0xFFFF);
        assertEquals(0x8000 + 1 + 4 + 2, m.reg(ESI));
    }

    @Test
    void repWithZeroCountDoesNothing() {
        TestMachine m = TestMachine.protectedMode("F3 AB");
        m.regs.set(EDI, 0x8000);
        m.regs.set(ECX, 0);
        m.regs.set(EAX, -1);
        m.step();
        assertEquals(0, m.read32(0x8000));
        assertEquals(TestMachine.PM_CODE + 2, m.regs.eip);
    }

    @Test
    void addressSizePrefixMakesRealModeRepUseEcxAndEdi() {
        TestMachine m = TestMachine.realMode("67 F3 AA");
        m.regs.set(ECX, 0x00010001);
        m.regs.set(EDI, 0x00018000 - 0x10000);
        m.regs.segment(Registers.ES).loadReal(0);
        m.regs.segment(Registers.ES).load(0, 0, 0xFFFFFFFF, 0x93, false);    // "unreal" ES with a 4 GiB limit
        m.regs.set(EAX, 0x77);
        while (m.regs.eip == TestMachine.REAL_CODE) {
            m.step();
        }
        assertEquals(0x77, m.read8(0x18000), "0x10001 bytes from 0x8000 end at 0x18000");
        assertEquals(0, m.reg(ECX), "CX alone would have stopped after one byte");
        assertEquals(0x18001, m.reg(EDI));
    }

    @Test
    void longRepRunsInChunksWithEipOnTheInstructionBetweenThem() {
        TestMachine m = TestMachine.protectedMode("F3 AA  F4");
        m.regs.set(EDI, 0x10000);
        m.regs.set(ECX, StringOps.CHUNK + 10);
        m.regs.set(EAX, 0x3C);
        m.step();
        assertEquals(10, m.reg(ECX));
        assertEquals(TestMachine.PM_CODE, m.regs.eip, "the REP restarts to do the rest");
        m.step();
        assertEquals(0, m.reg(ECX));
        assertEquals(TestMachine.PM_CODE + 2, m.regs.eip);
        assertEquals(0x3C, m.read8(0x10000 + StringOps.CHUNK + 9));
    }

    @Test
    void faultInTheMiddleOfRepLeavesTheProgressSoTheRestartContinues() {
        TestMachine m = TestMachine.protectedMode("F3 AB");
        m.core.segmentation().loadData(Registers.ES, TestMachine.SMALL_STACK);
        m.regs.set(EDI, 0xFF8);
        m.regs.set(ECX, 4);
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(2, m.reg(ECX), "two dwords were stored");
        assertEquals(0x1000, m.reg(EDI));
        assertEquals(TestMachine.PM_CODE, m.regs.eip);
        assertEquals(0, m.regs.eflags & Eflags.DF);
    }
}
