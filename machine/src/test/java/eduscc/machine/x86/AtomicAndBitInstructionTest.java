package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/**
 * XADD, CMPXCHG, CMPXCHG8B, BTS/BTR/BTC and SHLD/SHRD with hand-computed results, flags and
 * cycles, and the #UD cases of their forms (SDM Vol. 2, each instruction's page).
 */
class AtomicAndBitInstructionTest {
    private static String status(TestMachine m) {
        return Eflags.describe(m.regs.eflags & Flags.STATUS);
    }

    @Test
    void xaddPutsTheSumInTheDestinationAndTheOldValueInTheSource() {
        TestMachine m = TestMachine.protectedMode("0F C1 D8");              // xadd eax, ebx
        m.regs.set(EAX, 0xFFFFFFFF);
        m.regs.set(EBX, 1);
        m.step();
        assertEquals(0, m.eax());
        assertEquals(0xFFFFFFFF, m.reg(EBX));
        assertEquals("CF PF AF ZF", status(m), "flags as ADD 0xFFFFFFFF + 1");
        assertEquals(InstructionCosts.XADD, m.core.cycles());
    }

    @Test
    void xaddOfARegisterWithItselfLeavesTheSum() {
        TestMachine m = TestMachine.protectedMode("0F C1 C0");              // xadd eax, eax
        m.regs.set(EAX, 3);
        m.step();
        assertEquals(6, m.eax());
    }

    @Test
    void lockXaddOnMemoryIsAFetchAndAddAtTheScCsLockedPrice() {
        TestMachine m = TestMachine.protectedMode("F0 0F C1 0D 00 80 00 00"); // lock xadd [0x8000], ecx
        m.write32(0x8000, 5);
        m.regs.set(ECX, 3);
        m.step();
        assertEquals(8, m.read32(0x8000));
        assertEquals(5, m.reg(ECX), "the value before the add");
        assertEquals("", status(m));
        assertEquals(InstructionCosts.LOCKED_RMW_SCC, m.core.cycles());
    }

    @Test
    void cmpxchgStoresTheSourceWhenTheAccumulatorMatches() {
        TestMachine m = TestMachine.protectedMode("0F B1 0D 00 80 00 00");    // cmpxchg [0x8000], ecx
        m.write32(0x8000, 5);
        m.regs.set(EAX, 5);
        m.regs.set(ECX, 9);
        m.step();
        assertEquals(9, m.read32(0x8000));
        assertEquals(5, m.eax());
        assertEquals("PF ZF", status(m));
        assertEquals(InstructionCosts.CMPXCHG_MEM, m.core.cycles());
    }

    @Test
    void cmpxchgLoadsTheAccumulatorWhenItDoesNotMatch() {
        TestMachine m = TestMachine.protectedMode("F0 0F B1 0D 00 80 00 00"); // lock cmpxchg [0x8000], ecx
        m.write32(0x8000, 7);
        m.regs.set(EAX, 5);
        m.regs.set(ECX, 9);
        m.step();
        assertEquals(7, m.read32(0x8000), "written back unchanged");
        assertEquals(7, m.eax());
        assertEquals("CF AF SF", status(m), "flags as CMP 5, 7");
        assertEquals(InstructionCosts.LOCK_CMPXCHG, m.core.cycles());
    }

    @Test
    void cmpxchgByteFormUsesAl() {
        TestMachine m = TestMachine.protectedMode("0F B0 CB");              // cmpxchg bl, cl
        m.regs.set(EAX, 0x12345642);
        m.regs.set(EBX, 0x42);
        m.regs.set(ECX, 0x99);
        m.step();
        assertEquals(0x99, m.reg(EBX));
        assertEquals(InstructionCosts.CMPXCHG, m.core.cycles());
    }

    @Test
    void cmpxchg8bSwapsEightBytesWhenEdxEaxMatches() {
        TestMachine m = TestMachine.protectedMode("0F C7 0D 00 80 00 00  0F C7 0D 00 80 00 00");
        m.write32(0x8000, 0x11111111);
        m.write32(0x8004, 0x22222222);
        m.regs.set(EAX, 0x11111111);
        m.regs.set(EDX, 0x22222222);
        m.regs.set(EBX, 0xBBBBBBBB);
        m.regs.set(ECX, 0xCCCCCCCC);
        m.regs.eflags = 0x2 | Eflags.CF;
        m.step();
        assertEquals(0xBBBBBBBB, m.read32(0x8000));
        assertEquals(0xCCCCCCCC, m.read32(0x8004));
        assertEquals("CF ZF", status(m), "only ZF changes");
        m.step();
        assertEquals(0xBBBBBBBB, m.eax(), "the second compare fails: EDX:EAX takes m64");
        assertEquals(0xCCCCCCCC, m.reg(EDX));
        assertEquals("CF", status(m));
        assertEquals(2 * InstructionCosts.CMPXCHG8B, m.core.cycles());
    }

