package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer list keeps sleepers by wake tick, and it is a plug-in (the exercise sleep) the scheduler calls. */
class TimerListTest {

    private static Task task(int id) {
        return new Task(id, "t" + id, Priority.NORMAL, false, 0);
    }

    @Test
    void sleepersWakeByTickThenInTheOrderTheySleptAndZeroTicksMeansTheNextTick() {
        TimerList timers = new TimerList();
        Task a = task(1);
        Task b = task(2);
        Task c = task(3);
        Task d = task(4);
        timers.add(a, 0, 3);
        timers.add(b, 1, 2);
        timers.add(c, 0, 1);
        timers.add(d, 2, 0);
        assertEquals(List.of(c, a, b, d), timers.sleepers(), "c at 1, a and b at 3 in the order they slept, d at 3 too");
        assertEquals(3, d.wakeTick(), "0 ticks at tick 2 wakes at tick 3");
        assertEquals(List.of(), timers.expired(0));
        assertEquals(List.of(c), timers.expired(1));
        timers.remove(b);
        timers.remove(c);
        assertEquals(List.of(a, d), timers.expired(7));
        assertEquals(List.of(), timers.sleepers());
    }

    @Test
    void theKitsTimerListIsAlwaysThereAndCannotBeReplaced() {
        assertSame(TimerQueueFactory.KIT, SleepPlugins.get("kit"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SleepPlugins.register("kit", TimerList::new));
        assertEquals("'kit' is the kit's own timer list and cannot be replaced", e.getMessage());
    }

    @Test
    void theSchedulerSleepsAndWakesThroughTheChosenTimerList() {
        List<String> calls = new ArrayList<>();
        TimerQueueFactory recording = () -> new TimerQueue() {
            private final TimerList kit = new TimerList();

            @Override
            public void add(Task task, long now, long ticks) {
                calls.add("add " + task.name() + " at " + now + " for " + ticks);
                kit.add(task, now, ticks);
            }

            @Override
            public List<Task> expired(long tick) {
                List<Task> due = kit.expired(tick);
                if (!due.isEmpty()) {
                    calls.add("tick " + tick + " wakes " + due.stream().map(Task::name).toList());
                }
                return due;
            }

            @Override
            public void remove(Task task) {
                kit.remove(task);
            }

            @Override
            public List<Task> sleepers() {
                return kit.sleepers();
            }
        };
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(100, 0, true, false),
                k -> k.scheduler().create("sleeper", Priority.NORMAL, () -> {
                    k.scheduler().sleep(2);
                    k.scheduler().sleep(0);
                }));
            kernel.setTimerList(recording);
            return kernel::boot;
        })) {
            machine.run();
        }
        assertEquals(List.of("add sleeper at 1 for 2", "tick 3 wakes [sleeper]", "add sleeper at 3 for 0",
            "tick 4 wakes [sleeper]"), calls, "the task first runs at tick 1");
    }
}
