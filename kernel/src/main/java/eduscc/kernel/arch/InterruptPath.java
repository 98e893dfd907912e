package eduscc.kernel.arch;

import eduscc.machine.cpu.CycleLedger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interrupt path as a lecturer takes it apart (eduOS entry.asm, irq.c, tasks.c): the parts a
 * timer tick that switches tasks, or a system call, spends its cycles in, in the order the path
 * runs through them, and which code belongs to each part. The core's {@link CycleLedger} books
 * every charge to one of them; {@code eduscc bench} prints the median sample that way.
 *
 * <p>The x86 parts are known by address, from entry.asm's labels: a vector's stub and the
 * common stub up to its CALL are the entry stub, from {@code .exit} on the exit stub, the IRET
 * itself on its own line. The Java parts share one address (the C-level function's label,
 * {@code irq_handler}), so the kernel marks them where they run: {@link #EOI} around the APIC
 * write, {@link #LOCK} around taking and releasing the ready queues' irqsave spinlock,
 * {@link #SCHEDULER} around the decision and {@code finish_task_switch}, {@link #SWITCH} around
 * the context switch (CycleLedger#mark).
 *
 * <p>A new part joins {@link #ORDER} at its place on the path and marks its code the same way.
 */
public final class InterruptPath {
    public static final String ENTRY_STUB = "entry stub";
    public static final String HANDLER = "handler";
    public static final String EOI = "EOI";
    public static final String LOCK = "lock";
    public static final String SCHEDULER = "scheduler";
    public static final String SWITCH = "switch";
    public static final String EXIT_STUB = "exit stub";
    public static final String IRET = "IRET";

    /**
     * All parts in path order: the interrupted task, the way in, the work, the way out; then
     * lguest's round trip from a guest's trap on (the Switcher's way out, the launcher, its call
     * of the Switcher, the way in, the guest's code; names from {@code kernel.lguest}).
     */
    public static final List<String> ORDER = List.of(CycleLedger.TASK_CODE, CycleLedger.INTERRUPT_DELIVERY,
        CycleLedger.INT_DELIVERY, ENTRY_STUB, HANDLER, EOI, LOCK, SCHEDULER, SWITCH, EXIT_STUB, IRET, CycleLedger.HALTED,
        "Switcher out", "lguest host", "run_guest_once", "Switcher in", "guest");

    /**
     * Where each part of entry.asm begins; it runs up to the next label of this table. The C-level
     * functions' labels are where the kernel's Java code runs (the scheduler's callbacks from
     * switch_context belong to the switch).
     */
    private static final Map<String, String> STARTS = Map.ofEntries(
        Map.entry("isr0", ENTRY_STUB),
        Map.entry("common_stub.exit", EXIT_STUB),
        Map.entry("common_stub.iret", IRET),
        Map.entry("isrsyscall", ENTRY_STUB),
        Map.entry("isrsyscall.exit", EXIT_STUB),
        Map.entry("isrsyscall.iret", IRET),
        Map.entry("switch_context", SWITCH),
        Map.entry("irq_handler", HANDLER),
        Map.entry("syscall_handler", HANDLER),
        Map.entry("get_current_stack", SWITCH),
        Map.entry("set_kernel_stack", SWITCH));

    private InterruptPath() {
    }

    /** Where a part stands on the path; a part {@link #ORDER} does not name yet comes after all it does. */
    public static int position(String component) {
        int position = ORDER.indexOf(component);
        return position < 0 ? ORDER.size() : position;
    }

    /** Tells the core's ledger which part each byte of entry.asm belongs to. */
    public static void mapEntryCode(CycleLedger ledger) {
        TreeMap<Integer, String> byAddress = new TreeMap<>();
        STARTS.forEach((label, part) -> byAddress.put(EntryStubs.address(label), part));
        int end = (int) (EntryStubs.assembly().origin() + EntryStubs.assembly().bytes().length);
        // A C-level function's label holds one HLT byte; its Java code is bound to that address.
        int last = Math.max(end, byAddress.lastKey() + 1);
        for (Map.Entry<Integer, String> start : byAddress.entrySet()) {
            Integer next = byAddress.higherKey(start.getKey());
            ledger.mapCode(start.getKey(), next == null ? last : next, start.getValue());
        }
    }
}
