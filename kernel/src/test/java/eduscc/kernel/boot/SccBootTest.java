package eduscc.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boot path from the reset vector to the kernel's Java entry, on one core and on all 48. */
class SccBootTest {

    private static void assertArrivedInProtectedMode(Core core) {
        Registers r = core.regs();
        String who = "core " + core.pid();
        assertTrue((r.cr0 & ControlBits.CR0_PE) != 0, who + ": CR0.PE");
        assertSegment(r.cs(), 0x08, who);
        assertSegment(r.ds(), 0x10, who);
        assertSegment(r.ss(), 0x10, who);
        assertTrue(r.cs().big(), who + ": CS is a 32-bit code segment");
        assertEquals(0x2BADB002, r.get(Registers.EAX), who + ": Multiboot magic in EAX");
        assertEquals(0x00009000, r.get(Registers.EBX), who + ": boot info in EBX");
        assertEquals(CoreState.HALTED, core.state(), who + " halts in the kernel");
    }

    private static void assertSegment(SegmentRegister s, int selector, String who) {
        assertEquals(selector, s.selector(), who + ": " + s.name() + " selector");
        assertEquals(0, s.base(), who + ": " + s.name() + " base");
        assertEquals(0xFFFFFFFF, s.limit(), who + ": " + s.name() + " limit is 4 GiB");
    }

    @Test
    void oneCoreReachesTheKernelEntryInProtectedMode() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT)) {
            machine.run();
            assertArrivedInProtectedMode(machine.core(0));
            TraceEvent.JavaEntry entry = machine.trace().events(TraceEvent.JavaEntry.class).get(0);
            assertEquals(KernelImage.entryAddress(), entry.eip());
            assertTrue(machine.core(0).consoleText().contains("eduSCC kernel on core 0: protected mode"),
                machine.core(0).consoleText());
        }
    }

    @Test
    void all48CoresReachTheKernelEntryAndKnowWhoTheyAre() {
        try (Machine machine = SccBoot.boot(CoreId.all(), MachineConfig.DEFAULT)) {
            machine.run();
            for (Core core : machine.cores()) {
                assertArrivedInProtectedMode(core);
                assertTrue(core.consoleText().startsWith("eduSCC kernel on core " + core.pid() + ":"),
                    "core " + core.pid() + " read its own id from MYTILEID: " + core.consoleText());
            }
            assertEquals(48, machine.trace().events(TraceEvent.JavaEntry.class).size());
        }
    }

    @Test
    void coresLeftInResetStayThere() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(5)), MachineConfig.DEFAULT)) {
            machine.run();
            assertEquals(CoreState.HALTED, machine.core(5).state());
            assertEquals(CoreState.IN_RESET, machine.core(4).state());
        }
    }

    @Test
    void theBootPathPassesTheStagesInTheSdmOrder() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT)) {
            machine.run();
            List<String> kinds = machine.trace().forCore(0).stream().map(e -> e.event().kind())
                .filter(k -> List.of("ResetReleased", "TableRegisterLoad", "ModeSwitch", "FarJump", "JavaEntry")
                    .contains(k))
                .toList();
            assertEquals(List.of("ResetReleased", "TableRegisterLoad", "ModeSwitch", "FarJump", "JavaEntry"), kinds);
        }
    }

    @Test
    void theSameBootTwiceGivesTheSameTraceHash() {
        assertEquals(bootHash(CoreId.all()), bootHash(CoreId.all()));
    }

    /**
     * Pins the exact trace of a two-core boot. Any change in what the cores do or in the order the
     * engine runs them changes this value; if the change is intended, update the constant.
     */
    @Test
    void twoCoreBootTraceIsPinned() {
        assertEquals(PINNED_TWO_CORE_HASH, bootHash(List.of(CoreId.of(0), CoreId.of(1))));
    }

    static final String PINNED_TWO_CORE_HASH = "5cea4d0a9718efb6";

    private static String bootHash(List<CoreId> cores) {
        try (Machine machine = SccBoot.boot(cores, MachineConfig.DEFAULT)) {
            machine.run();
            return machine.trace().hashHex();
        }
    }

    @Test
    void aSharedLockGoesToTheLowerPidWhenTwoCoresAskAtTheSameTime() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(1)), MachineConfig.DEFAULT)) {
            int[] got = new int[2];
            for (int pid = 0; pid < 2; pid++) {
                Core core = machine.core(pid);
                int me = pid;
                core.bind(KernelImage.entryAddress(), "lock test", () -> {
                    got[me] = core.ops().read32(0xF8000200);
                    core.ops().cli();
                    core.ops().hlt();
                });
            }
            machine.run();
            assertEquals(1, got[0], "core 0 reads LOCK0 first and acquires it");
            assertEquals(0, got[1], "core 1 finds it taken");
        }
    }
}
