package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.scc.ConfigRegisters;
import org.junit.jupiter.api.Test;

/**
 * The interpreter executes the code as memory and paging hold it now, never bytes remembered
 * from an earlier fetch of the same page: a store over the next instruction, a loader, a CR3
 * switch, a rewritten page-table entry, a change of ring and a LUT write each change what runs
 * (the translation shortcut behind the fetch must notice every one). In every test the page was
 * fetched from just before the change.
 */
class ChangedCodeTest {
    private static final int DIRECTORY = 0x50000;
    private static final int OTHER_DIRECTORY = 0x52000;
    private static final int TABLE = 0x51000;
    private static final int FOUR_MIB = 0x400000;

    @Test
    void storeOverTheNextInstructionExecutesTheNewBytes() {
        // mov byte [0x100007], 0x40 (inc eax) ; dec eax  -> the dec is overwritten before it runs
        TestMachine m = TestMachine.protectedMode("C6 05 07 00 10 00 40  48");
        m.steps(2);
        assertEquals(1, m.eax(), "the INC EAX the store wrote ran, not the DEC EAX that was fetched before");
    }

    @Test
    void codeRewrittenByALoaderRunsAsLoaded() {
        TestMachine m = TestMachine.protectedMode("B8 01 00 00 00");                 // mov eax, 1
        m.step();
        m.load(TestMachine.PM_CODE, "B8 02 00 00 00");                             // mov eax, 2
        m.regs.eip = TestMachine.PM_CODE;
        m.step();
        assertEquals(2, m.eax());
    }

    @Test
    void movToCr3FetchesTheNextInstructionThroughTheNewMapping() {
        TestMachine m = TestMachine.protectedMode("0F 22 D8  B8 01 00 00 00");       // mov cr3, eax ; mov eax, 1
        m.load(FOUR_MIB + TestMachine.PM_CODE + 3, "B8 02 00 00 00");              // mov eax, 2 in the other frame
        m.write32(DIRECTORY, Paging.PS_OR_MPBT | Paging.RW | Paging.P);            // 4 MiB page: linear 0 -> 0
        m.write32(OTHER_DIRECTORY, FOUR_MIB | Paging.PS_OR_MPBT | Paging.RW | Paging.P); // linear 0 -> 4 MiB
        pagingOn(m, DIRECTORY, true);
        m.regs.set(Registers.EAX, OTHER_DIRECTORY);
        m.steps(2);
        assertEquals(2, m.eax(), "the second instruction comes from the frame the new page directory maps");
    }

    @Test
    void pageTableEntryRewrittenWithoutInvlpgIsFollowed() {
        TestMachine m = TestMachine.protectedMode("B8 01 00 00 00");                 // mov eax, 1
        m.load(0x300000, "B8 02 00 00 00");                                        // mov eax, 2
        m.write32(DIRECTORY, TABLE | Paging.RW | Paging.P);
        int pte = TABLE + 4 * (TestMachine.PM_CODE >>> 12);
        m.write32(pte, TestMachine.PM_CODE | Paging.RW | Paging.P);
        pagingOn(m, DIRECTORY, false);
        m.step();
        m.write32(pte, 0x300000 | Paging.RW | Paging.P);
        m.regs.eip = TestMachine.PM_CODE;
        m.step();
        assertEquals(2, m.eax(), "the model reads the entry behind a TLB hit, so the new frame is fetched");
    }

    @Test
    void ring3FetchFromASupervisorPageFaultsAfterRing0FetchedIt() {
        TestMachine m = TestMachine.protectedMode("");
        // a supervisor-only 4 MiB page, already accessed and dirty, so no walk rewrites its entry
        m.write32(DIRECTORY, Paging.D | Paging.A | Paging.PS_OR_MPBT | Paging.RW | Paging.P);
        pagingOn(m, DIRECTORY, true);
        m.load(TestMachine.USER_CODE, "90");
        m.regs.eip = TestMachine.USER_CODE;
        m.step();                                                                  // ring 0 fetches the page
        m.enterRing3("90");
        CpuFault f = m.fault();
        assertEquals(Vector.PF, f.vector());
        assertEquals(Paging.ERR_PRESENT | Paging.ERR_USER, f.errorCode(), "present, read, user");
        assertEquals(TestMachine.USER_CODE, m.regs.cr2);
    }

    @Test
    void lutWriteSendsTheNextFetchToTheNewDram() {
        Interpreter interpreter = new Interpreter();
        try (Machine machine = new Machine(MachineConfig.DEFAULT, interpreter)) {
            Core core = machine.core(0);
            core.releaseFromReset(0);
            CoreId id = CoreId.of(0);
            machine.chip().write(id, 0xFFFFFFF0, 1, 0x40);                        // inc ax at the reset vector
            machine.chip().write(id, 0x00FFFFF0, 1, 0x48);                        // dec ax, same offset in slot 0x00
            interpreter.step(core);
            assertEquals(1, core.regs().get(Registers.EAX));
            ConfigRegisters crb = machine.chip().crb(id.tile());
            crb.setLut(id.z(), 0xFF, crb.lut(id.z(), 0x00));                       // slot 0xFF now reaches slot 0x00's DRAM
            core.regs().eip = 0xFFF0;
            interpreter.step(core);
            assertEquals(0, core.regs().get(Registers.EAX), "the DEC AX behind the new LUT entry ran");
        }
    }

    private static void pagingOn(TestMachine m, int directory, boolean largePages) {
        if (largePages) {
            m.regs.cr4 |= ControlBits.CR4_PSE;
        }
        m.regs.cr3 = directory;
        m.core.systemInstructions().writeControl(0, m.regs.cr0 | ControlBits.CR0_PG);
    }
}
