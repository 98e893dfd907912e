package eduscc.kernel.sched;

import eduscc.kernel.arch.Gdt;
import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.kernel.arch.TaskStateSegment;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.tables.Tss32;

/**
 * Context switching the way early MetalSVM did it (eduOS facts §4): every task has its own TSS
 * and a descriptor for it in the GDT at index 5 + id, and switching is one far JMP to the next
 * task's TSS selector. The processor then does the saving and loading itself (SDM §7.3): the old
 * task's registers go into its TSS, the new task's come out of its own.
 *
 * <p>The far JMP stays a plain machine operation, not a {@link Hardware} method: only a kernel
 * that owns the core can switch tasks this way (lguest's guests switch in software).
 */
public final class HardwareContextSwitch implements ContextSwitch {
    /** EFLAGS of a new task: IF set, as in eduOS's default frame (0x1202 without the IOPL bit). */
    private static final int NEW_TASK_EFLAGS = Eflags.RESERVED_ONE | Eflags.IF;

    private final Operations ops;
    private final Hardware hardware;
    private final Gdt gdt;
    /** The page directory every task runs on (0 without paging): the CR3 field of each new TSS. */
    private final int cr3;

    public HardwareContextSwitch(Operations ops, Hardware hardware, Gdt gdt) {
        this(ops, hardware, gdt, 0);
    }

    /**
     * @param cr3 the page directory of the tasks; a task switch loads CR3 from the new TSS
     *            (SDM §7.3), so every TSS must name the directory the task runs on
     */
    public HardwareContextSwitch(Operations ops, Hardware hardware, Gdt gdt, int cr3) {
        this.ops = ops;
        this.hardware = hardware;
        this.gdt = gdt;
        this.cr3 = cr3;
    }

    @Override
    public String name() {
        return "hardware";
    }

    @Override
    public void adoptIdle(Task idle) {
        idle.setTssSelector(Selectors.tss(0));
    }

    /** The new task's TSS says: start at the task entry, on the top of your own kernel stack. */
    @Override
    public void prepare(Task task, int entry) {
        int slot = task.id();
        int base = KernelLayout.tssAddress(slot);
        int stack = KernelLayout.kernelStackTop(slot);
        TaskStateSegment.write(ops, base, TaskStateSegment.kernelTask(cr3, entry, stack, stack, NEW_TASK_EFLAGS));
        task.setTssSelector(gdt.addTss(slot, base));
    }

    /**
     * CR3 is a static field of the TSS (SDM §7.2.1): a switch to the task loads it from there and
     * a switch away does not save it, so the kernel writes the new directory into the task's TSS
     * and then into CR3.
     */
    @Override
    public void addressSpaceChanged(Task task) {
        ops.write32(KernelLayout.tssAddress(task.id()) + Tss32.CR3, task.pageMap());
        hardware.loadPageDirectory(task.pageMap());
    }

    /**
     * MetalSVM's {@code switch_task} (facts §4, from recollection): the selector of a far JMP is
     * part of the instruction, so the kernel first patches the next task's selector into its own
     * {@code jmp 0x00:0xDEADBEAF} (one 16-bit MOV to memory), then executes it. Between the two,
     * the scheduler has chosen but the CPU still runs the old task: a debugger can stop there.
     */
    @Override
    public void switchTo(Task previous, Task next) {
        int selector = next.tssSelector();
        ops.write16(KernelLayout.SWITCH_JUMP + KernelLayout.SWITCH_JUMP_SELECTOR, selector);
        ops.farJump(selector, 0);
    }
}
