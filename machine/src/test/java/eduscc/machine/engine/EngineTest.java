package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.boot.ResetControl;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.JavaCode;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.Interpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §3: who runs when, and what happens to Java code that misbehaves. Java code is bound
 * right at the reset vector, so each core runs it the moment its reset is released.
 */
class EngineTest {
    private static final int RESET_VECTOR = 0xFFFFFFF0;
    private static final long LIMIT = 1_000_000_000L;
    private static volatile boolean spinning = true;

    private final Machine machine = new Machine(new MachineConfig(1000, 300), new Interpreter());

    @BeforeEach
    void letTestLoopsSpin() {
        spinning = true;
    }

    @AfterEach
    void stopStrayThreads() {
        spinning = false;
        machine.close();
    }

    private void start(int pid, JavaCode code) {
        machine.core(pid).bind(RESET_VECTOR, "test code", code);
    }

    private void release(int... pids) {
        List<CoreId> cores = new ArrayList<>();
        for (int pid : pids) {
            cores.add(CoreId.of(pid));
        }
        ResetControl.release(machine.chip(), cores);
    }

    private static void workThenStop(Operations ops, int cycles) {
        ops.work(cycles);
        ops.cli();
        ops.hlt();
    }

    @Test
    void javaCodeThatThrowsPanicsOnlyItsCore() {
        start(0, () -> {
            throw new IllegalStateException("student bug in the ready queue");
        });
        start(1, () -> workThenStop(machine.core(1).ops(), 500));
        release(0, 1);
        machine.run(LIMIT);
        assertEquals(CoreState.PANICKED, machine.core(0).state());
        assertEquals(CoreState.HALTED, machine.core(1).state(), "the other core keeps running");
        TraceEvent.Panic panic = machine.trace().events(TraceEvent.Panic.class).get(0);
        assertTrue(panic.reason().contains("student bug in the ready queue"), panic.reason());
        assertTrue(panic.javaStack().contains("EngineTest"), "the Java stack points at the student's code");
    }

    @Test
    void javaLoopWithoutOperationsIsReportedAsHangWithItsStack() {
        start(0, () -> {
            while (spinning) {
                Thread.onSpinWait();
            }
        });
        start(1, () -> workThenStop(machine.core(1).ops(), 500));
        release(0, 1);
        machine.run(LIMIT);
        assertEquals(CoreState.HUNG, machine.core(0).state());
        assertEquals(CoreState.HALTED, machine.core(1).state(), "the other core keeps running");
        TraceEvent.Hang hang = machine.trace().events(TraceEvent.Hang.class).get(0);
        assertTrue(hang.javaStack().contains("EngineTest"), hang.javaStack());
    }

    @Test
    void earliestCoreRunsFirstAndTiesGoToTheLowerPid() {
        List<Integer> order = new ArrayList<>();
        for (int pid = 0; pid < 3; pid++) {
            int me = pid;
            start(pid, () -> {
                // "Unreal mode": a 4 GiB limit in the hidden DS cache lets real-mode code reach the CRB.
                machine.core(me).regs().ds().load(0, 0, 0xFFFFFFFF, 0x93, true);
                Operations ops = machine.core(me).ops();
                for (int step = 0; step < 3; step++) {
                    ops.work(me == 1 ? 2000 : 3000);
                    ops.read32(0xF8000100);
                    order.add(me);
                }
                ops.cli();
                ops.hlt();
            });
        }
        release(2, 1, 0);
        machine.run(LIMIT);
        // Each read of the own tile's MYTILEID costs 1 + 20 cycles (facts A.4, own-tile access).
        // Core 1 reads at cycles 2000, 4021, 6042; cores 0 and 2 both at 3000, 6021, 9042, so
        // every one of their reads is a tie, and the lower pid must go first.
        assertEquals(List.of(1, 0, 2, 1, 0, 2, 1, 0, 2), order);
    }

    @Test
    void haltWithInterruptsOffStopsTheCoreForGood() {
        start(0, () -> workThenStop(machine.core(0).ops(), 100));
        release(0);
        RunResult result = machine.run(LIMIT);
        assertEquals(RunResult.Reason.ALL_IDLE, result.reason());
        assertEquals(CoreState.HALTED, machine.core(0).state());
    }

    /** Real-mode Java code may use the APIC at 0xFEE00000 once DS has a 4 GiB limit ("unreal mode"). */
    private void unrealMode(int pid) {
        machine.core(pid).regs().ds().load(0, 0, 0xFFFFFFFF, 0x93, true);
    }

    /** Points real-mode vector {@code vector} at {@code handler} (segment 0) and binds Java code there. */
    private void realModeHandler(int pid, int vector, int handler, JavaCode code) {
        Operations ops = machine.core(pid).ops();
        ops.write16(vector * 4, handler);
        ops.write16(vector * 4 + 2, 0);
        machine.core(pid).bind(handler, "handler", code);
    }

    private static final int APIC = 0xFEE00000;

