package eduscc.machine.x86;

import static eduscc.machine.cost.InstructionCosts.ALU;
import static eduscc.machine.cost.InstructionCosts.ALU_LOAD;
import static eduscc.machine.cost.InstructionCosts.ALU_RMW;
import static eduscc.machine.cost.InstructionCosts.CALL;
import static eduscc.machine.cost.InstructionCosts.DIV;
import static eduscc.machine.cost.InstructionCosts.INC_LEA;
import static eduscc.machine.cost.InstructionCosts.INT_REAL;
import static eduscc.machine.cost.InstructionCosts.INT_SAME_PRIVILEGE;
import static eduscc.machine.cost.InstructionCosts.INT_TO_INNER;
import static eduscc.machine.cost.InstructionCosts.IRET_REAL;
import static eduscc.machine.cost.InstructionCosts.IRET_SAME;
import static eduscc.machine.cost.InstructionCosts.LOCKED_RMW_SCC;
import static eduscc.machine.cost.InstructionCosts.LOOP;
import static eduscc.machine.cost.InstructionCosts.LOOP_TAKEN;
import static eduscc.machine.cost.InstructionCosts.MOV;
import static eduscc.machine.cost.InstructionCosts.MOVX;
import static eduscc.machine.cost.InstructionCosts.MUL;
import static eduscc.machine.cost.InstructionCosts.NOP;
import static eduscc.machine.cost.InstructionCosts.POPF_REAL;
import static eduscc.machine.cost.InstructionCosts.PUSHF_REAL;
import static eduscc.machine.cost.InstructionCosts.PUSH_POP;
import static eduscc.machine.cost.InstructionCosts.RDTSC;
import static eduscc.machine.cost.InstructionCosts.RET;
import static eduscc.machine.cost.InstructionCosts.SHIFT_CL;
import static eduscc.machine.cost.InstructionCosts.XCHG_MEM_SCC;
import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Every instruction charges its row of {@code InstructionCosts} (facts/p54c-costs.md) when it
 * completes, so RDTSC differences and the cycle counter after a known sequence are sums of the table.
 */
class CycleCostTest {
    @Test
    void rdtscDifferenceIsTheCostOfTheInstructionsBetween() {
        // rdtsc ; mov ebx,eax ; nop ; add eax,ecx ; rdtsc
        TestMachine m = TestMachine.protectedMode("0F 31  89 C3  90  01 C8  0F 31");
        m.steps(5);
        assertEquals(RDTSC + MOV + NOP + ALU, m.eax() - m.reg(EBX));
    }

    @Test
    void cycleCounterAfterAKnownSequenceIsTheSumOfTheTable() {
        String code = String.join("  ",
            "50",                       // push eax
            "5B",                       // pop ebx
            "E8 00 00 00 00",           // call next
            "83 04 24 06",              // add dword [esp], 6   (read-modify-write: return past the ret and the nop)
            "C3",                       // ret  -> skips the nop below
            "90",
            "B9 02 00 00 00",           // mov ecx, 2
            "E2 FE",                    // loop $ (taken once, then falls through)
            "41",                       // inc ecx (1, so the DIV has a divisor)
            "F7 E1",                    // mul ecx
            "F7 F1",                    // div ecx
            "D3 E0",                    // shl eax, cl
            "0F B6 C0",                 // movzx eax, al
            "87 05 00 80 00 00",        // xchg [0x8000], eax
            "8D 40 01",                 // lea eax, [eax+1]
            "3B 05 00 80 00 00",        // cmp eax, [0x8000]
            "FF 05 00 80 00 00");       // inc dword [0x8000]
        TestMachine m = TestMachine.protectedMode(code);
        m.regs.set(EAX, 3);
        m.steps(17);
        long expected = PUSH_POP + PUSH_POP + CALL + ALU_RMW + RET + MOV + LOOP_TAKEN + LOOP + INC_LEA
            + MUL + DIV + SHIFT_CL + MOVX + XCHG_MEM_SCC + INC_LEA + ALU_LOAD + ALU_RMW;
        assertEquals(expected, m.core.cycles());
    }

    @Test
    void repStosCostsThreePlusTheElementCount() {
        TestMachine m = TestMachine.protectedMode("F3 AB");
        m.regs.set(ECX, 10);
        m.regs.set(eduscc.machine.cpu.Registers.EDI, 0x8000);
        m.step();
        assertEquals(3 + 10, m.core.cycles());
    }

    @Test
    void protectedModeIntAndIretdChargeTheGateCosts() {
        TestMachine m = TestMachine.protectedMode("CD 31");
        m.load(TestMachine.HANDLERS + 0x31 * 16, "CF");
        m.steps(2);
        assertEquals(INT_SAME_PRIVILEGE + IRET_SAME, m.core.cycles());
    }

    @Test
    void intFromRing3ChargesTheStackSwitchCost() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("CD 80");
        long before = m.core.cycles();
        m.step();
        assertEquals(INT_TO_INNER, m.core.cycles() - before);
    }

    @Test
    void realModeCostsDifferFromProtectedMode() {
        TestMachine m = TestMachine.realMode("9C  9D  CD 21");
        m.write16(0x21 * 4, 0x9000);
        m.load(0x9000, "CF");
        m.steps(4);
        assertEquals(PUSHF_REAL + POPF_REAL + INT_REAL + IRET_REAL, m.core.cycles());
    }

    @Test
    void lockedDecrementCostsWhatTheSccMeasured() {
        TestMachine m = TestMachine.protectedMode("F0 FF 0D 00 80 00 00");
        m.write32(0x8000, 1);
        m.step();
        assertEquals(0, m.read32(0x8000));
        assertEquals(LOCKED_RMW_SCC, m.core.cycles());
    }
}
