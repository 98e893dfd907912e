package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;

/**
 * eduOS's {@code task_table}: one {@link TaskT} entry per slot, back to back in kernel data, slot
 * n at {@code base + n·64}. It also finds the {@link Task} view for a task_t address, which is
 * all a C pointer needs and a Java object does not have: the address is the data, the view is how
 * Java code gets at it.
 */
public final class TaskTable {
    private final KernelData data;
    private final int base;
    private final Task[] views;

    /**
     * @param base  the address of slot 0's entry ({@link KernelLayout#TASK_TABLE} in the kernel)
     * @param slots how many entries, the idle task's included
     */
    public TaskTable(KernelData data, int base, int slots) {
        this.data = data;
        this.base = base;
        this.views = new Task[slots];
    }

    /** Where slot {@code slot}'s entry starts in a table at {@code base}. */
    public static int addressOf(int base, int slot) {
        return base + TaskT.SIZE * slot;
    }

    public int addressOf(int slot) {
        return addressOf(base, slot);
    }

    /**
     * A new task in slot {@code slot}: its entry is written (the stores eduOS's create_task makes)
     * and the view replaces any earlier task of that slot.
     */
    public Task create(int slot, String name, int priority, boolean user, int coreId) {
        if (slot < 0 || slot >= views.length) {
            throw new IllegalArgumentException("task table of core " + coreId + ": slot " + slot + " outside 0.."
                + (views.length - 1));
        }
        Task task = new Task(this, slot, name, priority, user, coreId);
        views[slot] = task;
        return task;
    }

    /** The task whose entry starts at {@code address}; null for 0 or for an address that is no entry of this table. */
    public Task at(int address) {
        long offset = Integer.toUnsignedLong(address) - Integer.toUnsignedLong(base);
        if (address == 0 || offset < 0 || offset % TaskT.SIZE != 0 || offset / TaskT.SIZE >= views.length) {
            return null;
        }
        return views[(int) (offset / TaskT.SIZE)];
    }

    public KernelData data() {
        return data;
    }

    public int base() {
        return base;
    }

    public int slots() {
        return views.length;
    }
}
