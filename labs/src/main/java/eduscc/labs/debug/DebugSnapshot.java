package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.bench.LatencySamples;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TracePrefix;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the debugger shows at one pause: the machine, each core's kernel, the trace so far and
 * where the run stands. Immutable (the trace is a {@link TracePrefix} of the run's trace when the
 * session made it, shared rather than copied), so the GUI may read it on its own thread while the
 * simulation goes on (DESIGN §5).
 *
 * @param position instruction boundaries passed since the start (the unit of stepping)
 * @param status   a line for the status bar, e.g. "paused at boundary 120: ModeSwitch on core 0"
 * @param kernelStacks for each core running kernel Java code, the kernel lines on its stack, innermost first
 * @param previousStep the state one boundary earlier in the run ({@code position - 1}), whatever
 *     command led here, so "changed since the last step" means the same after a step, a jump or a
 *     step back; null at the start, during a run, and in itself (no chain)
 * @param trace    the run's latest events: all of a short run, the last {@link Session#TRACE_WINDOW}
 *     of a long one ({@link #traceLeftOut()} says how many came before; {@link Session#events}
 *     derives them again)
 * @param tickEnds each core's kernel at the end of the timer ticks the run has passed that a
 *     narration check names, oldest first
 * @param stopEvent  the event the last command stopped at, with where it was recorded; null if none
 * @param lastWrites the memory writes that led here (see {@link LastWrites})
 * @param memory     the memory view's window, read at this pause; null while no view asks for one
 * @param pages      the paging view's core's page directory, tables and frame allocator, read at
 *     this pause; null while no view asks for them
 * @param guests     each core that hosts a guest, its two worlds, regs page and shadow tables, read
 *     at this pause (the lguest view); empty on a lab without guests
 * @param messaging  the RCCE world's MPB shares, waits and write-combine buffers, read at this
 *     pause (the MPB view); {@link MessagingState#NONE} on a lab that does not message
 * @param switchSamples each core's context-switch samples so far, taken by the lab's
 *     {@code switchSamples} steps (the latency plot's "this lab"); empty on a lab without them
 */
public record DebugSnapshot(String lab, long position, MachineSnapshot machine,
                            SortedMap<Integer, KernelSnapshot> kernels, List<TraceEntry> trace, String status,
                            SortedMap<Integer, List<SourceLine>> kernelStacks, DebugSnapshot previousStep,
                            List<TickEnd> tickEnds, StopEvent stopEvent, LastWrites lastWrites, MemoryDump memory,
                            PageTables pages, List<GuestWorlds> guests,
                            MessagingState messaging, SortedMap<Integer, LatencySamples> switchSamples) {

    public DebugSnapshot {
        kernels = new TreeMap<>(kernels);
        // The run's own trace storage is shared, not copied: a snapshot costs the same at any
        // trace length (the window takes one per frame while a run goes on).
        trace = trace instanceof TracePrefix shared ? shared : List.copyOf(trace);
        kernelStacks = new TreeMap<>(kernelStacks);
        tickEnds = tickEnds == null ? List.of() : List.copyOf(tickEnds);
        lastWrites = lastWrites == null ? LastWrites.NONE : lastWrites;
        guests = guests == null ? List.of() : List.copyOf(guests);
        messaging = messaging == null ? MessagingState.NONE : messaging;
        switchSamples = switchSamples == null ? new TreeMap<>() : new TreeMap<>(switchSamples);
    }

    /** A snapshot without the step before it, tick ends, stop event, recorded writes, memory window or page tables (views tested on their own). */
    public DebugSnapshot(String lab, long position, MachineSnapshot machine, SortedMap<Integer, KernelSnapshot> kernels,
                         List<TraceEntry> trace, String status, SortedMap<Integer, List<SourceLine>> kernelStacks) {
        this(lab, position, machine, kernels, trace, status, kernelStacks, null, List.of(), null, LastWrites.NONE, null, null, List.of(),
            MessagingState.NONE, null);
    }

    /** This snapshot with {@code before} as the state one step earlier. */
    public DebugSnapshot withPreviousStep(DebugSnapshot before) {
        DebugSnapshot flat = before == null || before.previousStep() == null ? before : before.withPreviousStep(null);
        return new DebugSnapshot(lab, position, machine, kernels, trace, status, kernelStacks, flat, tickEnds,
            stopEvent, lastWrites, memory, pages, guests, messaging, switchSamples);
    }

    /** This snapshot carrying {@code tables} (a view tested on its own builds them from a machine). */
    public DebugSnapshot withPages(PageTables tables) {
        return new DebugSnapshot(lab, position, machine, kernels, trace, status, kernelStacks, previousStep, tickEnds,
            stopEvent, lastWrites, memory, tables, guests, messaging, switchSamples);
    }

    /** This snapshot carrying {@code worlds} as its guests (a view tested on its own). */
    public DebugSnapshot withGuests(List<GuestWorlds> worlds) {
        return new DebugSnapshot(lab, position, machine, kernels, trace, status, kernelStacks, previousStep, tickEnds,
            stopEvent, lastWrites, memory, pages, worlds, messaging, switchSamples);
    }

    /** Core {@code pid}'s guest as read at this pause, if it hosts one. */
    public java.util.Optional<GuestWorlds> guest(int pid) {
        return guests.stream().filter(g -> g.core() == pid).findFirst();
    }

    /** How core {@code core}'s kernel stood when tick {@code tick} ended, if the run has passed it. */
    public java.util.Optional<TickEnd> tickEnd(int core, long tick) {
        return tickEnds.stream().filter(t -> t.core() == core && t.tick() == tick).findFirst();
    }

    /** The kernel source line core {@code pid}'s running context stands at (innermost frame), or null. */
    public SourceLine sourceLine(int pid) {
        List<SourceLine> stack = kernelStacks.get(pid);
        return stack == null || stack.isEmpty() ? null : stack.get(0);
    }

    /** Every kernel line on core {@code pid}'s Java stack, innermost first. */
    public List<SourceLine> kernelStack(int pid) {
        return kernelStacks.getOrDefault(pid, List.of());
    }

    /** How many events the run recorded before the first one in {@link #trace()}: 0 unless the window moved on. */
    public long traceLeftOut() {
        return TracePrefix.leftOut(trace);
    }

    /**
     * The run's first events, which the window keeps whatever the run's length (the boot): the
     * start of {@link #trace()} on a short run.
     */
    public List<TraceEntry> traceHead() {
        return trace instanceof TracePrefix p ? p.head() : trace;
    }

    /**
     * Every event kept: the head, then the window after it (the trace itself on a short run). A
     * view that looks for the boot's events (the boot strip, the timeline's lanes) reads this.
     */
    public List<TraceEntry> traceKept() {
        if (traceLeftOut() == 0) {
            return trace;
        }
        List<TraceEntry> head = traceHead();
        long skip = Math.max(0, head.size() - traceLeftOut());
        return new java.util.AbstractList<>() {
            @Override
            public TraceEntry get(int i) {
                return i < head.size() ? head.get(i) : trace.get((int) (i - head.size() + skip));
            }

            @Override
            public int size() {
                return (int) (head.size() + trace.size() - skip);
            }
        };
    }

    public TraceEntry lastEvent() {
        return trace.isEmpty() ? null : trace.get(trace.size() - 1);
    }
}
