package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import org.junit.jupiter.api.Test;

/** Near jumps, conditional jumps, loops, calls and returns, in real and protected mode. */
class ControlFlowTest {
    private static final int C = TestMachine.PM_CODE;

    @Test
    void shortJumpsGoForwardAndBack() {
        TestMachine m = TestMachine.protectedMode("EB 02  90 90  EB FA");
        m.step();
        assertEquals(C + 4, m.regs.eip);
        m.step();
        assertEquals(C, m.regs.eip);
    }

    @Test
    void realModeNearJumpWrapsIpAt64K() {
        TestMachine m = TestMachine.realMode("E9 00 84");                // 0x7C03 + 0x8400 = 0x10003
        m.step();
        assertEquals(0x0003, m.regs.eip);
    }

    @Test
    void protectedModeNearJumpIs32Bit() {
        TestMachine m = TestMachine.protectedMode("E9 FB FF 0F 00");     // C + 5 + 0x000FFFFB
        m.step();
        assertEquals(C + 0x100000, m.regs.eip);
    }

    @Test
    void jumpBeyondTheCsLimitFaultsBeforeMoving() {
        TestMachine m = TestMachine.protectedMode("");
        m.core.systemInstructions().farJump(TestMachine.CODE16, 0x5000, false);
        m.load(0x5000, "66 E9 00 00 01 00");                              // jmp dword +0x10000: beyond the 64 KiB limit
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(0x5000, m.regs.eip);
    }

    @Test
    void conditionalJumpTakenAndNotTaken() {
        TestMachine m = TestMachine.protectedMode("74 10  0F 85 00 01 00 00");   // je +0x10 ; jne +0x100
        m.regs.eflags |= Eflags.ZF;
        m.step();
        assertEquals(C + 0x12, m.regs.eip);
        m.regs.eip = C + 2;
        m.step();
        assertEquals(C + 8, m.regs.eip, "ZF set: JNE falls through");
    }

    @Test
    void everyConditionCodeMatchesTheSdmTable() {
        int cf = Eflags.CF;
        int zf = Eflags.ZF;
        int sf = Eflags.SF;
        int of = Eflags.OF;
        int pf = Eflags.PF;
        int[] flagSets = {0, cf, zf, sf, of, pf, cf | zf, sf | of, zf | sf, zf | of, cf | sf | pf};
        for (int flags : flagSets) {
            boolean c = (flags & cf) != 0;
            boolean z = (flags & zf) != 0;
            boolean s = (flags & sf) != 0;
            boolean o = (flags & of) != 0;
            boolean p = (flags & pf) != 0;
            boolean[] expected = {o, !o, c, !c, z, !z, c || z, !c && !z, s, !s, p, !p, s != o, s == o, z || s != o, !z && s == o};
            for (int cc = 0; cc < 16; cc++) {
                assertEquals(expected[cc], Flags.condition(cc, flags), "condition " + cc + " with " + Eflags.describe(flags));
            }
        }
    }

    @Test
    void jcxzTestsCxInRealModeAndEcxWithTheAddressSizePrefix() {
        TestMachine m = TestMachine.realMode("E3 10");
        m.regs.set(ECX, 0x10000);
        m.step();
        assertEquals(0x7C12, m.regs.eip, "CX is 0");
        m = TestMachine.realMode("67 E3 10");
        m.regs.set(ECX, 0x10000);
        m.step();
        assertEquals(0x7C03, m.regs.eip, "ECX is not 0");
    }

    @Test
    void loopCountsCxDown() {
        TestMachine m = TestMachine.realMode("B9 03 00  40  E2 FD  F4");   // mov cx,3 ; l: inc ax ; loop l ; hlt
        m.steps(7);
        assertEquals(3, m.eax());
        assertEquals(0, m.reg(ECX));
        assertEquals(0x7C06, m.regs.eip);
    }

    @Test
    void loopeStopsWhenZfClearsAndLoopneWhenItSets() {
        TestMachine m = TestMachine.protectedMode("E1 10  E0 10");
        m.regs.set(ECX, 5);
        m.step();
        assertEquals(C + 2, m.regs.eip, "ZF clear: LOOPE falls through");
        assertEquals(4, m.reg(ECX));
        m.step();
        assertEquals(C + 0x14, m.regs.eip, "ZF clear and ECX 3: LOOPNE jumps");
    }

    @Test
    void callAndReturnInRealMode() {
        TestMachine m = TestMachine.realMode("E8 03 00  F4 90 90  B8 01 00  C3");
        m.steps(2);
        assertEquals(0x7C06 + 3, m.regs.eip);
        assertEquals(0x7C03, m.read16(0x6FFE));
        m.step();
        assertEquals(0x7C03, m.regs.eip);
        assertEquals(0x7000, m.regs.esp());
    }

    @Test
    void retImmediateReleasesParameters() {
        TestMachine m = TestMachine.protectedMode("6A 01  6A 02  E8 01 00 00 00  F4  C2 08 00");
        m.steps(4);
        assertEquals(C + 9, m.regs.eip);
        assertEquals(TestMachine.PM_STACK, m.regs.esp());
    }

