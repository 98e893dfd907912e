package eduscc.kernel.sched;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.kernel.arch.StateFrame;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;

/**
 * Context switching the way eduOS and later MetalSVM do it (eduOS facts §4): one TSS per core,
 * used only for ESP0, and the switch itself in x86, entry.asm's {@code switch_context} and
 * {@code common_switch} ({@link EntryStubs}). The scheduler calls
 * {@code switch_context(&old->last_stack_pointer)}; it builds a {@code struct state} frame on the
 * old task's kernel stack as if the task had been interrupted, stores ESP, calls back for the new
 * task's stack pointer ({@code get_current_stack}), sets CR0.TS for the lazy FPU switch, calls
 * back to point ESP0 at the new stack ({@code set_kernel_stack}), pops the new task's frame and
 * IRETs into it. This class provides the two callbacks and each new task's first frame.
 *
 * <pre>
 *   old task's kernel stack                    new task's kernel stack
 *   | return into the scheduler |              | eflags, cs, eip           |  IRET pops these
 *   | &old->last_stack_pointer  |              | error, int_no             |  ADD ESP, 8
 *   | eflags, cs, rollback      |              | eax ... edi               |  POPA
 *   | 0x00EDBABE, 0             |              | es, ds                    |  POP ES, POP DS
 *   | eax ... edi, es, ds       | <- saved     ^ last_stack_pointer -------+
 * </pre>
 *
 * <p>Unlike eduOS, {@code common_switch} does not call {@code finish_task_switch}: the Java
 * scheduler does that itself once {@code switch_context} returns in the new task.
 */
public final class SoftwareContextSwitch implements ContextSwitch {
    private static final int NEW_TASK_INT_NO = 0xB16B00B5;
    private static final int NEW_TASK_ERROR = 0xC03DB4B3;
    /** IF set, as in eduOS's default frame (eduOS's 0x1202 also sets IOPL 1; the kit keeps IOPL 0). */
    private static final int NEW_TASK_EFLAGS = Eflags.RESERVED_ONE | Eflags.IF;
    /** eduOS starts a new stack 16 bytes below its top. */
    private static final int STACK_GAP = 16;

    private final Operations ops;
    private final Hardware hardware;
    /** The task being switched to, for the two callbacks (eduOS: current_task, already set). */
    private Task next;
    /** The page directory in CR3 now, as the kernel last loaded it (0 while paging is off). */
    private int loadedPageMap;

    public SoftwareContextSwitch(Core core, Hardware hardware) {
        this(core, hardware, 0);
    }

    /** @param pageMap the page directory in CR3 when the switch is made (0 without paging) */
    public SoftwareContextSwitch(Core core, Hardware hardware, int pageMap) {
        this(core, hardware, KernelText.of(core), pageMap);
    }

    /** @param text where this kernel binds its Java code (the switch's two callbacks) */
    public SoftwareContextSwitch(Core core, Hardware hardware, KernelText text, int pageMap) {
        this.ops = core.ops();
        this.hardware = hardware;
        this.loadedPageMap = pageMap;
        text.bindRoutine(EntryStubs.getCurrentStack(), "get_current_stack", this::getCurrentStack);
        text.bindRoutine(EntryStubs.setKernelStack(), "set_kernel_stack", this::setKernelStack);
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
        int start = top - StateFrame.KERNEL_SIZE;
        int ring = hardware.kernelRing();
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

    /** {@code switch_context(&previous->last_stack_pointer)}; returns when a later switch comes back. */
    @Override
    public void switchTo(Task previous, Task next) {
        this.next = next;
        ops.push32(previous.address() + TaskT.LAST_STACK_POINTER);
        ops.call(EntryStubs.switchContext());
        ops.addEsp(4);
    }

    /**
     * eduOS {@code get_current_stack}: the new task's saved stack pointer, in EAX (one load from
     * its task_t); and, as eduOS's {@code write_cr3(current->page_map)}, its page directory into
     * CR3 when it runs on another one than the task before.
     */
    private void getCurrentStack() {
        if (next.pageMap() != loadedPageMap) {
            loadPageMap(next);
        }
        ops.setRegister(Registers.EAX, next.lastStackPointer());
        ops.ret();
    }

    @Override
    public void addressSpaceChanged(Task task) {
        loadPageMap(task);
    }

    private void loadPageMap(Task task) {
        hardware.loadPageDirectory(task.pageMap());
        loadedPageMap = task.pageMap();
    }

    /** eduOS {@code set_kernel_stack}: ESP0 of the core's TSS is {@code stack + KERNEL_STACK_SIZE - 16} of the new task. */
    private void setKernelStack() {
        hardware.setKernelStack(next.stack() + KernelLayout.KERNEL_STACK_SIZE - STACK_GAP);
        ops.ret();
    }
}
