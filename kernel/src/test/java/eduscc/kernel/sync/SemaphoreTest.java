package eduscc.kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Semaphores and mutexes block tasks in the scheduler and wake them oldest first. */
class SemaphoreTest {
    private Kernel kernel;

    /** Boots core 0 with the tasks {@code tasks} creates, runs it to the end and returns its trace. */
    private List<TraceEntry> run(Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, false);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, tasks);
            return kernel::boot;
        })) {
            machine.run();
            List<TraceEntry> entries = new ArrayList<>();
            machine.trace().entries().forEach(entries::add);
            return entries;
        }
    }

    private static String console(List<TraceEntry> trace) {
        StringBuilder s = new StringBuilder();
        trace.stream().filter(e -> e.event() instanceof TraceEvent.ConsoleOutput)
            .forEach(e -> s.append((char) ((TraceEvent.ConsoleOutput) e.event()).character()));
        return s.toString();
    }

    private static List<String> decisions(List<TraceEntry> trace) {
        return trace.stream().filter(e -> e.event() instanceof TraceEvent.SchedulerDecision d && !d.from().equals(d.to()))
            .map(e -> (TraceEvent.SchedulerDecision) e.event()).map(d -> d.from() + " -> " + d.to() + " (" + d.reason() + ")")
            .toList();
    }

    @Test
    void waitersWakeInTheOrderTheyCameNotTheOrderTheyWereCreated() {
        List<List<Integer>> waitersBeforePosts = new ArrayList<>();
        List<TraceEntry> trace = run(k -> {
            Semaphore s = k.semaphores().create("s", 0);
            k.scheduler().create("A", Priority.NORMAL, () -> {
                k.scheduler().yieldCore();
                s.semWait();
                k.print("A");
            });
            for (String name : List.of("B", "C")) {
                k.scheduler().create(name, Priority.NORMAL, () -> {
                    s.semWait();
                    k.print(name);
                });
            }
            k.scheduler().create("poster", Priority.LOW, () -> {
                waitersBeforePosts.add(s.waiters());
                for (int i = 0; i < 3; i++) {
                    s.semPost();
                    k.scheduler().yieldCore();
                }
            });
        });
        assertEquals(List.of(List.of(2, 3, 1)), waitersBeforePosts, "B (task 2), C (3), then A (1), which yielded first");
        assertEquals("BCA", console(trace), "each post wakes the oldest waiter");
        assertEquals(List.of("idle -> A (higher priority ready)", "A -> B (round robin)", "B -> C (current blocked)",
                "C -> A (current blocked)", "A -> poster (current blocked)", "poster -> B (higher priority ready)",
                "B -> poster (current finished)", "poster -> C (higher priority ready)", "C -> poster (current finished)",
                "poster -> A (higher priority ready)", "A -> poster (current finished)", "poster -> idle (idle)"),
            decisions(trace), "a wait on zero blocks; a post makes the waiter ready, and it runs at the next decision");
    }

    @Test
    void aProducerAndAConsumerShareABufferOfTwoSlots() {
        List<TraceEntry> trace = run(k -> {
            Semaphore items = k.semaphores().create("items", 0);
            Semaphore slots = k.semaphores().create("slots", 2);
            k.scheduler().create("consumer", Priority.HIGH, () -> {
                for (int i = 1; i <= 5; i++) {
                    items.semWait();
                    k.print("c" + i + " ");
                    slots.semPost();
                }
            });
            k.scheduler().create("producer", Priority.NORMAL, () -> {
                for (int i = 1; i <= 5; i++) {
                    slots.semWait();
                    k.print("p" + i + " ");
                    items.semPost();
                }
            });
        });
        String console = console(trace);
        assertEquals("p1 p2 c1 c2 p3 p4 c3 c4 p5 c5 ", console, "the producer fills both slots before it blocks; a post"
            + " readies the consumer, which takes the core at the producer's next block");
        int inBuffer = 0;
        for (String word : console.trim().split(" ")) {
            inBuffer += word.startsWith("p") ? 1 : -1;
            assertTrue(inBuffer >= 0 && inBuffer <= 2, "never more than two items, never fewer than none: " + console);
        }
        assertEquals(0, kernel.semaphores().find("items").value());
        assertEquals(2, kernel.semaphores().find("slots").value());
    }

    /** What the run-queue view shows of a core's semaphores: each queue oldest first, and a mutex's holder. */
    @Test
    void theDebuggerSeesEachQueueOldestFirstAndWhoHoldsEachMutex() {
        List<List<String>> seen = new ArrayList<>();
        run(k -> {
            Semaphore s = k.semaphores().create("s", 0);
            Mutex m = k.semaphores().createMutex("m");
            k.scheduler().create("holder", Priority.HIGH, () -> {
                m.lock();
                s.semWait();
                m.unlock();
            });
            k.scheduler().create("B", Priority.NORMAL, s::semWait);
            k.scheduler().create("C", Priority.NORMAL, () -> {
                m.lock();
                m.unlock();
            });
            k.scheduler().create("poster", Priority.LOW, () -> {
                seen.add(described(KernelSnapshot.of(k).semaphores()));
                s.semPost();
                s.semPost();
            });
        });
        assertEquals(List.of(List.of("s: count 0, waiting: holder, B", "m (mutex): held by holder, waiting: C")), seen,
            "holder took m and waits at s first, B waits at s after it, C waits for m");
        List<SemaphoreState> end = KernelSnapshot.of(kernel).semaphores();
        assertEquals(List.of("s: count 0, nobody waiting", "m (mutex): free, nobody waiting"), described(end));
        assertEquals(new SemaphoreState("m", true, 1, List.of(), ""), end.get(1), "a free mutex counts 1");
    }

    private static List<String> described(List<SemaphoreState> states) {
        return states.stream().map(SemaphoreState::describe).toList();
    }

    @Test
    void aSemaphoreLivesInItsSlotOfKernelMemory() {
        run(k -> k.semaphores().create("s", 5));
        Semaphore s = kernel.semaphores().find("s");
        assertEquals(KernelLayout.SEMAPHORES, s.address());
        assertEquals(5, s.value());
        assertEquals(List.of(), s.waiters());
        assertEquals(244, Semaphore.SIZE, "value, 58 task ids, pos, lock");
    }

    @Test
    void aMutexLetsOneTaskInAndOnlyItsHolderMayUnlockIt() {
        List<TraceEntry> trace = run(k -> {
            Mutex m = k.semaphores().createMutex("m");
            for (String name : List.of("first", "second")) {
                k.scheduler().create(name, Priority.NORMAL, () -> {
                    m.lock();
                    k.print(name + " in ");
                    k.scheduler().yieldCore();
                    k.print(name + " out ");
                    m.unlock();
                });
            }
        });
        assertEquals("first in first out second in second out ", console(trace),
            "second blocks at the held mutex although first yielded the core to it");
        assertEquals(Semaphore.NO_TASK, kernel.semaphores().findMutex("m").owner());
    }

    @Test
    void unlockingAMutexOneDoesNotHoldIsAKernelPanic() {
        List<TraceEntry> trace = run(k -> {
            Mutex m = k.semaphores().createMutex("m");
            k.scheduler().create("thief", Priority.NORMAL, m::unlock);
        });
        String panics = trace.stream().filter(e -> e.event() instanceof TraceEvent.Panic)
            .map(e -> e.event().toString()).reduce("", String::concat);
        assertTrue(panics.contains("unlocks mutex \"m\", which nobody holds"), panics);
    }

    @Test
    void namesAreUniqueAndTheSlotsAreFew() {
        List<String> refusals = new ArrayList<>();
        run(k -> {
            k.semaphores().create("s", 0);
            refusals.add(refusal(() -> k.semaphores().createMutex("s")));
            for (int i = 1; i < KernelLayout.SEMAPHORE_SLOTS; i++) {
                k.semaphores().create("s" + i, 0);
            }
            refusals.add(refusal(() -> k.semaphores().create("one-too-many", 0)));
        });
        assertEquals(List.of("core 0: a semaphore or mutex \"s\" exists",
            "core 0: no room for \"one-too-many\"; the kernel has 16 slots for semaphores and mutexes"), refusals);
    }

    /** The message of the IllegalArgumentException {@code creation} throws, or "created" (on the core, so no assertion there). */
    private static String refusal(Runnable creation) {
        try {
            creation.run();
            return "created";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
