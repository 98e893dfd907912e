package eduscc.kernel.sched;

/**
 * Exercise plug-in point {@code switch-context}: the C half of the software context switch (eduOS
 * facts §4), around entry.asm's {@code switch_context}, which the kit runs as x86
 * ({@code EntryStubs}). {@link SoftwareContextSwitch} calls {@link #createDefaultFrame} for every
 * new task, and the x86 {@code switch_context} calls the other two, through the routines the kernel
 * binds, on every switch: after it has saved the old task's frame and stack pointer, before it pops
 * the new task's frame and IRETs into it. The kit's answer is {@link KitSwitchContext}; a lab that
 * switches by software may name another through {@link SwitchContextPlugins}.
 *
 * <p>The contract, with {@code KERNEL_STACK_SIZE} 8 KiB and a task's kernel stack from
 * {@code task.stack()} up:
 * <ul>
 * <li>{@code createDefaultFrame}: eduOS {@code create_default_frame}. A {@code struct state}
 *     ({@code kernel.arch.StateFrame}, 60 bytes from ring 0) that ends 16 bytes below the top of
 *     the task's stack, as if the task had been interrupted at {@code entry}: DS and ES the kernel
 *     data selector, CS the kernel code selector, each with the kernel's ring as its RPL; EIP
 *     {@code entry}; EFLAGS with IF (and the reserved bit 1) set; the PUSHA registers 0 except the
 *     saved ESP, which is the frame's end (where ESP stood before PUSHA); int_no 0xB16B00B5 and
 *     error 0xC03DB4B3, eduOS's markers of a frame nobody interrupted. Then the task's
 *     {@code last_stack_pointer} is the frame's start.</li>
 * <li>{@code getCurrentStack}: eduOS {@code get_current_stack}. EAX gets {@code next}'s
 *     {@code last_stack_pointer}; if {@code next} runs on another page directory than the one in
 *     CR3, CR3 gets it first.</li>
 * <li>{@code setKernelStack}: eduOS {@code set_kernel_stack}. ESP0 of the core's TSS gets
 *     {@code next}'s {@code stack + KERNEL_STACK_SIZE - 16}.</li>
 * </ul>
 * Every access goes through the core ({@link SwitchContextCpu}): a task's getters and setters are
 * loads and stores of its task_t, and each costs what the memory hierarchy says.
 */
public interface SwitchContextParts {

    /** eduOS {@code create_default_frame}: {@code task}'s first frame, to start it at {@code entry}. */
    void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry);

    /** eduOS {@code get_current_stack}: EAX = {@code next}'s saved stack pointer; its page directory in CR3. */
    void getCurrentStack(SwitchContextCpu cpu, Task next);

    /** eduOS {@code set_kernel_stack}: ESP0 of the core's TSS for {@code next}. */
    void setKernelStack(SwitchContextCpu cpu, Task next);
}