    @Test
    void cmpxchg8bWithARegisterOperandIsUd() {
        CpuFault f = TestMachine.protectedMode("0F C7 C8").fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().startsWith("CMPXCHG8B needs a memory operand"), f.getMessage());
    }

    @Test
    void btsBtrBtcSetClearAndComplementTheBitAndCopyItToCarry() {
        // bts eax, ecx ; btc eax, 31 ; btr eax, 3
        TestMachine m = TestMachine.protectedMode("0F AB C8  0F BA F8 1F  0F BA F0 03");
        m.regs.set(EAX, 0);
        m.regs.set(ECX, 35);
        m.step();
        assertEquals(8, m.eax(), "35 mod 32 = bit 3");
        assertEquals("", status(m));
        m.step();
        assertEquals(0x80000008, m.eax());
        assertEquals("", status(m), "bit 31 was clear");
        m.step();
        assertEquals(0x80000000, m.eax());
        assertEquals("CF", status(m), "bit 3 was set");
        assertEquals(3 * InstructionCosts.BIT_MODIFY, m.core.cycles());
    }

    @Test
    void btrOnMemoryWithANegativeOffsetReachesTheDwordBelow() {
        TestMachine m = TestMachine.protectedMode("0F B3 0D 00 80 00 00");    // btr [0x8000], ecx
        m.regs.set(ECX, -1);
        m.write32(0x7FFC, 0xFFFFFFFF);
        m.write32(0x8000, 0xFFFFFFFF);
        m.step();
        assertEquals(0x7FFFFFFF, m.read32(0x7FFC), "bit -1 is bit 31 of the dword at 0x7FFC");
        assertEquals(0xFFFFFFFF, m.read32(0x8000));
        assertEquals("CF", status(m));
        assertEquals(InstructionCosts.BT_MEM, m.core.cycles());
    }

    @Test
    void btsOnAWordInMemoryTakesTheImmediateModuloSixteen() {
        TestMachine m = TestMachine.protectedMode("66 0F BA 2D 00 80 00 00 11"); // bts word [0x8000], 17
        m.step();
        assertEquals(0x0002, m.read16(0x8000));
        assertEquals(InstructionCosts.BIT_MODIFY_MEM_IMM, m.core.cycles());
    }

    @Test
    void lockIsUdOnBtAndOnARegisterDestination() {
        CpuFault bt = TestMachine.protectedMode("F0 0F A3 0D 00 80 00 00").fault();
        assertEquals(Vector.UD, bt.vector(), "BT only reads");
        CpuFault register = TestMachine.protectedMode("F0 0F AB C8").fault();
        assertEquals(Vector.UD, register.vector(), "LOCK needs a memory destination");
    }

    @Test
    void shldShiftsBitsOfTheSourceIntoTheDestination() {
        TestMachine m = TestMachine.protectedMode("0F A4 D8 04");           // shld eax, ebx, 4
        m.regs.set(EAX, 0x12345678);
        m.regs.set(EBX, 0x9ABCDEF0);
        m.regs.eflags = 0x2 | Eflags.OF;
        m.step();
        assertEquals(0x23456789, m.eax());
        assertEquals(0x9ABCDEF0, m.reg(EBX), "the source is unchanged");
        assertEquals("CF OF", status(m), "CF is bit 28 of the old EAX; OF is undefined after 4 and stays");
        assertEquals(InstructionCosts.SHIFT_DOUBLE, m.core.cycles());
    }

    @Test
    void shrdByClShiftsTheSourceInFromTheTop() {
        TestMachine m = TestMachine.protectedMode("0F AD D8");              // shrd eax, ebx, cl
        m.regs.set(EAX, 0x12345678);
        m.regs.set(EBX, 0x9ABCDEF0);
        m.regs.set(ECX, 8);
        m.step();
        assertEquals(0xF0123456, m.eax());
        assertEquals("PF SF", status(m), "CF is bit 7 of 0x78, clear");
    }

    @Test
    void shldByOneSetsOverflowWhenTheSignChanges() {
        TestMachine m = TestMachine.protectedMode("0F A4 D8 01");           // shld eax, ebx, 1
        m.regs.set(EAX, 0x40000000);
        m.regs.set(EBX, 0x80000000);
        m.step();
        assertEquals(0x80000001, m.eax());
        assertEquals("SF OF", status(m));
    }

    @Test
    void sixteenBitShldBySixteenLoadsTheSourceAndByZeroChangesNothing() {
        TestMachine m = TestMachine.protectedMode("66 0F A4 D8 10  66 0F A4 D8 00");
        m.regs.set(EAX, 0x77771234);
        m.regs.set(EBX, 0x0000ABCD);
        m.step();
        assertEquals(0x7777ABCD, m.eax());
        assertEquals("SF", status(m), "CF is bit 0 of 0x1234");
        m.regs.eflags = 0x2 | Eflags.ZF;
        m.step();
        assertEquals(0x7777ABCD, m.eax());
        assertEquals("ZF", status(m));
    }

    @Test
    void shrdOfMemoryByClCostsFive() {
        TestMachine m = TestMachine.protectedMode("0F AD 1D 00 80 00 00");    // shrd [0x8000], ebx, cl
        m.write32(0x8000, 0x000000F0);
        m.regs.set(EBX, 1);
        m.regs.set(ECX, 4);
        m.step();
        assertEquals(0x1000000F, m.read32(0x8000));
        assertEquals(InstructionCosts.SHIFT_DOUBLE_MEM_CL, m.core.cycles());
    }
}