    @Test
    void indirectCallAndJumpThroughRegisterAndMemory() {
        // call eax ; ... at C+0x20: jmp [0x8000]
        TestMachine m = TestMachine.protectedMode("FF D0");
        m.load(C + 0x20, "FF 25 00 80 00 00");
        m.load(C + 0x40, "FF E3");                                        // jmp ebx
        m.regs.set(EAX, C + 0x20);
        m.regs.set(EBX, C + 0x60);
        m.write32(0x8000, C + 0x40);
        m.step();
        assertEquals(C + 0x20, m.regs.eip);
        assertEquals(C + 2, m.read32(TestMachine.PM_STACK - 4));
        m.step();
        assertEquals(C + 0x40, m.regs.eip);
        m.step();
        assertEquals(C + 0x60, m.regs.eip);
    }

    @Test
    void callThroughEspReadsTheTargetBeforeThePush() {
        TestMachine m = TestMachine.protectedMode("FF 14 24");            // call [esp]
        m.write32(TestMachine.PM_STACK, C + 0x80);
        m.step();
        assertEquals(C + 0x80, m.regs.eip);
        assertEquals(C + 3, m.read32(TestMachine.PM_STACK - 4));
    }

    @Test
    void realModeSoftwareInterruptAndIret() {
        TestMachine m = TestMachine.realMode("CD 21  90");
        m.write16(0x21 * 4, 0x9000);
        m.write16(0x21 * 4 + 2, 0x0000);
        m.load(0x9000, "B8 11 11  CF");
        m.regs.eflags |= Eflags.IF | Eflags.CF;
        m.step();
        assertEquals(0x9000, m.regs.eip);
        assertEquals(0, m.regs.eflags & Eflags.IF, "IF cleared on entry");
        assertEquals(0x7C02, m.read16(0x6FFA), "return IP pushed");
        m.steps(2);
        assertEquals(0x7C02, m.regs.eip);
        assertEquals(0x1111, m.eax());
        assertTrue((m.regs.eflags & Eflags.IF) != 0, "IRET restored IF");
        assertEquals(0x7000, m.regs.esp());
    }

    @Test
    void protectedModeInterruptAndIretd() {
        TestMachine m = TestMachine.protectedMode("CD 31  90");
        m.load(TestMachine.HANDLERS + 0x31 * 16, "B8 22 22 00 00  CF");
        m.step();
        assertEquals(TestMachine.HANDLERS + 0x31 * 16, m.regs.eip);
        assertEquals(C + 2, m.read32(TestMachine.PM_STACK - 12));
        m.steps(2);
        assertEquals(C + 2, m.regs.eip);
        assertEquals(0x2222, m.eax());
        assertEquals(TestMachine.PM_STACK, m.regs.esp());
    }

    @Test
    void int3AndIntoDeliverVectorsThreeAndFour() {
        TestMachine m = TestMachine.protectedMode("CE  CC");
        m.step();
        assertEquals(C + 1, m.regs.eip, "INTO with OF clear does nothing");
        m.step();
        assertEquals(TestMachine.HANDLERS + 3 * 16, m.regs.eip);
        m = TestMachine.protectedMode("CE");
        m.regs.eflags |= Eflags.OF;
        m.step();
        assertEquals(TestMachine.HANDLERS + 4 * 16, m.regs.eip);
        assertEquals(C + 1, m.read32(TestMachine.PM_STACK - 12));
    }

    @Test
    void intFromRing3ThroughARing3GateSwitchesToTheRing0Stack() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("CD 80");
        m.step();
        assertEquals(0, m.regs.cpl());
        assertEquals(TestMachine.HANDLERS + 0x80 * 16, m.regs.eip);
        assertEquals(TestMachine.RING0_STACK - 20, m.regs.esp());
        assertEquals(TestMachine.USER_CODE + 2, m.read32(TestMachine.RING0_STACK - 20));
        assertEquals(TestMachine.DATA3, m.read32(TestMachine.RING0_STACK - 4));
    }

    @Test
    void intFromRing3ThroughARing0GateIsGpWithEipOnTheInt() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("CD 0D");
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector());
        assertEquals(0x0D * 8 + 2, f.errorCode());
        assertEquals(TestMachine.USER_CODE, m.regs.eip);
        assertEquals(3, m.regs.cpl());
    }

    @Test
    void intThroughARing0GateFromRing3IsDeliveredAsGpPointingAtTheInt() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("CD 0D");
        assertEquals("core 0: halted", m.runUntilStopped());
        var delivered = m.events(eduscc.machine.trace.TraceEvent.InterruptDelivered.class);
        assertEquals(1, delivered.size());
        assertEquals(Vector.GP, delivered.get(0).vector());
        assertEquals(TestMachine.USER_CODE, delivered.get(0).returnEip());
        assertEquals(3, delivered.get(0).fromCpl());
        assertEquals(0, m.regs.cpl(), "the handler runs in ring 0");
    }

    @Test
    void intWhosePushesFaultOnTheRing0StackLeavesTheUserStackInPlace() {
        TestMachine m = TestMachine.protectedMode("");
        m.write32(TestMachine.TSS + 4, 0x2000);                          // ESP0 beyond the 0xFFF limit of SS0
        m.write32(TestMachine.TSS + 8, TestMachine.SMALL_STACK);
        m.enterRing3("CD 80");
        CpuFault f = m.fault();
        assertEquals(Vector.SS, f.vector());
        assertEquals(TestMachine.DATA3, m.regs.ss().selector());
        assertEquals(TestMachine.USER_STACK, m.regs.esp());
        assertEquals(TestMachine.USER_CODE, m.regs.eip);
        assertEquals(3, m.regs.cpl());
    }
}
