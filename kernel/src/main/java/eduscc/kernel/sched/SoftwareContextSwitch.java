package eduscc.kernel.sched;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.arch.Selectors;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;

/**
 * Context switching the way eduOS and later MetalSVM do it (eduOS facts §4): one TSS per core,
 * used only for ESP0, and the switch itself in x86, entry.asm's {@code switch_context} and
 * {@code common_switch} ({@link EntryStubs}). The scheduler calls
 * {@code switch_context(&old->last_stack_pointer)}; it builds a {@code struct state} frame on the
 * old task's kernel stack as if the task had been interrupted, stores ESP, calls back for the new
 * task's stack pointer ({@code get_current_stack}), sets CR0.TS for the lazy FPU switch, calls
 * back to point ESP0 at the new stack ({@code set_kernel_stack}), pops the new task's frame and
 * IRETs into it. This class binds the two callbacks and asks for each new task's first frame; what
 * they do is the plug-in point {@code switch-context} ({@link SwitchContextParts}): the kit's
 * {@link KitSwitchContext} unless a lab names another.
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
    private final Operations ops;
    /** The core as the C half sees it: its operations, its ring, CR3 and ESP0. */
    private final SwitchContextCpu cpu;
    /** eduOS's create_default_frame, get_current_stack and set_kernel_stack (the kit's, or a student's). */
    private final SwitchContextParts parts;
    /** The task being switched to, for the two callbacks (eduOS: current_task, already set). */
    private Task next;

    public SoftwareContextSwitch(Core core, Hardware hardware) {
        this(core, hardware, 0);
    }

    /** @param pageMap the page directory in CR3 when the switch is made (0 without paging) */
    public SoftwareContextSwitch(Core core, Hardware hardware, int pageMap) {
        this(core, hardware, KernelText.of(core), pageMap);
    }

    /** @param text where this kernel binds its Java code (the switch's two callbacks) */
    public SoftwareContextSwitch(Core core, Hardware hardware, KernelText text, int pageMap) {
        this(core, hardware, text, pageMap, new KitSwitchContext());
    }

    /** @param parts the C half of the switch: the kit's {@link KitSwitchContext}, or a lab's plug-in */
    public SoftwareContextSwitch(Core core, Hardware hardware, KernelText text, int pageMap, SwitchContextParts parts) {
        this.ops = core.ops();
        this.cpu = new SwitchContextCpu(ops, hardware, pageMap);
        this.parts = parts;
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
        parts.createDefaultFrame(cpu, task, entry);
    }

    /** {@code switch_context(&previous->last_stack_pointer)}; returns when a later switch comes back. */
    @Override
    public void switchTo(Task previous, Task next) {
        this.next = next;
        ops.push32(previous.address() + TaskT.LAST_STACK_POINTER);
        ops.call(EntryStubs.switchContext());
        ops.addEsp(4);
    }

    /** eduOS {@code get_current_stack}, called by entry.asm's {@code common_switch}; returns to it in EAX. */
    private void getCurrentStack() {
        parts.getCurrentStack(cpu, next);
        ops.ret();
    }

    @Override
    public void addressSpaceChanged(Task task) {
        cpu.loadPageMap(task.pageMap());
    }

    /** eduOS {@code set_kernel_stack}, called by {@code common_switch} on the new task's stack. */
    private void setKernelStack() {
        parts.setKernelStack(cpu, next);
        ops.ret();
    }
}
