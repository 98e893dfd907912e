package eduscc.machine.cpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a core's clocks went: every clock {@link Core} is charged lands on exactly one component
 * of the code path (the entry stub, the scheduler, the switch, ...), split into the instruction's
 * base cost and the memory stall, the latency its memory accesses added on top. A lecturer reads a
 * benchmark sample apart with it; the totals always add up to the core's cycle counter.
 *
 * <p>This is the simulator's instrument, like a profiler clipped onto the core, not P54C
 * hardware: reading it costs no simulated time and nothing a program can see depends on it.
 *
 * <p>Which component a charge belongs to, first match wins:
 * <ol>
 *   <li>an event of the processor itself, not an instruction of the code: delivering an
 *       interrupt or exception ({@link #INTERRUPT_DELIVERY}), the INT instruction's delivery
 *       ({@link #INT_DELIVERY}), sleeping in HLT ({@link #HALTED});</li>
 *   <li>a region the kernel's Java code marked with {@link #during}, for the instructions at the
 *       address the marking code stands at (Java code keeps one EIP, so an address alone cannot
 *       tell the EOI from the scheduler; the kernel says where one ends and the next begins);</li>
 *   <li>the code range of the instruction's address ({@link #mapCode}), for example entry.asm's
 *       routines from the assembler's symbols;</li>
 *   <li>otherwise {@link #TASK_CODE}.</li>
 * </ol>
 */
public final class CycleLedger {
    public static final String TASK_CODE = "task code";
    public static final String INTERRUPT_DELIVERY = "interrupt delivery";
    public static final String INT_DELIVERY = "INT delivery";
    public static final String HALTED = "halted";
    /** Components a ledger can tell apart; {@link #readTotals} fills two longs per component. */
    public static final int CAPACITY = 32;
    private static final int NO_MARK = -1;

    private final Registers regs;
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Cycles and memory stall cycles per component, interleaved: [c0, s0, c1, s1, ...]. */
    private final long[] totals = new long[2 * CAPACITY];
    /** Code ranges by their first linear address (unsigned, as a long). */
    private final TreeMap<Long, CodeRange> code = new TreeMap<>();
    private CodeRange lastRange;
    /** Every address in exactly one range, in address order (see {@link #layOut}). */
    private CodeRange[] layout;
    private long[] layoutStarts;
    private int instructionAddress;
    private int marked = NO_MARK;
    private int markedAt;
    private final int taskCode;

    private record CodeRange(long start, long end, int component) {
        boolean covers(long address) {
            return address >= start && address < end;
        }
    }

    CycleLedger(Registers regs) {
        this.regs = regs;
        this.taskCode = component(TASK_CODE);
        this.lastRange = new CodeRange(0, 0, taskCode);
        layOut();
    }

    /** The index of a component by name; a new name joins the list. */
    public int component(String name) {
        Integer index = indexes.get(name);
        if (index != null) {
            return index;
        }
        if (names.size() == CAPACITY) {
            throw new IllegalStateException("cycle ledger: no room for component '" + name + "' (" + CAPACITY + " known: "
                + names + ")");
        }
        indexes.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }

    /** The components in the order they joined; index i is totals {@code 2i} (cycles) and {@code 2i+1} (stall). */
    public List<String> components() {
        return List.copyOf(names);
    }

    /** Instructions at linear addresses {@code [from, to)} belong to {@code component}; mapping the same range again changes nothing. */
    public void mapCode(int from, int to, String component) {
        long start = Integer.toUnsignedLong(from);
        long end = Integer.toUnsignedLong(to);
        CodeRange range = new CodeRange(start, end, component(component));
        if (range.equals(code.get(start))) {
            return;
        }
        code.values().stream().filter(r -> r.start < end && start < r.end).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException(String.format("cycle ledger: code 0x%08X..0x%08X for '%s' overlaps the range of '%s'",
                from, to, component, names.get(r.component)));
        });
        code.put(start, range);
        layOut();
        lastRange = new CodeRange(0, 0, taskCode);
    }

    /**
     * Charges of the instructions at the address the calling Java code stands at now go to
     * {@code component} while {@code body} runs; the mark before is restored afterwards, also when
     * this Java code resumes only after a task switch (the saved mark is on this context's stack).
     */
    public void during(String component, Runnable body) {
        try (Mark saved = mark(component)) {
            body.run();
        }
    }

    /**
     * The same as {@link #during} without a lambda, so the call stack the debugger shows keeps
     * only kernel frames: {@code try (var m = ledger.mark(part)) { ... }} restores the mark before.
     */
    public Mark mark(String component) {
        Mark saved = new Mark(this, marked, markedAt);
        marked = component(component);
        markedAt = regs.cs().base() + regs.eip;
        return saved;
    }

    /** The mark in force before {@link #mark}; closing it puts it back. */
    public record Mark(CycleLedger ledger, int component, int at) implements AutoCloseable {
        @Override
        public void close() {
            ledger.marked = component;
            ledger.markedAt = at;
        }
    }

    /** A context that starts afresh carries no mark: the one left is its switcher's. */
    void forgetMark() {
        marked = NO_MARK;
    }

    /** The linear address of the instruction (or Java machine operation) whose cost comes next. */
    void beginInstruction(int linear) {
        instructionAddress = linear;
    }

    void instruction(long base, long stall) {
        add(componentOf(instructionAddress), base, stall);
    }

    void event(String component, long base, long stall) {
        add(component(component), base, stall);
    }

    private void add(int component, long base, long stall) {
        totals[2 * component] += base + stall;
        totals[2 * component + 1] += stall;
    }

    private int componentOf(int address) {
        if (marked != NO_MARK && address == markedAt) {
            return marked;
        }
        long linear = Integer.toUnsignedLong(address);
        if (!lastRange.covers(linear)) {
            lastRange = rangeAt(linear);
        }
        return lastRange.component;
    }

    /** The range holding {@code linear}: a mapped one, or the task-code gap around it. */
    private CodeRange rangeAt(long linear) {
        int i = Arrays.binarySearch(layoutStarts, linear);
        return layout[i >= 0 ? i : -i - 2];
    }

    /**
     * Lays the whole 32-bit space out as ranges in address order, the mapped ones and the gaps
     * between them (task code), so a lookup is one binary search over plain longs.
     */
    private void layOut() {
        List<CodeRange> all = new ArrayList<>();
        long at = 0;
        for (CodeRange r : code.values()) {
            if (r.start > at) {
                all.add(new CodeRange(at, r.start, taskCode));
            }
            all.add(r);
            at = r.end;
        }
        if (at < 1L << 32) {
            all.add(new CodeRange(at, 1L << 32, taskCode));
        }
        layout = all.toArray(CodeRange[]::new);
        layoutStarts = all.stream().mapToLong(CodeRange::start).toArray();
    }

    /**
     * Copies the totals into {@code into} (at least {@code 2 * CAPACITY} long): cycles and memory
     * stall cycles per component since reset, interleaved. They add up to {@link Core#cycles()}.
     */
    public void readTotals(long[] into) {
        System.arraycopy(totals, 0, into, 0, totals.length);
    }

    /** The totals since reset, as {@link #readTotals} fills them. */
    public long[] totals() {
        return totals.clone();
    }

    /** Reset: the cycle counter starts at 0 again, so do the totals. */
    void reset() {
        Arrays.fill(totals, 0);
        marked = NO_MARK;
    }
}
