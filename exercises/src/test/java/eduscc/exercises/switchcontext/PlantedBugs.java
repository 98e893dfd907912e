package eduscc.exercises.switchcontext;

import eduscc.kernel.sched.SwitchContextCpu;
import eduscc.kernel.sched.Task;

/**
 * One mistake each, as students make them. {@link #BY_CHECK} has one per check, and each loses its
 * own check alone: a wrong EAX would resume the wrong frame in the fork lab and the lab check's too,
 * but both run the student's get_current_stack with the kit's EAX; a frame without IF is the lab
 * check's, which the return check leaves to it. The others are the handout's common mistakes.
 */
final class PlantedBugs {
    /** The mistake that check {@code i} is there to catch. */
    static final Class<?>[] BY_CHECK = {SavesTheFramesStartAsEsp.class, CopiesEduosIopl.class, ForgetsTheGap.class,
        ResumesAtTheFirstFrame.class, NeverLoadsCr3.class, ClearsIf.class};

    private PlantedBugs() {
    }

    /** PUSHA's ESP as the frame's start, where ESP stands after it; POPA skips the word, so only the bytes show it. */
    public static final class SavesTheFramesStartAsEsp extends SolvedSwitchContext {
        @Override
        int savedEsp(int frame, int end) {
            return frame;
        }
    }

    /** eduOS's 0x1202: IOPL 1 besides IF. */
    public static final class CopiesEduosIopl extends SolvedSwitchContext {
        @Override
        int eflags() {
            return 0x1202;
        }
    }

    /** ESP0 at the very top of the stack, without eduOS's 16 bytes. */
    public static final class ForgetsTheGap extends SolvedSwitchContext {
        @Override
        int gap() {
            return 0;
        }
    }

    /** EAX = where a new task's first frame lies: right for a task's first switch, wrong for every later one. */
    public static final class ResumesAtTheFirstFrame extends SolvedSwitchContext {
        @Override
        int stackPointer(Task next) {
            return next.stack() + KERNEL_STACK_SIZE - 16 - 60;
        }
    }

    /** Keeps CR3: every process runs in the address space of the one before. */
    public static final class NeverLoadsCr3 extends SolvedSwitchContext {
        @Override
        void loadPageMap(SwitchContextCpu cpu, Task next) {
        }
    }

    /** EFLAGS 0x2: a new task starts with interrupts off, and no tick takes the core from it. */
    public static final class ClearsIf extends SolvedSwitchContext {
        @Override
        int eflags() {
            return 0x2;
        }
    }

    /** Loads CR3 on every switch, also between tasks on the same directory: every switch flushes the TLBs. */
    public static final class AlwaysLoadsCr3 extends SolvedSwitchContext {
        @Override
        public void getCurrentStack(SwitchContextCpu cpu, Task next) {
            cpu.loadPageMap(next.pageMap());
            super.getCurrentStack(cpu, next);
        }
    }

    /** The selectors swapped, CS 0x10 and DS and ES 0x08: the IRET would load a data segment into CS (#GP). */
    public static final class SwapsTheSelectors extends SolvedSwitchContext {
        @Override
        int data(SwitchContextCpu cpu) {
            return 0x08 | cpu.kernelRing();
        }

        @Override
        int code(SwitchContextCpu cpu) {
            return 0x10 | cpu.kernelRing();
        }
    }
}
