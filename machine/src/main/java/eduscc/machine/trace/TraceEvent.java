package eduscc.machine.trace;

/**
 * Everything the debugger and the tests need to see, as typed events (DESIGN §5). An event holds
 * only what happened; the {@link TraceEntry} around it says on which core, when and in what order.
 * Every field is a primitive or a string so that an event's text, and with it the trace hash, is
 * the same on every run.
 */
public sealed interface TraceEvent {

    /** The text the trace hash is computed over: the same on every run of the same scenario. */
    default String canonical() {
        return toString();
    }

    /** A short name of the event kind, used by filters and breakpoints. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** sccReset released the core: it starts fetching at 0xFFFFFFF0. */
    record ResetReleased(int tileX, int tileY) implements TraceEvent { }

    /** The core was put back into reset. */
    record ResetAsserted() implements TraceEvent { }

    /** CR0.PE or CR0.PG changed, as seen by the mode the next fetch uses. */
    record ModeSwitch(String from, String to, int cr0) implements TraceEvent { }

    /** LGDT, LIDT, LLDT or LTR loaded a system table register. */
    record TableRegisterLoad(String register, int selector, int base, int limit) implements TraceEvent { }

    /** MOV to CR0, CR2, CR3 or CR4. */
    record ControlRegisterWrite(int register, int oldValue, int newValue) implements TraceEvent { }

    /** A segment register was loaded, with what went into its hidden cache. */
    record SegmentLoad(String register, int selector, int base, int limit, int access) implements TraceEvent { }

    /** A far JMP or CALL loaded CS:EIP (the step that enters protected mode in a boot stub). */
    record FarJump(int selector, int offset, String mode) implements TraceEvent { }

    /** An interrupt line or an exception became pending. */
    record InterruptRaised(int vector, String source) implements TraceEvent { }

    /** Delivery through the IDT: gate kind, privilege change and the return address pushed. */
    record InterruptDelivered(int vector, int errorCode, String gate, int fromCpl, int toCpl, int returnEip)
        implements TraceEvent { }

    /** A system call served by the kernel: its number and name, the calling task, the result in EAX. */
    record SystemCall(int number, String name, String task, int result) implements TraceEvent { }

    /** A #PF: the linear address (CR2) and the SDM error code (P, W/R, U/S bits). */
    record PageFault(int linearAddress, int errorCode) implements TraceEvent { }

    /** An inter-core interrupt: a LINT pin of {@code toCore} was raised by {@code fromCore} (-1: the host). */
    record Ipi(int fromCore, int toCore, int pin) implements TraceEvent { }

    /** IRET back to the interrupted code. */
    record InterruptReturn(int toCpl, int eip) implements TraceEvent { }

    /**
     * One decision of the scheduler: the ready bitmap it looked at, the priority BSR found (-1 if
     * none), the task that ran and the one that runs next, and why.
     */
    record SchedulerDecision(int prioBitmap, int chosenPriority, String from, String to, String reason)
        implements TraceEvent { }

    /** A task joined the tail of its priority's ready list (or left it: {@code enqueued} false). */
    record ReadyQueueChange(String task, int priority, boolean enqueued, int prioBitmap) implements TraceEvent { }

    /**
     * A kernel spinlock was taken ({@code acquired}: interrupts off, the locked exchange found it
     * free) or released (the word cleared, IF restored).
     */
    record SpinlockChange(String lock, boolean acquired) implements TraceEvent { }

    /** A hardware task switch (SDM §7.3) or a software stack switch done by the kernel. */
    record TaskSwitch(String mechanism, int fromSelector, int toSelector, int cycles) implements TraceEvent { }

    /** Execution reached an address the kernel bound to Java code (its entry, or a handler). */
    record JavaEntry(int eip, String code, int eax, int ebx) implements TraceEvent { }

    /** HLT: the core waits for an interrupt (or, with IF clear, for ever). */
    record Halt(int eip, boolean interruptsEnabled) implements TraceEvent { }

    /** A fault that could not be delivered: the core shuts down, as the P54C does. */
    record TripleFault(String reason) implements TraceEvent { }

    /**
     * The mesh could not complete an access (an unmapped LUT entry, an undefined register): a
     * machine check, which with CR4.MCE clear shuts a Pentium down.
     */
    record MachineCheck(String reason) implements TraceEvent { }

    /** Kernel or student Java code threw: the core stops, the machine goes on. */
    record Panic(String task, String reason, String javaStack) implements TraceEvent { }

    /**
     * Java code held the baton without a machine operation for too long. The stack is sampled
     * from a running thread, so it differs between runs and stays out of the canonical text.
     */
    record Hang(String task, String javaStack) implements TraceEvent {
        @Override
        public String canonical() {
            return "Hang[task=" + task + "]";
        }
    }

    /** A mesh transaction from one tile to another, with its route length and latency. */
    record MeshPacket(int fromTile, int toTile, int hops, int latencyCycles, String target) implements TraceEvent { }

    /** A byte written to the debug port (OUT 0xE9). */
    record ConsoleOutput(int character) implements TraceEvent { }

    /** A free-form note from a tool (image builder, loader, reset control). */
    record Note(String text) implements TraceEvent { }
}
