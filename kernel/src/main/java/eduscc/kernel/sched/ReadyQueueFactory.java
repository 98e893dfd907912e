package eduscc.kernel.sched;

import java.util.function.IntUnaryOperator;

/**
 * Makes the ready queue a kernel runs with: the plug-in point of the ready-queues exercise. The
 * kernel hands in its BSR machine operation so that the queue's msb costs the P54C's cycles.
 */
@FunctionalInterface
public interface ReadyQueueFactory {
    /** The kit's own implementation. */
    ReadyQueueFactory KIT = ReadyQueues::new;

    ReadyQueue create(IntUnaryOperator bsr);
}
