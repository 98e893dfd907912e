package eduscc.exercises.switchcontext;

import eduscc.kernel.sched.SwitchContextCpu;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.Task;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;

/** A student's correct code, written from the handout alone: full marks. The fixtures that get something wrong extend it. */
public class SolvedSwitchContext implements SwitchContextParts {
    static final int KERNEL_STACK_SIZE = 8 * 1024;

    @Override
    public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
        Operations ops = cpu.ops();
        int end = task.stack() + KERNEL_STACK_SIZE - 16;
        int frame = end - 15 * 4;
        int[] words = {data(cpu), data(cpu), 0, 0, 0, savedEsp(frame, end), 0, 0, 0, 0, 0xB16B00B5, 0xC03DB4B3,
            entry, code(cpu), eflags()};
        for (int i = 0; i < words.length; i++) {
            ops.write32(frame + 4 * i, words[i]);
        }
        task.setLastStackPointer(frame);
    }

    int data(SwitchContextCpu cpu) {
        return 0x10 | cpu.kernelRing();
    }

    int code(SwitchContextCpu cpu) {
        return 0x08 | cpu.kernelRing();
    }

    /** Where ESP stood before PUSHA: the end of the frame. */
    int savedEsp(int frame, int end) {
        return end;
    }

    /** IF (bit 9) and the reserved bit 1. */
    int eflags() {
        return 0x202;
    }

    @Override
    public void getCurrentStack(SwitchContextCpu cpu, Task next) {
        if (next.pageMap() != cpu.loadedPageMap()) {
            loadPageMap(cpu, next);
        }
        cpu.ops().setRegister(Registers.EAX, stackPointer(next));
    }

    void loadPageMap(SwitchContextCpu cpu, Task next) {
        cpu.loadPageMap(next.pageMap());
    }

    int stackPointer(Task next) {
        return next.lastStackPointer();
    }

    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        cpu.setEsp0(next.stack() + KERNEL_STACK_SIZE - gap());
    }

    int gap() {
        return 16;
    }
}
