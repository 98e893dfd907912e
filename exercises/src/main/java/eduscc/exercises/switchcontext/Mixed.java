package eduscc.exercises.switchcontext;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.StateFrame;
import eduscc.kernel.sched.KitSwitchContext;
import eduscc.kernel.sched.SwitchContextCpu;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import java.util.List;
import java.util.function.Supplier;

/**
 * The code a check runs: what it judges from the code under test, the rest from the kit, so that a
 * check sees one method's mistakes and not another's. It also remembers what the switch was doing
 * last, so that a check can name the task when the student's code made the core fault.
 */
final class Mixed implements SwitchContextParts {
    /** What comes from the code under test. */
    enum Part {
        /** createDefaultFrame. */
        FRAME,
        /** get_current_stack. */
        STACK,
        /** set_kernel_stack. */
        KERNEL_STACK,
        /** get_current_stack for its CR3 loads; EAX is then set as the kit sets it (the STACK check's). */
        CR3,
        /**
         * All three methods, each value another check judges then set as the kit sets it: the first
         * frame is the kit's with the IF bit of the student's (the lab's own), EAX and ESP0 the kit's.
         */
        LAB
    }

    private final SwitchContextParts graded;
    private final SwitchContextParts kit = new KitSwitchContext();
    private final Part part;
    /** For {@link Part#LAB}: each new task and whether the first EFLAGS the student wrote for it has IF. */
    private final List<FirstInterruptFlag> firstInterruptFlags;
    /** What the switch did last: "creating the first frame of t", "switching to t". */
    private String doing = "nothing yet";

    private Mixed(SwitchContextParts graded, Part part, List<FirstInterruptFlag> firstInterruptFlags) {
        this.graded = graded;
        this.part = part;
        this.firstInterruptFlags = firstInterruptFlags;
    }

    /** Makes one per kernel, as the kernel's plug-in does. */
    static Supplier<SwitchContextParts> of(Supplier<SwitchContextParts> graded, Part part) {
        return () -> new Mixed(graded.get(), part, List.of());
    }

    /** For the lab check: makes one per kernel, each adding to {@code firstInterruptFlags} one per new task. */
    static Supplier<SwitchContextParts> forLab(Supplier<SwitchContextParts> graded,
            List<FirstInterruptFlag> firstInterruptFlags) {
        return () -> new Mixed(graded.get(), Part.LAB, firstInterruptFlags);
    }

    String doing() {
        return doing;
    }

    @Override
    public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
        doing = "creating the first frame of " + task.name();
        if (part == Part.LAB) {
            graded.createDefaultFrame(cpu, task, entry);
            int interruptFlag = gradedEflags(cpu.ops(), task) & Eflags.IF;
            firstInterruptFlags.add(new FirstInterruptFlag(task.name(), interruptFlag != 0));
            kit.createDefaultFrame(cpu, task, entry);
            int eflags = task.lastStackPointer() + StateFrame.EFLAGS;
            cpu.ops().write32(eflags, cpu.ops().read32(eflags) & ~Eflags.IF | interruptFlag);
        } else {
            (part == Part.FRAME ? graded : kit).createDefaultFrame(cpu, task, entry);
        }
    }

    /**
     * The EFLAGS word of the frame the code under test wrote; where its last_stack_pointer is not a
     * frame on the task's stack (the layout check's to judge), the kit's, with IF set.
     */
    private static int gradedEflags(Operations ops, Task task) {
        int top = KernelLayout.kernelStackTop(task.slot());
        int frame = task.lastStackPointer();
        if (frame < top - KernelLayout.KERNEL_STACK_SIZE || frame > top - StateFrame.KERNEL_SIZE) {
            return Eflags.IF;
        }
        return ops.read32(frame + StateFrame.EFLAGS);
    }

    @Override
    public void getCurrentStack(SwitchContextCpu cpu, Task next) {
        doing = "switching to " + next.name() + " (get_current_stack)";
        if (part == Part.CR3 || part == Part.LAB) {
            graded.getCurrentStack(cpu, next);
            cpu.ops().setRegister(Registers.EAX, next.lastStackPointer());
        } else {
            (part == Part.STACK ? graded : kit).getCurrentStack(cpu, next);
        }
    }

    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        doing = "switching to " + next.name() + " (set_kernel_stack)";
        if (part == Part.LAB) {
            graded.setKernelStack(cpu, next);
            kit.setKernelStack(cpu, next);
        } else {
            (part == Part.KERNEL_STACK ? graded : kit).setKernelStack(cpu, next);
        }
    }

    /** A new task, and whether the first EFLAGS the code under test wrote for it has IF set. */
    record FirstInterruptFlag(String task, boolean set) {
    }
}
