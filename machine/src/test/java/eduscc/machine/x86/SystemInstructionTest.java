package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Descriptor-table registers, control registers, CPUID, RDTSC, CL1INVMB, port I/O and the flag instructions. */
class SystemInstructionTest {
    @Test
    void sixteenBitLgdtUsesTwentyFourBitsOfTheBaseAndSgdtStoresThem() {
        TestMachine m = TestMachine.realMode("0F 01 16 00 80  0F 01 06 10 80");   // lgdt [0x8000] ; sgdt [0x8010]
        m.load(0x8000, "27 00 78 56 34 12");
        m.write32(0x8014, 0xFFFFFFFF);
        m.steps(2);
        assertEquals(0x345678, m.regs.gdtrBase);
        assertEquals(0x27, m.regs.gdtrLimit);
        assertEquals(0x27, m.read16(0x8010));
        assertEquals(0x00345678, m.read32(0x8012), "the top byte is stored as zero");
    }

    @Test
    void thirtyTwoBitLidtAndSidt() {
        TestMachine m = TestMachine.protectedMode("0F 01 1D 00 80 00 00  0F 01 0D 10 80 00 00");   // lidt [0x8000] ; sidt [0x8010]
        m.load(0x8000, "FF 07 00 00 5A 00");
        m.steps(2);
        assertEquals(0x5A0000, m.regs.idtrBase);
        assertEquals(0x7FF, m.regs.idtrLimit);
        assertEquals(0x7FF, m.read16(0x8010));
        assertEquals(0x5A0000, m.read32(0x8012));
        assertEquals("IDTR", m.events(TraceEvent.TableRegisterLoad.class).get(3).register());
    }

