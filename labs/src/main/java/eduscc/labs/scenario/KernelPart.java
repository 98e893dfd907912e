package eduscc.labs.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.GatePlugins;
import eduscc.kernel.arch.GdtPlugins;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.kernel.lguest.HypercallPlugins;
import eduscc.kernel.mm.ElfLoaderPlugins;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.kernel.mm.PageFramePlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.SleepPlugins;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.sync.SemaphorePlugins;
import eduscc.kernel.sys.SyscallPlugins;

/**
 * The choices a lab makes for every core's kernel; every field may be left out.
 *
 * @param timerFreq       APIC timer ticks per second, eduOS TIMER_FREQ (default 100)
 * @param switchMode      {@code "hardware"} (a far JMP to each task's TSS, the default) or
 *                        {@code "software"} (kernel stack switch); JSON field {@code "switch"}
 * @param readyQueues     the registered ready-queue plug-in the scheduler uses (default {@code "kit"})
 * @param checkInvariants whether the kernel checks its ready queue after every decision (default false)
 * @param stopAfterTicks  halt every core for good after this many timer ticks (default 0: run until
 *                        the core's tasks are done, or until the run's time limit)
 * @param paging          turn paging on at boot: the kernel's identity map, the frame allocator,
 *                        the page-fault handler and x86 programs from the ramdisk (default true;
 *                        false runs the kernel in one flat address space, as it ran before it
 *                        had a memory manager)
 * @param pageFaults      the registered page-fault plug-in that resolves demand-zero and
 *                        copy-on-write faults when the kernel pages (default {@code "kit"})
 * @param hypercalls      the registered hypercall plug-in that serves the hypercalls of every
 *                        lguest guest the lab runs (default {@code "kit"})
 * @param messaging       the registered messaging plug-in whose RCCE_send and RCCE_recv every
 *                        core that messages uses (default {@code "kit"})
 * @param networkTask     start the network task (lwIP's tcpip_thread role, priority 16) on every
 *                        core: it serves the core's mailbox and a timer every 250 ms; turns
 *                        messaging on (default false)
 * @param gdt             the registered GDT plug-in that encodes every core's GDT entries
 *                        (default {@code "kit"}; the exercise {@code gdt})
 * @param idtGates        the registered gate plug-in that encodes every core's IDT gates
 *                        (default {@code "kit"}; the exercise {@code idt-gates})
 * @param semaphores      the registered semaphore plug-in whose sem_wait and sem_post every
 *                        core's semaphores and mutexes use (default {@code "kit"}; the exercise
 *                        {@code semaphores})
 * @param sleep           the registered sleep plug-in: every core's timer list of sleeping
 *                        tasks (default {@code "kit"}; the exercise {@code sleep})
 * @param elfLoader       the registered ELF-loader plug-in with which every core's exec checks and
 *                        loads x86 programs (default {@code "kit"}; the exercise {@code elf-loader})
 * @param apicTimer       the registered APIC timer plug-in that sets up every core's local APIC
 *                        and its timer at boot (default {@code "kit"}; the exercise {@code apic-timer})
 * @param contextSwitch   the registered context-switch plug-in: the C half of the software switch
 *                        (create_default_frame, get_current_stack, set_kernel_stack) of every core
 *                        that switches by software (default {@code "kit"}; the exercise
 *                        {@code switch-context})
 * @param pageFrames      the registered page-frame plug-in: every core's frame bitmap and
 *                        counts when the kernel pages (default {@code "kit"}; the exercise
 *                        {@code page-frames})
 * @param syscalls        the registered syscalls plug-in: who serves the system calls every
 *                        core's syscall_handler does not know itself (default {@code "kit"},
 *                        which serves uptime; the exercise {@code syscall})
 * @param resetStub       the registered reset stub every core of the lab starts in after sccReset
 *                        releases it (default {@code "kit"}, the kit's {@code reset.asm}; the
 *                        exercise {@code reset-stub})
 */
