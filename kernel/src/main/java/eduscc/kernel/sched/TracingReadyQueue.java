package eduscc.kernel.sched;

import eduscc.machine.cpu.Core;
import eduscc.machine.trace.TraceEvent;
import java.util.List;

/**
 * Wraps whichever ready queue the kernel runs with (the kit's or a student's) and records every
 * change in the trace, so the debugger can show the lists and the bitmap move without the queue
 * itself knowing about tracing.
 */
public final class TracingReadyQueue implements ReadyQueue {
    private final ReadyQueue inner;
    private final Core core;

    public TracingReadyQueue(ReadyQueue inner, Core core) {
        this.inner = inner;
        this.core = core;
    }

    public ReadyQueue inner() {
        return inner;
    }

    @Override
    public void enqueue(Task t) {
        inner.enqueue(t);
        trace(t, true);
    }

    @Override
    public void remove(Task t) {
        boolean queued = inner.tasksAt(t.probedPriority()).contains(t);
        inner.remove(t);
        if (queued) {
            trace(t, false);
        }
    }

    @Override
    public Task dequeue(int priority) {
        Task t = inner.dequeue(priority);
        if (t != null) {
            trace(t, false);
        }
        return t;
    }

    @Override
    public int highestPriority() {
        return inner.highestPriority();
    }

    @Override
    public int prioBitmap() {
        return inner.prioBitmap();
    }

    @Override
    public List<Task> tasksAt(int priority) {
        return inner.tasksAt(priority);
    }

    /**
     * Reads the task's priority and the bitmap by probing: tracing costs the core nothing. Only
     * the priority byte is probed, not the whole task_t: this runs at every enqueue and dequeue.
     */
    private void trace(Task t, boolean enqueued) {
        core.trace(new TraceEvent.ReadyQueueChange(t.name(), t.probedPriority(), enqueued, inner.prioBitmap()));
    }
}