    @Test
    void lgdtWithARegisterOperandIsUd() {
        CpuFault f = TestMachine.protectedMode("0F 01 D0").fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().startsWith("LGDT needs a memory operand"), f.getMessage());
    }

    @Test
    void controlRegistersRoundTrip() {
        // mov eax,cr0 ; mov cr3,ebx ; mov ecx,cr3 ; mov cr4,eax ; mov edx,cr4 ; mov cr2,eax ; mov eax,cr2
        TestMachine m = TestMachine.protectedMode("0F 20 C0  0F 22 DB  0F 20 D9  0F 22 E0  0F 20 E2  0F 22 D0  0F 20 D0");
        m.regs.set(EBX, 0x00123000);
        m.step();
        assertEquals(m.regs.cr0, m.eax());
        m.steps(2);
        assertEquals(0x00123000, m.regs.cr3);
        assertEquals(0x00123000, m.reg(ECX));
        m.regs.set(EAX, ControlBits.CR4_MPE);
        m.steps(2);
        assertEquals(ControlBits.CR4_MPE, m.reg(EDX));
        m.regs.set(EAX, 0xBAD0);
        m.steps(2);
        assertEquals(0xBAD0, m.eax());
    }

    @Test
    void controlRegisterThatTheP54cLacksIsUd() {
        CpuFault f = TestMachine.protectedMode("0F 20 C8").fault();          // mov eax, cr1
        assertEquals(Vector.UD, f.vector());
    }

    @Test
    void smswAndLmswCanSetButNotClearPe() {
        TestMachine m = TestMachine.protectedMode("0F 01 E0  0F 01 F3");     // smsw eax ; lmsw bx
        m.regs.set(EAX, 0xFFFFFFFF);
        m.step();
        assertEquals(m.regs.cr0 & 0xFFFF, m.eax());
        m.regs.set(EBX, ControlBits.CR0_TS);
        m.step();
        assertTrue((m.regs.cr0 & ControlBits.CR0_PE) != 0, "LMSW cannot leave protected mode");
        assertTrue((m.regs.cr0 & ControlBits.CR0_TS) != 0);
    }

    @Test
    void cltsClearsTaskSwitched() {
        TestMachine m = TestMachine.protectedMode("0F 06");
        m.regs.cr0 |= ControlBits.CR0_TS;
        m.step();
        assertEquals(0, m.regs.cr0 & ControlBits.CR0_TS);
    }

    @Test
    void strAndSldtStoreTheSelectorsAndLtrLoadsATss() {
        // str ax ; sldt [0x8000] ; (ltr is done by the set-up: a second LTR of the busy TSS faults)
        TestMachine m = TestMachine.protectedMode("0F 00 C8  0F 00 05 00 80 00 00  0F 00 D8");
        m.regs.set(EAX, 0xFFFFFFFF);
        m.write16(0x8000, 0xFFFF);
        m.steps(2);
        assertEquals(TestMachine.TSS_SELECTOR, m.eax());
        assertEquals(0, m.read16(0x8000));
        m.regs.set(EAX, TestMachine.TSS_SELECTOR);
        CpuFault f = m.fault();
        assertEquals(Vector.GP, f.vector(), "LTR of a busy TSS");
    }

    @Test
    void lldtWithANullSelectorDisablesTheLdt() {
        TestMachine m = TestMachine.protectedMode("0F 00 D0");               // lldt ax
        m.regs.set(EAX, 0);
        m.step();
        assertEquals(0, m.regs.ldtr.selector());
    }

    @Test
    void sldtDoesNotExistInRealMode() {
        CpuFault f = TestMachine.realMode("0F 00 C0").fault();
        assertEquals(Vector.UD, f.vector());
        assertTrue(f.getMessage().startsWith("SLDT is not recognised in real mode"), f.getMessage());
    }

    @Test
    void cpuidReportsGenuineIntelFamily5Model2() {
        TestMachine m = TestMachine.protectedMode("0F A2  0F A2");
        m.regs.set(EAX, 0);
        m.step();
        assertEquals(1, m.eax());
        byte[] vendor = new byte[12];
        int[] words = {m.reg(EBX), m.reg(EDX), m.reg(ECX)};
        for (int i = 0; i < 12; i++) {
            vendor[i] = (byte) (words[i / 4] >>> (8 * (i % 4)));
        }
        assertEquals("GenuineIntel", new String(vendor, java.nio.charset.StandardCharsets.US_ASCII));
        m.regs.set(EAX, 1);
        m.step();
        assertEquals(5, (m.eax() >>> 8) & 0xF, "family");
        assertEquals(2, (m.eax() >>> 4) & 0xF, "model");
        int edx = m.reg(EDX);
        for (int bit : new int[] {0, 4, 5, 8, 9}) {
            assertTrue((edx & (1 << bit)) != 0, "feature bit " + bit + " (FPU TSC MSR CX8 APIC)");
        }
    }

    @Test
    void rdtscReadsTheCycleCounterBeforeItsOwnCost() {
        TestMachine m = TestMachine.protectedMode("90 90  0F 31");
        m.steps(3);
        assertEquals(2, m.eax());
        assertEquals(0, m.reg(EDX));
        assertEquals(2 + 14, m.core.cycles());
    }

    @Test
    void rdtscWithTsdSetIsPrivileged() {
        TestMachine m = TestMachine.protectedMode("");
        m.regs.cr4 |= ControlBits.CR4_TSD;
        m.enterRing3("0F 31");
        assertEquals(Vector.GP, m.fault().vector());
    }

    @Test
    void cl1invmbCostsOneCycleAndIsAllowedInRing3() {
        TestMachine m = TestMachine.protectedMode("");
        m.enterRing3("0F 0A");
        long before = m.core.cycles();
        m.step();
        assertEquals(1, m.core.cycles() - before);
        assertEquals(TestMachine.USER_CODE + 2, m.regs.eip);
    }

    @Test
    void invlpgInvdAndWbinvdRunInRing0() {
        TestMachine m = TestMachine.protectedMode("0F 01 3D 00 80 00 00  0F 08  0F 09");
        m.steps(3);
        assertEquals(TestMachine.PM_CODE + 11, m.regs.eip);
    }

    @Test
    void outToTheDebugPortPrints() {
        TestMachine m = TestMachine.realMode("B0 48  E6 E9  B0 69  BA E9 00  EE");
        m.steps(5);
        assertEquals("Hi", m.core.consoleText());
        assertEquals(2, m.events(TraceEvent.ConsoleOutput.class).size());
    }

    @Test
    void inFromAnUnconnectedPortReadsAllOnes() {
        TestMachine m = TestMachine.protectedMode("E4 60  66 ED  ED");
        m.regs.set(EAX, 0);
        m.step();
        assertEquals(0xFF, m.eax());
        m.step();
        assertEquals(0xFFFF, m.eax());
        m.step();
        assertEquals(0xFFFFFFFF, m.eax());
    }

    @Test
    void flagInstructions() {
        TestMachine m = TestMachine.realMode("F9  F5  F8  FD  FC  FB  FA");
        m.step();
        assertEquals(Eflags.CF, m.regs.eflags & Eflags.CF);
        m.step();
        assertEquals(0, m.regs.eflags & Eflags.CF);
        m.step();
        assertEquals(0, m.regs.eflags & Eflags.CF);
        m.step();
        assertEquals(Eflags.DF, m.regs.eflags & Eflags.DF);
        m.step();
        assertEquals(0, m.regs.eflags & Eflags.DF);
        m.step();
        assertEquals(Eflags.IF, m.regs.eflags & Eflags.IF);
        m.step();
        assertEquals(0, m.regs.eflags & Eflags.IF);
    }

    @Test
    void hltStopsTheLoneCoreWithEipPastIt() {
        TestMachine m = TestMachine.realMode("F4");
        assertEquals("core 0: halted", m.runUntilStopped());
        assertEquals(0x7C01, m.regs.eip);
        assertEquals(1, m.events(TraceEvent.Halt.class).size());
    }

    @Test
    void segmentRegisterFsAndGsLoadInProtectedMode() {
        TestMachine m = TestMachine.protectedMode("8E E0  8E E8");
        m.regs.set(EAX, TestMachine.DATA0);
        m.steps(2);
        assertEquals(TestMachine.DATA0, m.regs.segment(Registers.FS).selector());
        assertEquals(TestMachine.DATA0, m.regs.segment(Registers.GS).selector());
    }
}
