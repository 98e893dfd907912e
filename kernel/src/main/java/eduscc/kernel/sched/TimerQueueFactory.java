package eduscc.kernel.sched;

/** Makes the {@link TimerQueue} of one core's scheduler, as {@link ReadyQueueFactory} makes its ready queue. */
@FunctionalInterface
public interface TimerQueueFactory {
    /** The kit's own: {@link TimerList}. */
    TimerQueueFactory KIT = TimerList::new;

    TimerQueue create();
}