    @Test
    void haltedCoreWakesForEachTimerTick() {
        int[] ticks = {0};
        start(0, () -> {
            unrealMode(0);
            Operations ops = machine.core(0).ops();
            realModeHandler(0, 123, 0x500, () -> {
                ticks[0]++;
                ops.write32(APIC + 0xB0, 0);
                ops.iret();
            });
            ops.write32(APIC + 0xF0, 0x1FF);
            ops.write32(APIC + 0x3E0, 0xB);
            ops.write32(APIC + 0x320, (1 << 17) | 123);
            ops.write32(APIC + 0x380, 10_000);
            ops.sti();
            for (int i = 0; i < 3; i++) {
                ops.hlt();
            }
            ops.cli();
            ops.hlt();
        });
        release(0);
        machine.run(LIMIT);
        assertEquals(3, ticks[0], "one handler run per HLT");
        assertTrue(machine.core(0).cycles() >= 30_000, "three periods of 10000 cycles passed");
        assertEquals(CoreState.HALTED, machine.core(0).state());
    }

    @Test
    void anotherCoreWakesAHaltedCoreThroughItsGlcfgIntrBit() {
        long[] wokenAt = {-1};
        start(0, () -> {
            unrealMode(0);
            Operations ops = machine.core(0).ops();
            realModeHandler(0, 124, 0x600, () -> {
                wokenAt[0] = machine.core(0).cycles();
                ops.write32(0xF8000010, ops.read32(0xF8000010) & ~2);
                ops.write32(APIC + 0xB0, 0);
                ops.iret();
            });
            ops.write32(APIC + 0xF0, 0x1FF);
            ops.write32(APIC + 0x350, 124);
            ops.sti();
            ops.hlt();
            ops.cli();
            ops.hlt();
        });
        start(1, () -> {
            unrealMode(1);
            Operations ops = machine.core(1).ops();
            ops.work(50_000);
            ops.write32(0xF8000010, ops.read32(0xF8000010) | 2);
            ops.cli();
            ops.hlt();
        });
        release(0, 1);
        machine.run(LIMIT);
        assertTrue(wokenAt[0] >= 50_000, "core 0 was woken by core 1's write, not before: " + wokenAt[0]);
        assertEquals(0, machine.chip().crb(CoreId.of(0).tile()).glcfg(0) & 2, "the handler cleared INTR");
    }

    @Test
    void aHangDoesNotChangeTheTraceHash() {
        assertEquals(hangRunHash(), hangRunHash());
    }

    private String hangRunHash() {
        try (Machine m = new Machine(new MachineConfig(1000, 200), new Interpreter())) {
            m.core(0).bind(RESET_VECTOR, "spin", () -> {
                while (spinning) {
                    Thread.onSpinWait();
                }
            });
            m.core(1).bind(RESET_VECTOR, "work", () -> workThenStop(m.core(1).ops(), 500));
            ResetControl.release(m.chip(), List.of(CoreId.of(0), CoreId.of(1)));
            m.run(LIMIT);
            assertEquals(CoreState.HUNG, m.core(0).state());
            return m.trace().hashHex();
        }
    }

    @Test
    void aHungThreadThatComesBackIsStoppedAtItsNextOperation() throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        boolean[] operationReturned = {false};
        start(0, () -> {
            try {
                while (spinning) {
                    Thread.onSpinWait();
                }
                machine.core(0).ops().work(1);
                operationReturned[0] = true;
            } finally {
                finished.countDown();
            }
        });
        start(1, () -> workThenStop(machine.core(1).ops(), 500));
        release(0, 1);
        machine.run(LIMIT);
        spinning = false;
        assertTrue(finished.await(60, TimeUnit.SECONDS), "the hung thread ran to its operation");
        assertFalse(operationReturned[0], "its machine operation was refused");
        assertEquals(CoreState.HUNG, machine.core(0).state(), "the report stands");
    }

    private static final int FPGA = 0xF9000000;

    @Test
    void ipiThroughTheGlobalInterruptControllerTellsTheReceiverWhoSentIt() {
        int[] sender = {-1};
        start(0, () -> {
            unrealMode(0);
            Operations ops = machine.core(0).ops();
            realModeHandler(0, 124, 0x600, () -> {
                // Status bit 6 + k means core k sent it; for k = 41 that is bit 15 of the high word.
                int statusHigh = ops.read32(FPGA + 0xD004);
                sender[0] = 32 + ops.bsr(statusHigh) - 6;
                ops.write32(FPGA + 0xD404, statusHigh);
                ops.write32(0xF8000010, ops.read32(0xF8000010) & ~2);
                ops.write32(APIC + 0xB0, 0);
                ops.iret();
            });
            ops.write32(APIC + 0xF0, 0x1FF);
            ops.write32(APIC + 0x350, 124);
            ops.write32(FPGA + 0xD204, ~(1 << (6 + 41 - 32)));
            ops.sti();
            ops.hlt();
            ops.cli();
            ops.hlt();
        });
        start(41, () -> {
            unrealMode(41);
            Operations ops = machine.core(41).ops();
            ops.work(20_000);
            ops.write32(FPGA + 0xD600 + 8 * 41, 1);
            ops.cli();
            ops.hlt();
        });
        release(0, 41);
        machine.run(LIMIT);
        assertEquals(41, sender[0], "status bit 6 + 41 names core 41 as the sender");
        assertEquals(0, machine.chip().fpga().gic().status(0), "the receiver acknowledged through IRQ_RESET");
        assertEquals(new TraceEvent.Ipi(41, 0, 0), machine.trace().events(TraceEvent.Ipi.class).get(0));
    }
}