public record KernelPart(Integer timerFreq, @JsonProperty("switch") String switchMode, String readyQueues,
                         Boolean checkInvariants, Long stopAfterTicks, Boolean paging, String pageFaults,
                         String hypercalls, String messaging, Boolean networkTask, String gdt, String idtGates,
                         String semaphores, String sleep, String elfLoader, String apicTimer,
                         String contextSwitch, String pageFrames, String syscalls, String resetStub) {
    public static final String HARDWARE = "hardware";
    public static final String SOFTWARE = "software";
    public static final int MAX_TIMER_FREQ = 10_000;
    public static final long MAX_STOP_AFTER_TICKS = 10_000_000L;
    /** Every default: what a file without a {@code kernel} part gets. */
    public static final KernelPart DEFAULT = new KernelPart(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);

    /** With paging on, the default. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, null, null, null, null, null);
    }

    /** With the kit's page-fault resolver, as every file written before the exercise {@code page-faults}. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, null, null, null, null);
    }

    /** With the kit's hypercall dispatcher, as every file written before the exercise {@code hypercalls}. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, null, null, null);
    }

    /** With the kit's send and receive and no network task, as every file written before the exercise {@code messaging}. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults, String hypercalls) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, null, null);
    }

    /** With the kit's GDT and gate encoders, as every file written before the exercises {@code gdt} and {@code idt-gates}. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults, String hypercalls, String messaging,
                      Boolean networkTask) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging,
            networkTask, null, null, null, null, null, null);
    }

    /** With the kit's ELF loader, as every file written before the exercise {@code elf-loader}. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults, String hypercalls, String messaging,
                      Boolean networkTask, String gdt, String idtGates, String semaphores, String sleep) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging,
            networkTask, gdt, idtGates, semaphores, sleep, null);
    }

    /** With the kit's parts from the APIC set-up on, as every file written before the exercise {@code apic-timer}. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults, String hypercalls, String messaging,
                      Boolean networkTask, String gdt, String idtGates, String semaphores, String sleep, String elfLoader) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging,
            networkTask, gdt, idtGates, semaphores, sleep, elfLoader, null, null, null, null, null);
    }

    /**
     * With the kit's software switch, page frames and system calls, as every file written before
     * the exercise {@code switch-context}.
     */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults, String hypercalls, String messaging,
                      Boolean networkTask, String gdt, String idtGates, String semaphores, String sleep, String elfLoader,
                      String apicTimer) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging,
            networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, null, null, null, null);
    }

    /** With the kit's reset stub, as every file written before the exercise {@code reset-stub} could replay. */
    public KernelPart(Integer timerFreq, String switchMode, String readyQueues, Boolean checkInvariants,
                      Long stopAfterTicks, Boolean paging, String pageFaults, String hypercalls, String messaging,
                      Boolean networkTask, String gdt, String idtGates, String semaphores, String sleep, String elfLoader,
                      String apicTimer, String contextSwitch, String pageFrames, String syscalls) {
        this(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging,
            networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, null);
    }

    public KernelPart {
        timerFreq = timerFreq == null ? Apic.DEFAULT_TIMER_FREQ : timerFreq;
        FieldError.inRange(timerFreq, 1, MAX_TIMER_FREQ, "timerFreq");
        switchMode = switchMode == null ? HARDWARE : switchMode;
        if (!switchMode.equals(HARDWARE) && !switchMode.equals(SOFTWARE)) {
            throw new FieldError("switch", "must be \"hardware\" or \"software\", got \"" + switchMode + "\"");
        }
        readyQueues = readyQueues == null ? ReadyQueuePlugins.KIT : readyQueues;
        if (readyQueues.isBlank()) {
            throw new FieldError("readyQueues", "names no plug-in; known: " + String.join(", ", ReadyQueuePlugins.names()));
        }
        checkInvariants = checkInvariants != null && checkInvariants;
        stopAfterTicks = stopAfterTicks == null ? 0 : stopAfterTicks;
        FieldError.inRange(stopAfterTicks, 0, MAX_STOP_AFTER_TICKS, "stopAfterTicks");
        paging = paging == null || paging;
        pageFaults = pageFaults == null ? PageFaultPlugins.KIT : pageFaults;
        if (pageFaults.isBlank()) {
            throw new FieldError("pageFaults", "names no plug-in; known: " + String.join(", ", PageFaultPlugins.names()));
        }
        hypercalls = hypercalls == null ? HypercallPlugins.KIT : hypercalls;
        if (hypercalls.isBlank()) {
            throw new FieldError("hypercalls", "names no plug-in; known: " + String.join(", ", HypercallPlugins.names()));
        }
        messaging = messaging == null ? MessagingPlugins.KIT : messaging;
        if (messaging.isBlank()) {
            throw new FieldError("messaging", "names no plug-in; known: " + String.join(", ", MessagingPlugins.names()));
        }
        networkTask = networkTask != null && networkTask;
        gdt = gdt == null ? GdtPlugins.KIT : gdt;
        if (gdt.isBlank()) {
            throw new FieldError("gdt", "names no plug-in; known: " + String.join(", ", GdtPlugins.names()));
        }
        idtGates = idtGates == null ? GatePlugins.KIT : idtGates;
        if (idtGates.isBlank()) {
            throw new FieldError("idtGates", "names no plug-in; known: " + String.join(", ", GatePlugins.names()));
        }
        semaphores = semaphores == null ? SemaphorePlugins.KIT : semaphores;
        if (semaphores.isBlank()) {
            throw new FieldError("semaphores", "names no plug-in; known: " + String.join(", ", SemaphorePlugins.names()));
        }
        sleep = sleep == null ? SleepPlugins.KIT : sleep;
        if (sleep.isBlank()) {
            throw new FieldError("sleep", "names no plug-in; known: " + String.join(", ", SleepPlugins.names()));
        }
        elfLoader = elfLoader == null ? ElfLoaderPlugins.KIT : elfLoader;
        if (elfLoader.isBlank()) {
            throw new FieldError("elfLoader", "names no plug-in; known: " + String.join(", ", ElfLoaderPlugins.names()));
        }
        apicTimer = apicTimer == null ? ApicTimerPlugins.KIT : apicTimer;
        if (apicTimer.isBlank()) {
            throw new FieldError("apicTimer", "names no plug-in; known: " + String.join(", ", ApicTimerPlugins.names()));
        }
        contextSwitch = contextSwitch == null ? SwitchContextPlugins.KIT : contextSwitch;
        if (contextSwitch.isBlank()) {
            throw new FieldError("contextSwitch", "names no plug-in; known: "
                + String.join(", ", SwitchContextPlugins.names()));
        }
        pageFrames = pageFrames == null ? PageFramePlugins.KIT : pageFrames;
        if (pageFrames.isBlank()) {
            throw new FieldError("pageFrames", "names no plug-in; known: " + String.join(", ", PageFramePlugins.names()));
        }
        syscalls = syscalls == null ? SyscallPlugins.KIT : syscalls;
        if (syscalls.isBlank()) {
            throw new FieldError("syscalls", "names no plug-in; known: " + String.join(", ", SyscallPlugins.names()));
        }
        resetStub = resetStub == null ? ResetStubPlugins.KIT : resetStub;
        if (resetStub.isBlank()) {
            throw new FieldError("resetStub", "names no plug-in; known: " + String.join(", ", ResetStubPlugins.names()));
        }
    }

    public boolean hardwareSwitch() {
        return switchMode.equals(HARDWARE);
    }

    /** The same choices with another way of switching tasks (the command line's {@code --switch}). */
    public KernelPart withSwitch(String mode) {
        return new KernelPart(timerFreq, mode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another ready queue (the command line's {@code --ready-queues}). */
    public KernelPart withReadyQueues(String plugin) {
        return new KernelPart(timerFreq, switchMode, plugin, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls, messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another page-fault resolver (the command line's {@code --page-faults}). */
    public KernelPart withPageFaults(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, plugin, hypercalls, messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another hypercall dispatcher (the command line's {@code --hypercalls}). */
    public KernelPart withHypercalls(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, plugin, messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another send and receive (the command line's {@code --messaging}). */
    public KernelPart withMessaging(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            plugin, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another GDT encoder (the command line's {@code --gdt}). */
    public KernelPart withGdt(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, plugin, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another IDT gate encoder (the command line's {@code --idt-gates}). */
    public KernelPart withIdtGates(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, plugin, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with paging on or off (a lab that shows the kernel as it was before {@code mm}). */
    public KernelPart withPaging(boolean on) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, on, pageFaults, hypercalls, messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another sem_wait and sem_post (the command line's {@code --semaphores}). */
    public KernelPart withSemaphores(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, plugin, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another timer list (the command line's {@code --sleep}). */
    public KernelPart withSleep(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, plugin, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another ELF loader (the command line's {@code --elf-loader}). */
    public KernelPart withElfLoader(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, sleep, plugin, apicTimer, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another APIC set-up (the command line's {@code --apic-timer}). */
    public KernelPart withApicTimer(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, plugin, contextSwitch, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another C half of the software switch (the command line's {@code --context-switch}). */
    public KernelPart withContextSwitch(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, plugin, pageFrames, syscalls, resetStub);
    }

    /** The same choices with another frame bitmap and counts (the command line's {@code --page-frames}). */
    public KernelPart withPageFrames(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, plugin, syscalls, resetStub);
    }

    /** The same choices with other system calls beyond the kit's dispatch (the command line's {@code --syscalls}). */
    public KernelPart withSyscalls(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, plugin, resetStub);
    }

    /** The same choices with another reset stub (the command line's {@code --reset-stub}). */
    public KernelPart withResetStub(String plugin) {
        return new KernelPart(timerFreq, switchMode, readyQueues, checkInvariants, stopAfterTicks, paging, pageFaults, hypercalls,
            messaging, networkTask, gdt, idtGates, semaphores, sleep, elfLoader, apicTimer, contextSwitch, pageFrames, syscalls,
            plugin);
    }
}
