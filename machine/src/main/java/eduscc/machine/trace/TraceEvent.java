package eduscc.machine.trace;

/**
 * Everything the debugger and the tests need to see, as typed events (DESIGN §5). An event holds
 * only what happened; the {@link TraceEntry} around it says on which core, when and in what order.
 * Every field is a primitive or a string so that an event's text, and with it the trace hash, is
 * the same on every run. Each event feeds its fields to the hash itself ({@link #hashFields}), in
 * declaration order: no text is made for an event nobody looks at.
 */
public sealed interface TraceEvent {

    /** The text the trace hash is computed over: the same on every run of the same scenario. */
    default String canonical() {
        return toString();
    }

    /** Feeds the fields that identify this event to the trace hash (all of them, unless said otherwise). */
    void hashFields(TraceHash h);

    /** A short name of the event kind, used by filters and breakpoints. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** sccReset released the core: it starts fetching at 0xFFFFFFF0. */
    record ResetReleased(int tileX, int tileY) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(tileX).add(tileY);
        }
    }

    /** The core was put back into reset. */
    record ResetAsserted() implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
        }
    }

    /** CR0.PE or CR0.PG changed, as seen by the mode the next fetch uses. */
    record ModeSwitch(String from, String to, int cr0) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(from).add(to).add(cr0);
        }
    }

    /** LGDT, LIDT, LLDT or LTR loaded a system table register. */
    record TableRegisterLoad(String register, int selector, int base, int limit) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(register).add(selector).add(base).add(limit);
        }
    }

    /** MOV to CR0, CR2, CR3 or CR4. */
    record ControlRegisterWrite(int register, int oldValue, int newValue) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(register).add(oldValue).add(newValue);
        }
    }

    /** A segment register was loaded, with what went into its hidden cache. */
    record SegmentLoad(String register, int selector, int base, int limit, int access) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(register).add(selector).add(base).add(limit).add(access);
        }
    }

    /** A far JMP or CALL loaded CS:EIP (the step that enters protected mode in a boot stub). */
    record FarJump(int selector, int offset, String mode) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(selector).add(offset).add(mode);
        }
    }

    /** An interrupt line or an exception became pending. */
    record InterruptRaised(int vector, String source) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(vector).add(source);
        }
    }

    /** Delivery through the IDT: gate kind, privilege change and the return address pushed. */
    record InterruptDelivered(int vector, int errorCode, String gate, int fromCpl, int toCpl, int returnEip)
        implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(vector).add(errorCode).add(gate).add(fromCpl).add(toCpl).add(returnEip);
        }
    }

    /** A system call served by the kernel: its number and name, the calling task, the result in EAX. */
    record SystemCall(int number, String name, String task, int result) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(number).add(name).add(task).add(result);
        }
    }

    /**
     * The kernel's page-fault handler decided: {@code outcome} is "zero-filled" (a demand-zero
     * page got {@code frame}), "killed" (the task dies) or "panic" (a fault in the kernel).
     */
    record PageFaultResolved(int linearAddress, String outcome, String task, int frame) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(linearAddress).add(outcome).add(task).add(frame);
        }
    }

    /** A #PF: the linear address (CR2) and the SDM error code (P, W/R, U/S bits). */
    record PageFault(int linearAddress, int errorCode) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(linearAddress).add(errorCode);
        }
    }

    /** An inter-core interrupt: a LINT pin of {@code toCore} was raised by {@code fromCore} (-1: the host). */
    record Ipi(int fromCore, int toCore, int pin) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(fromCore).add(toCore).add(pin);
        }
    }

    /** IRET back to the interrupted code. */
    record InterruptReturn(int toCpl, int eip) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(toCpl).add(eip);
        }
    }

    /**
     * One decision of the scheduler: the ready bitmap it looked at, the priority BSR found (-1 if
     * none), the task that ran and the one that runs next, and why.
     */
    record SchedulerDecision(int prioBitmap, int chosenPriority, String from, String to, String reason)
        implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(prioBitmap).add(chosenPriority).add(from).add(to).add(reason);
        }
    }

    /** A task joined the tail of its priority's ready list (or left it: {@code enqueued} false). */
    record ReadyQueueChange(String task, int priority, boolean enqueued, int prioBitmap) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(task).add(priority).add(enqueued).add(prioBitmap);
        }
    }

    /**
     * A kernel spinlock was taken ({@code acquired}: interrupts off, the locked exchange found it
     * free) or released (the word cleared, IF restored).
     */
    record SpinlockChange(String lock, boolean acquired) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(lock).add(acquired);
        }
    }

    /**
     * A hardware task switch (SDM §7.3) or a software stack switch done by the kernel. A hardware
     * switch loads all six segment registers from the new TSS; those loads are part of this event
     * and make no SegmentLoad events of their own.
     */
    record TaskSwitch(String mechanism, int fromSelector, int toSelector, int cycles) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(mechanism).add(fromSelector).add(toSelector).add(cycles);
        }
    }

    /** Execution reached an address the kernel bound to Java code (its entry, or a handler). */
    record JavaEntry(int eip, String code, int eax, int ebx) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(eip).add(code).add(eax).add(ebx);
        }
    }

    /** HLT: the core waits for an interrupt (or, with IF clear, for ever). */
    record Halt(int eip, boolean interruptsEnabled) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(eip).add(interruptsEnabled);
        }
    }

    /** A fault that could not be delivered: the core shuts down, as the P54C does. */
    record TripleFault(String reason) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(reason);
        }
    }

    /**
     * The mesh could not complete an access (an unmapped LUT entry, an undefined register): a
     * machine check, which with CR4.MCE clear shuts a Pentium down.
     */
    record MachineCheck(String reason) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(reason);
        }
    }

    /** Kernel or student Java code threw: the core stops, the machine goes on. */
    record Panic(String task, String reason, String javaStack) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(task).add(reason).add(javaStack);
        }
    }

    /**
     * Java code held the baton without a machine operation for too long. The stack is sampled
     * from a running thread, so it differs between runs and stays out of the canonical text.
     */
    record Hang(String task, String javaStack) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(task);
        }

        @Override
        public String canonical() {
            return "Hang[task=" + task + "]";
        }
    }

    /** A mesh transaction from one tile to another, with its route length and latency. */
    record MeshPacket(int fromTile, int toTile, int hops, int latencyCycles, String target) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(fromTile).add(toTile).add(hops).add(latencyCycles).add(target);
        }
    }

    /** A byte written to the debug port (OUT 0xE9). */
    record ConsoleOutput(int character) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(character);
        }
    }

    /**
     * lguest: the host's launcher enters its guest through the Switcher; the guest resumes at
     * {@code eip} in ring {@code cpl} (1: the guest kernel, 3: its user code).
     */
    record GuestEnter(String guest, int eip, int cpl) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(guest).add(eip).add(cpl);
        }
    }

    /**
     * lguest: the guest left for the host. {@code trapnum} and {@code errorCode} are what the
     * Switcher saved in the regs page, {@code reason} says what it was for (a hypercall and its
     * name, a page fault and its address, an interrupt, a general protection), {@code cycles} how
     * long the core was away from the host since the matching {@link GuestEnter}.
     */
    record GuestExit(String guest, int trapnum, int errorCode, int eip, String reason, long cycles) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(guest).add(trapnum).add(errorCode).add(eip).add(reason).add(cycles);
        }
    }

    /**
     * lguest: the host makes its guest take {@code vector} as the processor would have (facts
     * C.4, set_guest_interrupt): a trap the host reflects (a page fault the shadow tables cannot
     * fix, a fault of the guest's own) or a virtual interrupt it injects (IRQ 0, the guest's
     * clock, on vector 32). The frame goes onto the guest's stack and the guest resumes at
     * {@code handler}, its own IDT entry's, at its next entry.
     */
    record GuestInterrupt(String guest, int vector, int handler) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(guest).add(vector).add(handler);
        }
    }

    /**
     * RCCE: this core's send of {@code bytes} to core {@code toCore} is complete, the receiver
     * having taken every chunk (the send is synchronous). {@code checksum}: the sum of the bytes
     * sent, each times its position plus one, modulo 2^32, so a byte that moved changes it.
     */
    record MessageSent(int toCore, int bytes, int checksum) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(toCore).add(bytes).add(checksum);
        }
    }

    /**
     * RCCE: this core received {@code bytes} from core {@code fromCore}; {@code checksum} is
     * computed over the bytes its buffer now holds, as for {@link MessageSent}.
     */
    record MessageReceived(int fromCore, int bytes, int checksum) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(fromCore).add(bytes).add(checksum);
        }
    }

    /** RCCE: this core left barrier {@code round} (counting from 1) of its {@code members} cores. */
    record BarrierPassed(int round, int members) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(round).add(members);
        }
    }

    /**
     * MetalSVM's mailbox: this core wrote a mail of {@code tag} with {@code bytes} of payload into
     * its slot in core {@code toCore}'s MPB and interrupted that core through the GIC.
     */
    record MailPosted(int toCore, int tag, int bytes) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(toCore).add(tag).add(bytes);
        }
    }

    /**
     * MetalSVM's mailbox: this core's LINT0 handler found core {@code fromCore}'s bit in
     * IRQ_STATUS, took its mail out of the slot and woke {@code woken}, the first task waiting for
     * mail ("" if none was waiting).
     */
    record MailDelivered(int fromCore, int tag, int bytes, String woken) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(fromCore).add(tag).add(bytes).add(woken);
        }
    }

    /**
     * The context-switch benchmark's loop (the MetalSVM paper's) found a new TSC reading of the
     * other task: the core switched between the two, and {@code cycles} passed from the other
     * task's last reading to this task's first after the switch. {@code task} took the sample,
     * the {@code sample}th (from 0) of its core.
     */
    record SwitchSample(String task, int sample, long cycles) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(task).add(sample).add(cycles);
        }
    }

    /** A free-form note from a tool (image builder, loader, reset control). */
    record Note(String text) implements TraceEvent {
        @Override
        public void hashFields(TraceHash h) {
            h.add(text);
        }
    }
}
