package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.kernel.arch.StateFrame;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;

/**
 * The kit's C half of the software switch (the contract is {@link SwitchContextParts}): eduOS's
 * {@code create_default_frame}, {@code get_current_stack} and {@code set_kernel_stack}.
 */
public final class KitSwitchContext implements SwitchContextParts {
    private static final int NEW_TASK_INT_NO = 0xB16B00B5;
    private static final int NEW_TASK_ERROR = 0xC03DB4B3;
    /** IF set, as in eduOS's default frame (eduOS's 0x1202 also sets IOPL 1; the kit keeps IOPL 0). */
    private static final int NEW_TASK_EFLAGS = Eflags.RESERVED_ONE | Eflags.IF;
    /** eduOS starts a new stack 16 bytes below its top. */
    private static final int STACK_GAP = 16;

    /**
     * A frame on the new task's kernel stack that looks as if the task had been interrupted at
     * {@code entry}, so the first switch to it simply returns there.
     */
    @Override
    public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
        Operations ops = cpu.ops();
        int top = KernelLayout.kernelStackTop(task.id()) - STACK_GAP;
        int start = top - StateFrame.KERNEL_SIZE;
        int ring = cpu.kernelRing();
        ops.write32(start + StateFrame.DS, Selectors.KERNEL_DATA | ring);
        ops.write32(start + StateFrame.ES, Selectors.KERNEL_DATA | ring);
        for (int field = StateFrame.EDI; field <= StateFrame.EAX; field += 4) {
            ops.write32(start + field, field == StateFrame.ESP ? top : 0);
        }
        ops.write32(start + StateFrame.INT_NO, NEW_TASK_INT_NO);
        ops.write32(start + StateFrame.ERROR, NEW_TASK_ERROR);
        ops.write32(start + StateFrame.EIP, entry);
        ops.write32(start + StateFrame.CS, Selectors.KERNEL_CODE | ring);
        ops.write32(start + StateFrame.EFLAGS, NEW_TASK_EFLAGS);
        task.setLastStackPointer(start);
    }

    /**
     * The new task's saved stack pointer, in EAX (one load from its task_t); and, as eduOS's
     * {@code write_cr3(current->page_map)}, its page directory into CR3 when it runs on another
     * one than the task before.
     */
    @Override
    public void getCurrentStack(SwitchContextCpu cpu, Task next) {
        if (next.pageMap() != cpu.loadedPageMap()) {
            cpu.loadPageMap(next.pageMap());
        }
        cpu.ops().setRegister(Registers.EAX, next.lastStackPointer());
    }

    /** ESP0 of the core's TSS is {@code stack + KERNEL_STACK_SIZE - 16} of the new task. */
    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        cpu.setEsp0(next.stack() + KernelLayout.KERNEL_STACK_SIZE - STACK_GAP);
    }
}
