package eduscc.kernel.sched;

/**
 * The bytes of one task-table entry, eduOS's {@code task_t} (facts §2), and their decoding for the
 * debugger. Each entry is {@link #SIZE} bytes, aligned to 64 as eduOS aligns {@code task_t} to
 * its {@code CACHE_LINE} of 64 (two of the SCC's 32-byte lines). The first fields keep eduOS's
 * order; eduOS's paging, VMA, heap and FPU fields are left out because the kit's kernel has none
 * of those, and the kit's own fields follow eduOS's links:
 *
 * <pre>
 *   eduOS (kernel/tasks_types.h)          offset  here
 *   tid_t     id;                          0      id, the task's slot in the table
 *   uint32_t  status;                      4      TaskState: 0 INVALID 1 READY 2 RUNNING 3 BLOCKED 4 FINISHED 5 IDLE
 *   size_t*   last_stack_pointer;          8      the saved frame on its kernel stack (software switch)
 *   void*     stack;                      12      the base (lowest address) of its kernel stack
 *   uint8_t   flags;                      16      0: the kit keeps no FPU state
 *   uint8_t   prio;                       17      0 (idle) .. 31
 *   (page_map, locks, vma, heap: none)    18      2 bytes padding
 *   struct task* next;                    20      task_t address of the next task in its ready list, 0 at the tail
 *   struct task* prev;                    24      task_t address of the previous one, 0 at the head
 *   kit: tss selector                     28      its TSS descriptor (hardware switch)
 *   kit: wake tick                        32      64 bits, low word first: when a sleeper wakes
 *   kit: exit code                        40
 *   kit: parent                           44      task_t address of the task that created it, 0 for none
 *   kit: waiting for                      48      task_t address of the child it waits for, 0 for none
 *                                         52..63  unused
 * </pre>
 *
 * Links hold task_t addresses, as eduOS's pointers do, rather than slot numbers: a memory view
 * then shows the same words a C debugger would, and following a link is one load with no
 * multiplication.
 *
 * @param address where the entry starts
 * @param next    the raw link words, 0 for none
 */
public record TaskT(int address, int id, int status, int lastStackPointer, int stack, int flags, int prio,
                    int next, int prev, int tssSelector, long wakeTick, int exitCode, int parent, int waitingFor) {
    public static final int SIZE = 64;
    public static final int ID = 0;
    public static final int STATUS = 4;
    public static final int LAST_STACK_POINTER = 8;
    public static final int STACK = 12;
    public static final int FLAGS = 16;
    public static final int PRIO = 17;
    public static final int NEXT = 20;
    public static final int PREV = 24;
    public static final int TSS_SELECTOR = 28;
    public static final int WAKE_TICK = 32;
    public static final int EXIT_CODE = 40;
    public static final int PARENT = 44;
    public static final int WAITING_FOR = 48;

    /** Decodes the entry at {@code address} by probing: costs nothing, changes nothing. */
    public static TaskT probe(KernelData data, int address) {
        long wake = Integer.toUnsignedLong(data.probe32(address + WAKE_TICK))
            | (long) data.probe32(address + WAKE_TICK + 4) << 32;
        return new TaskT(address, data.probe32(address + ID), data.probe32(address + STATUS),
            data.probe32(address + LAST_STACK_POINTER), data.probe32(address + STACK), data.probe8(address + FLAGS),
            data.probe8(address + PRIO), data.probe32(address + NEXT), data.probe32(address + PREV),
            data.probe32(address + TSS_SELECTOR), wake, data.probe32(address + EXIT_CODE),
            data.probe32(address + PARENT), data.probe32(address + WAITING_FOR));
    }

    /** The status word as a state; a word outside 0..5 is a broken entry. */
    public TaskState state() {
        return TaskT.state(status, address);
    }

    static TaskState state(int status, int address) {
        TaskState[] states = TaskState.values();
        if (status < 0 || status >= states.length) {
            throw new IllegalStateException(String.format("task_t at 0x%08X: status word %d is no task state (0..%d)",
                address, status, states.length - 1));
        }
        return states[status];
    }
}
