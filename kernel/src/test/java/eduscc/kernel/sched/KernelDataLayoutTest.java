package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.KernelLayout;
import org.junit.jupiter.api.Test;

/**
 * The bytes of the task table and the ready-queue struct, word by word at the offsets documented
 * in {@link TaskT} and {@link ReadyQueues}, as the kernel lays them out (table at 0x00120000,
 * readyqueues at 0x00121000), in a plain array instead of a core's memory.
 */
class KernelDataLayoutTest {
    private static final int TABLE = KernelLayout.TASK_TABLE;
    private static final int RQ = KernelLayout.READY_QUEUES;
    private static final int LIST_8 = RQ + 16 + 8 * 7;

    private final HeapKernelData memory = new HeapKernelData(TABLE, RQ + ReadyQueues.SIZE - TABLE);
    private final TaskTable table = new TaskTable(memory, TABLE, 59);
    private final ReadyQueues queues = new ReadyQueues(v -> v == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(v),
        memory, RQ, table);

    private int word(int address) {
        return memory.probe32(address);
    }

    @Test
    void aNewTaskTEntryHoldsItsIdStatusStackAndPriority() {
        Task idle = table.create(0, "idle", Priority.IDLE, false, 0);
        Task w = table.create(3, "w", 8, false, 0);
        w.setParent(idle);
        assertEquals(0x001200C0, w.address(), "slot 3 at 0x00120000 + 3 * 64");
        assertEquals(3, word(0x001200C0 + 0), "id");
        assertEquals(0, word(0x001200C0 + 4), "status INVALID");
        assertEquals(0, word(0x001200C0 + 8), "last_stack_pointer");
        assertEquals(0x00206000, word(0x001200C0 + 12), "stack: the base of kernel stack 3, 0x00200000 + 3 * 8 KiB");
        assertEquals(0, memory.probe8(0x001200C0 + 16), "flags");
        assertEquals(8, memory.probe8(0x001200C0 + 17), "prio, one byte");
        assertEquals(0x00120000, word(0x001200C0 + 44), "parent: the idle task's task_t address");
        assertEquals(5, word(0x00120000 + 4), "the idle task's status is IDLE (5)");
    }

    @Test
    void enqueueLinksTasksByTheirTaskTAddressesAndSetsTheBitAndCount() {
        Task a = table.create(1, "a", 8, false, 0);
        Task b = table.create(2, "b", 8, false, 0);
        queues.enqueue(a);
        queues.enqueue(b);
        assertEquals(0x00000100, word(RQ + 12), "prio_bitmap: bit 8");
        assertEquals(2, word(RQ + 8), "nr_tasks");
        assertEquals(0x00120040, word(LIST_8), "queue[7].first = a's task_t");
        assertEquals(0x00120080, word(LIST_8 + 4), "queue[7].last = b's task_t");
        assertEquals(0x00120080, word(0x00120040 + 20), "a->next = b");
        assertEquals(0, word(0x00120040 + 24), "a->prev = NULL");
        assertEquals(0x00120040, word(0x00120080 + 24), "b->prev = a");
        assertEquals(0, word(0x00120080 + 20), "b->next = NULL");
        assertEquals(1, word(0x00120040 + 4), "a READY");
        assertEquals(0, word(RQ + ReadyQueues.LOCK), "the lock word, at offset 264, is free");
    }

    @Test
    void dequeueMovesFirstAndClearsTheBitWhenTheListEmpties() {
        Task a = table.create(1, "a", 8, false, 0);
        Task b = table.create(2, "b", 8, false, 0);
        queues.enqueue(a);
        queues.enqueue(b);
        assertSame(a, queues.dequeue(8));
        assertEquals(0x00120080, word(LIST_8), "first = b");
        assertEquals(0x00120080, word(LIST_8 + 4), "last = b");
        assertEquals(0, word(0x00120080 + 24), "b->prev = NULL: b is the head now");
        assertEquals(0x00000100, word(RQ + 12), "bit 8 stays while b waits");
        assertEquals(1, word(RQ + 8), "nr_tasks");
        assertSame(b, queues.dequeue(8));
        assertEquals(0, word(LIST_8), "first = NULL");
        assertEquals(0, word(LIST_8 + 4), "last = NULL");
        assertEquals(0, word(RQ + 12), "prio_bitmap empty");
        assertEquals(0, word(RQ + 8), "nr_tasks");
    }

    @Test
    void removingFromTheMiddleBendsTheNeighboursLinksInMemory() {
        Task a = table.create(1, "a", 30, false, 0);
        Task b = table.create(2, "b", 30, false, 0);
        Task c = table.create(3, "c", 30, false, 0);
        queues.enqueue(a);
        queues.enqueue(b);
        queues.enqueue(c);
        queues.remove(b);
        assertEquals(c.address(), word(a.address() + TaskT.NEXT));
        assertEquals(a.address(), word(c.address() + TaskT.PREV));
        assertEquals(0x40000000, word(RQ + 12), "bit 30");
        assertEquals(java.util.List.of(a, c), queues.tasksAt(30));
    }

    @Test
    void theProbeDecodesTheWholeEntry() {
        Task t = table.create(4, "t", 16, true, 0);
        t.setLastStackPointer(0x00209F00);
        t.setTssSelector(0x48);
        t.setWakeTick(0x1_0000_0002L);
        t.setExitCode(-1);
        t.setState(TaskState.BLOCKED);
        TaskT entry = t.probe();
        assertEquals(new TaskT(0x00120100, 4, 3, 0x00209F00, 0x00208000, 0, 16, 0, 0, 0x48, 0x1_0000_0002L, -1, 0, 0),
            entry);
        assertEquals(2, word(0x00120100 + 32), "wake tick, low word first");
        assertEquals(1, word(0x00120100 + 36), "wake tick, high word");
        assertEquals(TaskState.BLOCKED, entry.state());
    }

    @Test
    void aLinkThatPointsAtNoTaskTIsReportedWithItsFieldAndAddress() {
        Task a = table.create(1, "a", 8, false, 0);
        Task b = table.create(2, "b", 8, false, 0);
        queues.enqueue(a);
        queues.enqueue(b);
        memory.store32(a.address() + TaskT.NEXT, 0x00120044);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> queues.dequeue(8));
        assertTrue(e.getMessage().contains("field next of its task_t at 0x00120040 holds 0x00120044"), e.getMessage());
    }

    @Test
    void tasksMadeWithoutAKernelLinkThroughTheirOwnEntries() {
        ReadyQueues q = ReadyQueues.withJavaBsr();
        Task a = new Task(1, "a", 8, false);
        Task b = new Task(2, "b", 8, false);
        q.enqueue(a);
        q.enqueue(b);
        assertEquals(b.address(), a.probe().next(), "a->next holds b's task_t address");
        assertEquals(a.address(), b.probe().prev());
        assertSame(a, q.dequeue(8));
        assertSame(b, q.dequeue(8));
        assertEquals(0, q.prioBitmap());
    }
}
