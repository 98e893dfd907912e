package eduscc.kernel.sched;

import java.util.function.IntUnaryOperator;

/**
 * Makes the ready queue a kernel runs with: the plug-in point of the ready-queues exercise. The
 * kernel hands in its BSR machine operation so that the queue's msb costs the P54C's cycles.
 */
@FunctionalInterface
public interface ReadyQueueFactory {
    /**
     * The kit's own implementation: in a kernel, the view over the {@code readyqueues_t} in the
     * core's memory; without one, a queue in an array of its own.
     */
    ReadyQueueFactory KIT = new ReadyQueueFactory() {
        @Override
        public ReadyQueue create(IntUnaryOperator bsr) {
            return new ReadyQueues(bsr);
        }

        @Override
        public ReadyQueue create(IntUnaryOperator bsr, KernelData data, int address, TaskTable table) {
            return new ReadyQueues(bsr, data, address, table);
        }
    };

    ReadyQueue create(IntUnaryOperator bsr);

    /**
     * The queue a kernel runs with, given where its {@code readyqueues_t} lies. A queue that keeps
     * its lists on the Java heap (a student's) ignores the place; the kit's lives there.
     */
    default ReadyQueue create(IntUnaryOperator bsr, KernelData data, int address, TaskTable table) {
        return create(bsr);
    }
}
