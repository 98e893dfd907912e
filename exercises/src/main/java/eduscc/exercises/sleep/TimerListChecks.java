package eduscc.exercises.sleep;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TimerQueue;
import eduscc.kernel.sched.TimerQueueFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the {@link TimerQueue} contract one rule at a time: each uses a fresh list and
 * fresh tasks, and each tests its own rule, so that one mistake costs the points of the rule it
 * breaks. The checks call the list as the scheduler does: {@code add} when a task sleeps at tick
 * {@code now}, {@code expired} once per tick, {@code remove} when a sleeper is woken early.
 *
 * <p>Only {@link #dueTasks} calls {@code expired}; the others look at the list through
 * {@code sleepers()} and at the wake tick written into each task. Only {@link #ordered} sends tasks
 * to sleep out of wake-tick order. A check only calls and records what it sees; the grader compares
 * that with what the same calls give on the kit's {@code TimerList}.
 */
final class TimerListChecks {
    private TimerListChecks() {
    }

    static List<ObservedCheck> all(TimerQueueFactory timers) {
        return List.of(
            new ObservedCheck("sleepers are ordered by wake tick, which each task holds", 20,
                o -> ordered(o, timers.create())),
            new ObservedCheck("sleepers with the same wake tick stay in the order they went to sleep", 15,
                o -> equalTicks(o, timers.create())),
            new ObservedCheck("a tick wakes exactly the tasks that are due, earliest first", 20,
                o -> dueTasks(o, timers.create())),
            new ObservedCheck("a task that sleeps 0 ticks (or fewer) sleeps until the next tick", 10,
                o -> zeroTicks(o, timers.create())),
            new ObservedCheck("a sleeper woken early leaves the list; a task not in it is left alone", 10,
                o -> removeEarly(o, timers.create())));
    }

    /** A task of core 0 named t{@code id}, known to the observer by that name. */
    private static Task task(Observer o, int id) {
        return o.name(new Task(id, "t" + id, 8, false, 0), "t" + id);
    }

    /** The sleepers and, for each, the wake tick it holds: [t2@3, t1@5]. */
    private static List<String> sleepers(Observer o, TimerQueue timers) {
        List<String> shown = new ArrayList<>();
        for (Task t : timers.sleepers()) {
            shown.add(o.show(t) + "@" + t.wakeTick());
        }
        return shown;
    }

    /** Four tasks sleep for different times at different ticks; the list keeps them by wake tick. */
    private static void ordered(Observer o, TimerQueue timers) {
        timers.add(task(o, 1), 0, 5);
        o.see("sleepers after t1 sleeps 5 ticks at tick 0", sleepers(o, timers));
        timers.add(task(o, 2), 0, 2);
        o.see("sleepers after t2 sleeps 2 ticks at tick 0", sleepers(o, timers));
        timers.add(task(o, 3), 1, 8);
        o.see("sleepers after t3 sleeps 8 ticks at tick 1", sleepers(o, timers));
        timers.add(task(o, 4), 1, 3);
        o.see("sleepers after t4 sleeps 3 ticks at tick 1 (wakes at 4: between t2 and t1)", sleepers(o, timers));
        timers.add(task(o, 5), 2, 1);
        o.see("sleepers after t5 sleeps 1 tick at tick 2 (wakes first)", sleepers(o, timers));
    }

    /** Tasks that wake at the same tick, sent to sleep in wake-tick order: FIFO among them. */
    private static void equalTicks(Observer o, TimerQueue timers) {
        timers.add(task(o, 1), 0, 3);
        timers.add(task(o, 2), 1, 2);
        timers.add(task(o, 3), 2, 1);
        o.see("sleepers after t1, t2 and t3 went to sleep, all until tick 3", sleepers(o, timers));
        timers.add(task(o, 4), 2, 4);
        timers.add(task(o, 5), 3, 3);
        o.see("sleepers after t4 and t5 went to sleep, both until tick 6", sleepers(o, timers));
        timers.add(task(o, 6), 5, 1);
        o.see("sleepers after t6 also went to sleep until tick 6 (behind t4 and t5)", sleepers(o, timers));
    }

    /** One call per tick, as the timer interrupt makes them; a skipped tick wakes what is overdue. */
    private static void dueTasks(Observer o, TimerQueue timers) {
        timers.add(task(o, 1), 0, 2);
        timers.add(task(o, 2), 0, 4);
        timers.add(task(o, 3), 0, 5);
        timers.add(task(o, 4), 0, 9);
        o.see("expired(1): nothing is due before tick 2", timers.expired(1));
        o.see("expired(2)", timers.expired(2));
        o.see("expired(3)", timers.expired(3));
        o.see("sleepers at tick 3", sleepers(o, timers));
        o.see("expired(5), tick 4 never came: t2 (due at 4) and t3 (due at 5)", timers.expired(5));
        o.see("expired(5) again: it is empty now", timers.expired(5));
        o.see("sleepers at tick 5", sleepers(o, timers));
        o.see("expired(12): t4 is overdue", timers.expired(12));
        o.see("sleepers once every task woke", sleepers(o, timers));
    }

    /**
     * Sleeping 0 ticks at tick 5 means waking at tick 6: the timer interrupt of tick 5 is over,
     * so a wake tick of 5 would only be seen at tick 6 anyway, but ahead of the tasks that were
     * already due then.
     */
    private static void zeroTicks(Observer o, TimerQueue timers) {
        Task t1 = task(o, 1);
        Task t2 = task(o, 2);
        Task t3 = task(o, 3);
        timers.add(t2, 5, 0);
        o.see("the wake tick of t2 after it slept 0 ticks at tick 5", t2.wakeTick());
        timers.add(t1, 5, 2);
        timers.add(t3, 7, -4);
        o.see("the wake tick of t3 after it slept -4 ticks at tick 7", t3.wakeTick());
        o.see("sleepers", sleepers(o, timers));
    }

    /** A sleeper that someone wakes before its tick (a wakeup, a mail) leaves from anywhere in the list. */
    private static void removeEarly(Observer o, TimerQueue timers) {
        Task t1 = task(o, 1);
        Task t2 = task(o, 2);
        Task t3 = task(o, 3);
        Task t4 = task(o, 4);
        timers.add(t1, 0, 2);
        timers.add(t2, 0, 4);
        timers.add(t3, 0, 6);
        timers.remove(t2);
        o.see("sleepers after removing t2 from the middle", sleepers(o, timers));
        timers.remove(t4);
        o.see("sleepers after removing t4, which does not sleep", sleepers(o, timers));
        timers.remove(t2);
        o.see("sleepers after removing t2 a second time", sleepers(o, timers));
        timers.remove(t3);
        timers.remove(t1);
        o.see("sleepers after removing the last and then the first", sleepers(o, timers));
    }
}
