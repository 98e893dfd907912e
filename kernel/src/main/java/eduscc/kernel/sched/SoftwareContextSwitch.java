package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.tables.Tss32;

/**
 * Context switching the way eduOS and later MetalSVM do it (eduOS facts §4, entry.asm
 * {@code switch_context} and {@code common_switch}): one TSS per core, used only for ESP0. The
 * kernel builds a pseudo interrupt frame on the old task's kernel stack, saves the stack pointer
 * in the task, loads the new task's stack pointer, sets CR0.TS for the lazy FPU switch, points
 * ESP0 at the new task's stack, and returns into the new task by popping its frame with IRET.
 *
 * <p>The frame, from the lowest address up (eduOS {@code struct state}): DS, ES, EDI, ESI, EBP,
 * ESP, EBX, EDX, ECX, EAX, int_no, error, EIP, CS, EFLAGS.
 */
public final class SoftwareContextSwitch implements ContextSwitch {
    private static final int SWITCH_ERROR_MARK = 0x00EDBABE;
    private static final int NEW_TASK_INT_NO = 0xB16B00B5;
    private static final int NEW_TASK_ERROR = 0xC03DB4B3;
    /** IF set, as in eduOS's default frame (eduOS's 0x1202 also sets IOPL 1; the kit keeps IOPL 0). */
    private static final int NEW_TASK_EFLAGS = Eflags.RESERVED_ONE | Eflags.IF;
    /** eduOS starts a new stack 16 bytes below its top. */
    private static final int STACK_GAP = 16;

    private final Operations ops;

    public SoftwareContextSwitch(Operations ops) {
        this.ops = ops;
    }

    @Override
    public String name() {
        return "software";
    }

    /** The idle task keeps the core's one TSS, which the kernel loaded at boot. */
    @Override
    public void adoptIdle(Task idle) {
        idle.setTssSelector(Selectors.tss(0));
    }

    /**
     * eduOS {@code create_default_frame}: a frame on the new task's kernel stack that looks as if
     * the task had been interrupted at {@code entry}, so the first switch to it simply returns there.
     */
    @Override
    public void prepare(Task task, int entry) {
        int top = KernelLayout.kernelStackTop(task.id()) - STACK_GAP;
        int[] frame = {Selectors.KERNEL_DATA, Selectors.KERNEL_DATA, 0, 0, 0, top, 0, 0, 0, 0,
            NEW_TASK_INT_NO, NEW_TASK_ERROR, entry, Selectors.KERNEL_CODE, NEW_TASK_EFLAGS};
        int start = top - 4 * frame.length;
        for (int i = 0; i < frame.length; i++) {
            ops.write32(start + 4 * i, frame[i]);
        }
        task.setLastStackPointer(start);
    }

    @Override
    public void switchTo(Task previous, Task next) {
        int resumeEip = ops.currentEip();
        int resumeEsp = ops.currentEsp();
        pushSwitchFrame(resumeEip);
        previous.setLastStackPointer(ops.currentEsp());
        ops.loadEsp(next.lastStackPointer());
        ops.writeCr(0, ops.readCr(0) | ControlBits.CR0_TS);
        setKernelStack(next);
        popFrameAndReturnInto(resumeEip, resumeEsp);
    }

    /** switch_context: PUSHF, CS, the rollback EIP, int_no 0, the error mark, PUSHA, ES, DS. */
    private void pushSwitchFrame(int rollbackEip) {
        ops.push32(ops.readEflags());
        ops.push32(Selectors.KERNEL_CODE);
        ops.push32(rollbackEip);
        ops.push32(0);
        ops.push32(SWITCH_ERROR_MARK);
        ops.pushad();
        ops.push32(Selectors.KERNEL_DATA);
        ops.push32(Selectors.KERNEL_DATA);
    }

    /** set_kernel_stack: ESP0 of the core's TSS points at the top of the new task's kernel stack. */
    private void setKernelStack(Task next) {
        ops.write32(KernelLayout.tssAddress(0) + Tss32.ESP0, KernelLayout.kernelStackTop(next.id()) - STACK_GAP);
    }

    /**
     * The new task's half: pop DS, ES and the general registers, drop int_no and error, IRET. The
     * Java code of the old task waits here until a later switch pops the frame it pushed.
     */
    private void popFrameAndReturnInto(int resumeEip, int resumeEsp) {
        ops.pop32();
        ops.pop32();
        ops.popad();
        ops.addEsp(8);
        ops.iretToOtherTask(resumeEip, resumeEsp);
    }
}
