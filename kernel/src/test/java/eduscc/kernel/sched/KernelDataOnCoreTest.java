package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The task table and the ready queues in a booted core's private memory: what the scheduler
 * uses is in the bytes, reading them for the debugger costs nothing, and the lock costs what the
 * cost table says.
 */
class KernelDataOnCoreTest {
    private Kernel kernel;
    private Core core;

    private Machine run(boolean hardwareSwitch, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, booted -> {
            core = booted;
            kernel = new Kernel(booted, config, tasks);
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void lockAndUnlockCostPushfCliXchgTheStoreAndSti(boolean hardwareSwitch) {
        long[] measured = new long[1];
        try (Machine machine = run(hardwareSwitch, k -> k.scheduler().create("measure", Priority.NORMAL, () -> {
            Operations ops = k.ops();
            IrqSaveSpinlock lock = k.scheduler().lock();
            long before = ops.rdtsc();
            int flags = lock.lock();
            lock.unlock(flags);
            measured[0] = ops.rdtsc() - before;
        }))) {
            long expected = InstructionCosts.PUSHF_PM + InstructionCosts.PUSH_POP + InstructionCosts.CLI
                + InstructionCosts.XCHG_MEM + InstructionCosts.MOV + InstructionCosts.STI + InstructionCosts.RDTSC;
            assertEquals(4 + 7 + 35 + 1 + 7 + 14, expected, "PUSHF+POP, CLI, XCHG (SCC: 35), MOV, STI, then RDTSC");
            assertEquals(expected, measured[0]);
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void everySwitchTakesTheReadyQueueLockTwiceAndReleasesIt(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> {
            k.scheduler().setCheckInvariants(true);
            k.scheduler().create("A", Priority.NORMAL, () -> k.ops().work(12_000_000));
            k.scheduler().create("B", Priority.NORMAL, () -> k.ops().work(12_000_000));
        })) {
            List<String> seen = new ArrayList<>();
            for (var entry : machine.trace().entries()) {
                TraceEvent e = entry.event();
                if (e instanceof TraceEvent.SpinlockChange l) {
                    seen.add(l.lock() + (l.acquired() ? " taken" : " released"));
                } else if (e instanceof TraceEvent.SchedulerDecision d) {
                    seen.add("decision " + d.from() + " -> " + d.to());
                } else if (e instanceof TraceEvent.ReadyQueueChange c) {
                    seen.add((c.enqueued() ? "enqueue " : "dequeue ") + c.task());
                }
            }
            int at = seen.indexOf("decision A -> B");
            assertEquals(List.of("readyqueues.lock taken", "dequeue B", "readyqueues.lock released", "decision A -> B",
                "readyqueues.lock taken", "enqueue A", "readyqueues.lock released"), seen.subList(at - 3, at + 4),
                "the round robin at a tick: eduOS's scheduler() decides under the lock (the kit traces the decision"
                + " once it is released), and finish_task_switch takes it again on B's stack to put A back");
            List<TraceEvent.SpinlockChange> all = machine.trace().events(TraceEvent.SpinlockChange.class);
            assertTrue(all.size() > 10, "the lock is used on every decision: " + all.size());
            assertEquals(all.stream().filter(TraceEvent.SpinlockChange::acquired).count(),
                all.stream().filter(s -> !s.acquired()).count(), "every acquire is released");
            assertEquals(0, core.probePrivate(KernelLayout.READY_QUEUES + ReadyQueues.LOCK, 4),
                "the lock word is free at the end");
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void theBytesInMemoryAreWhatTheSchedulerSeesAndLookingCostsNothing(boolean hardwareSwitch) {
        long[] cycles = new long[2];
        List<String> seen = new ArrayList<>();
        try (Machine machine = run(hardwareSwitch, k -> {
            Scheduler s = k.scheduler();
            s.create("low", Priority.LOW, () -> { });
            s.create("look", Priority.HIGH, () -> {
                cycles[0] = core.cycles();
                KernelSnapshot snapshot = KernelSnapshot.of(k);
                List<String> broken = QueueInvariants.violations(s.queues(), s.current(), s.tasks());
                cycles[1] = core.cycles();
                seen.add(snapshot.readyLists() + " " + Integer.toHexString(snapshot.prioBitmap()) + " " + broken);
            });
        })) {
            assertEquals(cycles[0], cycles[1], "a snapshot and the invariant check, taken by the running task, cost no cycle");
            assertEquals(List.of("{1=[low]} 2 []"), seen);
            Task low = kernel.scheduler().tasks().get(1);
            int at = KernelLayout.TASK_TABLE + TaskT.SIZE;
            assertEquals(at, low.address());
            assertEquals(1, core.probePrivate(at + TaskT.ID, 4));
            assertEquals(TaskState.FINISHED.ordinal(), core.probePrivate(at + TaskT.STATUS, 4));
            assertEquals(Priority.LOW, core.probePrivate(at + TaskT.PRIO, 1));
            assertEquals(KernelLayout.TASK_TABLE, core.probePrivate(at + TaskT.PARENT, 4), "created by the idle task (slot 0)");
            assertEquals(0, core.probePrivate(KernelLayout.READY_QUEUES + ReadyQueues.PRIO_BITMAP, 4), "nothing ready at the end");
        }
    }
}
