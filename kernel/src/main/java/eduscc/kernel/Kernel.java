package eduscc.kernel;

import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.kernel.arch.GateEncoder;
import eduscc.kernel.arch.Gdt;
import eduscc.kernel.arch.GdtEncoder;
import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.arch.InterruptFrame;
import eduscc.kernel.arch.InterruptPath;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.NativeHardware;
import eduscc.kernel.arch.TaskStateSegment;
import eduscc.kernel.fs.FileDescriptorTable;
import eduscc.kernel.fs.FileSystem;
import eduscc.kernel.ipc.MessagePassingFactory;
import eduscc.kernel.ipc.Mailbox;
import eduscc.kernel.ipc.MessagingMappings;
import eduscc.kernel.ipc.NetworkTask;
import eduscc.kernel.ipc.Rcce;
import eduscc.kernel.lguest.GuestProgram;
import eduscc.kernel.lguest.GuestObserver;
import eduscc.kernel.lguest.HostBookkeeping;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.lguest.Launcher;
import eduscc.kernel.lguest.SwitcherPages;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.KernelMappings;
import eduscc.kernel.mm.PageFaultHandler;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.kernel.mm.ProgramLoaderFactory;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.kernel.sched.ContextSwitch;
import eduscc.kernel.sched.HardwareContextSwitch;
import eduscc.kernel.sched.KitSwitchContext;
import eduscc.kernel.sched.SoftwareContextSwitch;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.KernelPanic;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import eduscc.kernel.sched.TimerQueueFactory;
import eduscc.kernel.sync.Semaphores;
import eduscc.kernel.sync.WaitAndPostFactory;
import eduscc.kernel.sync.TestAndSetLock;
import eduscc.kernel.sys.Exec;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.Fork;
import eduscc.kernel.sys.ProcessExit;
import eduscc.kernel.sys.Sbrk;
import eduscc.kernel.sys.SyscallHandler;
import eduscc.kernel.sys.SyscallServices;
import eduscc.kernel.sys.ThreadCreate;
import eduscc.kernel.user.Libc;
import eduscc.kernel.user.UserProgram;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One core's kernel (MetalSVM is a multikernel: every core boots its own instance; DESIGN §4).
 * {@link #boot()} follows eduOS {@code main}: find out which core this is, install the GDT and
 * the IDT, load the task register, start the APIC timer, open the inter-core interrupt path,
 * enable interrupts, and become the idle task. Whatever only the processor's privileged state can
 * do, the kernel asks of its hardware layer ({@link Hardware}).
 */
public final class Kernel {
    private final Core core;
    private final Operations ops;
    private final Hardware hardware;
    private final KernelText text;
    private final KernelConfig config;
    private final Gdt gdt;
    private final Idt idt;
    private final Consumer<Kernel> createTasks;
    /** The user programs' "function pointers" (thread_create passes an index into this list). */
    private final List<UserProgram> userFunctions = new ArrayList<>();
    private final ReadyQueueFactory readyQueues;
    private final PageFaultResolverFactory pageFaults;
    /** With paging: the frame pool's allocator and the address space every task shares. */
    private FrameAllocator frames;
    private AddressSpace kernelSpace;
    /** With paging: how x86 programs start (createProcess) and replace themselves (execve). */
    private Exec exec;
    private Scheduler scheduler;
    /** The tasks' semaphores and mutexes (kernel sync), in the core's private memory. */
    private Semaphores semaphores;
    /** With messaging: this core's RCCE (null on a core that does not take part). */
    private Rcce rcce;
    /** With messaging: what makes this core's RCCE_send and RCCE_recv (the kit's, or a student's). */
    private MessagePassingFactory messagePassing = MessagePassingFactory.KIT;
    /** What makes this core's sem_wait and sem_post (the kit's, or a student's). */
    private WaitAndPostFactory waitAndPost = WaitAndPostFactory.KIT;
    /** What makes this core's timer list of sleeping tasks (the kit's, or a student's). */
    private TimerQueueFactory timerList = TimerQueueFactory.KIT;
    /** With paging: what makes this core's ELF loader (the kit's, or a student's). */
    private ProgramLoaderFactory programLoader = ProgramLoaderFactory.KIT;
    /** With software switching: the C half of the switch (the kit's, or a student's). */
    private SwitchContextParts switchContext = new KitSwitchContext();
    /** With paging: what keeps the frame pool's bitmap and counts (the kit's, or a student's). */
    private PageFramesFactory pageFrames = PageFramesFactory.KIT;
    /** What serves the system calls syscall_handler's own switch does not know (the kit's, or a student's). */
    private ExtraSyscallsFactory extraSyscalls = ExtraSyscallsFactory.KIT;
    /** With messaging: this core's mailbox (MetalSVM's mail slots and the GIC's interrupt). */
    private Mailbox mailbox;
    /** The network task, once a lab or a benchmark has started it (null before). */
    private Task networkTask;
    /** With a guest: this core's Switcher pages (set up by the first guest's launcher). */
    private SwitcherPages switcher;
    /** The launchers this core has started, oldest first (the debugger's lguest view reads their bookkeeping). */
    private final List<Launcher> launchers = new ArrayList<>();
    private FileSystem fs;
    private int pid = -1;
    private long ticks;
    private long ipisReceived;
    private long lastIpiSenders;

    public Kernel(Core core, KernelConfig config) {
        this(core, config, kernel -> { });
    }

    public Kernel(Core core, KernelConfig config, Consumer<Kernel> createTasks) {
        this(core, config, ReadyQueueFactory.KIT, createTasks);
    }

    /**
     * @param readyQueues the ready queue implementation (the kit's, or a student's)
     * @param createTasks creates the tasks of the lab once the scheduler exists, before interrupts are on
     */
    public Kernel(Core core, KernelConfig config, ReadyQueueFactory readyQueues, Consumer<Kernel> createTasks) {
        this(core, config, readyQueues, PageFaultResolverFactory.KIT, createTasks);
    }

    /**
     * @param readyQueues the ready queue implementation (the kit's, or a student's)
     * @param pageFaults  what resolves demand-zero and copy-on-write faults (the kit's, or a student's)
     * @param createTasks creates the tasks of the lab once the scheduler exists, before interrupts are on
     */
    public Kernel(Core core, KernelConfig config, ReadyQueueFactory readyQueues, PageFaultResolverFactory pageFaults,
                  Consumer<Kernel> createTasks) {
        this(core, config, new NativeHardware(core.ops()), KernelText.of(core), readyQueues, pageFaults, createTasks);
    }

    /**
     * A kernel on {@code hardware}: the native layer for a kernel that owns its core, lguest's
     * guest layer ({@code kernel.lguest.LguestHardware}) for the same kernel run as a guest, whose
     * Java code is then bound in a {@code text} of its own.
     */
    public Kernel(Core core, KernelConfig config, Hardware hardware, KernelText text, ReadyQueueFactory readyQueues,
                  PageFaultResolverFactory pageFaults, Consumer<Kernel> createTasks) {
        this.readyQueues = readyQueues;
        this.pageFaults = pageFaults;
        this.createTasks = createTasks;
        this.core = core;
        this.ops = core.ops();
        this.hardware = hardware;
        this.text = text;
        this.config = config;
        this.gdt = new Gdt(hardware, ops);
        this.idt = new Idt(core, hardware, text);
    }

    /** The kernel entry: runs on the boot context and never returns. */
    public void boot() {
        hardware.start();
        enableCaches();
        pid = hardware.pid();
        gdt.install();
        installInterrupts();
        if (config.paging()) {
            enablePaging();
        }
        if (config.messaging() && config.messagingCores().contains(pid)) {
            startMessaging();
        }
        loadTaskRegister();
        hardware.startTimer(config.timerFreq());
        hardware.openInterCoreInterrupts(pid);
        ContextSwitch contextSwitch = config.hardwareSwitch() ? new HardwareContextSwitch(ops, hardware, gdt, cr3())
            : new SoftwareContextSwitch(core, hardware, text, cr3(), switchContext);
        scheduler = new Scheduler(core, hardware, text, readyQueues, contextSwitch, KernelLayout.TASK_ENTRY);
        scheduler.setTimerList(timerList.create());
        semaphores = new Semaphores(core, hardware, scheduler, waitAndPost);
        if (kernelSpace != null) {
            scheduler.setKernelPageMap(kernelSpace.directory());
            scheduler.setOnExit(new ProcessExit(ops, hardware, scheduler, frames, kernelSpace)::taskEnded);
            idt.setHandler(Vector.PF, new PageFaultHandler(core, hardware, scheduler, frames, pageFaults, this::print)::handle);
        }
        if (rcce != null) {
            mailbox = new Mailbox(core, hardware, scheduler, rcce.units(), pid);
        }
        fs = new FileSystem(core, hardware);
        SyscallHandler syscalls = new SyscallHandler(core, text, scheduler, userFunctions,
            (name, program) -> createUserTask(name, scheduler.current().priority(), program), fs);
        syscalls.setExtraSyscalls(extraSyscalls.create(new SyscallServices(ops, ops::stackArgument, scheduler::tick,
            config.timerFreq())));
        if (kernelSpace != null) {
            exec = new Exec(ops, hardware, scheduler, fs, frames, kernelSpace, this::print, programLoader.create());
            syscalls.setProcesses(new Fork(ops, hardware, scheduler, frames, kernelSpace, fs), exec,
                new ThreadCreate(ops, hardware, scheduler, frames), new Sbrk(ops, hardware, frames));
        }
        text.bind(KernelLayout.USER_ENTRY, "user program", () -> scheduler.current().body().run());
        createTasks.accept(this);
        hardware.irqEnable();
        idle();
    }

    /**
     * eduOS cpu_init: CR0 loses CD (and NW, which must not stay set without CD). The core left
     * reset with both set, so until here every access went to memory and filled no cache line
     * (SDM Vol. 3A §11.5.3); from here on, the caches fill.
     */
    private void enableCaches() {
        hardware.enableCaches();
    }

    /**
     * eduOS cpu_init's paging half: the frame allocator starts with every frame free, the
     * kernel's identity map is built ({@link KernelMappings}), CR3 gets its directory and CR0.PG
     * is set, and CR0.WP too, unlike eduOS (which clears it): with WP the kernel's own writes into
     * a read-only user page fault, so copy-on-write holds for read() into a shared page as well. From the next access on, every linear address goes through the page tables and
     * the TLBs; the addresses the kernel uses stay what they were.
     */
    private void enablePaging() {
        frames = new FrameAllocator(ops, pageFrames.create(ops));
        frames.init();
        AddressSpace space = AddressSpace.create(hardware, ops, frames);
        if (space == null || KernelMappings.build(space, hardware.devicePages()) == null) {
            throw new KernelPanic("core " + pid + ": the frame pool cannot hold the kernel's page tables");
        }
        kernelSpace = space;
        hardware.enablePaging(space.directory());
    }

    /**
     * RCCE_init's part in the kernel (facts B.2): the MPBs and lock registers of all tiles mapped,
     * MPBT on. The MPBs start zeroed (sccGui clears them at boot, facts A.8), so every flag is
     * UNSET without the initial barrier RCCE_init ends with.
     */
    private void startMessaging() {
        hardware.enableMessageBufferType();
        if (!MessagingMappings.map(kernelSpace)) {
            throw new KernelPanic("core " + pid + ": the frame pool cannot hold the message-passing windows' page table");
        }
        rcce = new Rcce(core, config.messagingCores(), pid, messagePassing);
    }

    /**
     * Chooses the send and receive this core's RCCE uses (a lab's messaging plug-in); call before
     * {@link #boot}. The kit's are the default.
     */
    public void setMessagePassing(MessagePassingFactory plugin) {
        this.messagePassing = plugin;
    }

    /**
     * Chooses who encodes this kernel's GDT entries (a lab's {@code gdt} plug-in, {@code
     * GdtPlugins}); call before {@link #boot}. The kit's {@code KitGdtEncoder} is the default.
     */
    public void setGdtEncoder(GdtEncoder encoder) {
        gdt.setEncoder(encoder);
    }

    /**
     * Chooses who encodes this kernel's IDT gates (a lab's {@code idt-gates} plug-in, {@code
     * GatePlugins}); call before {@link #boot}. The kit's {@code KitGateEncoder} is the default.
     */
    public void setGateEncoder(GateEncoder encoder) {
        idt.setEncoder(encoder);
    }

    /**
     * Chooses who sets up this kernel's local APIC and its timer (a lab's {@code apic-timer}
     * plug-in, {@code ApicTimerPlugins}); call before {@link #boot}. The kit's {@code KitApicTimer}
     * is the default. A guest kernel has no APIC of its own (lguest's clock event stands in for its
     * timer), so only a kernel on the native layer takes one.
     */
    public void setApicTimer(ApicTimerSetup setup) {
        if (hardware instanceof NativeHardware nativeLayer) {
            nativeLayer.setApicTimer(setup);
        }
    }

    /**
     * Chooses the C half of this kernel's software context switch, eduOS's create_default_frame,
     * get_current_stack and set_kernel_stack (a lab's {@code context-switch} plug-in, {@code
     * SwitchContextPlugins}); call before {@link #boot}. The kit's {@code KitSwitchContext} is the
     * default; a kernel that switches by hardware does not use it.
     */
    public void setSwitchContext(SwitchContextParts parts) {
        this.switchContext = Objects.requireNonNull(parts, "parts");
    }

    /**
     * Chooses the sem_wait and sem_post of this core's semaphores (a lab's semaphore plug-in);
     * call before {@link #boot}. The kit's are the default.
     */
    public void setWaitAndPost(WaitAndPostFactory plugin) {
        this.waitAndPost = plugin;
    }

    /**
     * Chooses this core's timer list of sleeping tasks (a lab's sleep plug-in); call before
     * {@link #boot}. The kit's is the default.
     */
    public void setTimerList(TimerQueueFactory plugin) {
        this.timerList = plugin;
    }

    /**
     * Chooses how this core's exec loads x86 programs (a lab's {@code elfLoader} plug-in,
     * {@code ElfLoaderPlugins}); call before {@link #boot}. The kit's {@code ElfLoader} is the default.
     */
    public void setElfLoader(ProgramLoaderFactory plugin) {
        this.programLoader = plugin;
    }

    /**
     * Chooses who keeps this core's frame bitmap and counts (a lab's page-frame plug-in); call
     * before {@link #boot}. The kit's are the default.
     */
    public void setPageFrames(PageFramesFactory plugin) {
        this.pageFrames = plugin;
    }

    /**
     * Chooses who serves the system calls beyond syscall_handler's own (a lab's syscalls plug-in);
     * call before {@link #boot}. The kit's uptime is the default.
     */
    public void setSyscalls(ExtraSyscallsFactory plugin) {
        this.extraSyscalls = plugin;
    }

    /** This core's semaphores and mutexes (none until a task or lab creates one). */
    public Semaphores semaphores() {
        return semaphores;
    }

    /**
     * The test-and-set register of core {@code owner} as a lock shared by all cores (kernel
     * sync); the registers are mapped only when the core takes part in messaging.
     *
     * @throws IllegalStateException if this core has not mapped the LOCK registers
     */
    public TestAndSetLock lockRegister(int owner) {
        if (rcce == null) {
            throw new IllegalStateException("core " + pid + ": the LOCK registers are mapped only on a core that takes"
                + " part in messaging (KernelConfig.withMessaging)");
        }
        return new TestAndSetLock(core, owner);
    }

    /** This core's RCCE, or null when the lab does not make it talk to other cores. */
    public Rcce rcce() {
        return rcce;
    }

    /** This core's mailbox, or null when the lab does not make it talk to other cores. */
    public Mailbox mailbox() {
        return mailbox;
    }

    /**
     * Creates the network task (lwIP's tcpip_thread role, {@link NetworkTask}) at priority 16,
     * READY, its timer every {@code periodTicks} ticks. Call while creating the tasks (interrupts
     * still off); needs messaging, for the mailbox it serves.
     */
    public Task startNetworkTask(long periodTicks) {
        if (mailbox == null) {
            throw new IllegalStateException("core " + pid + ": the network task serves the mailbox, which needs messaging"
                + " (KernelConfig.withMessaging)");
        }
        if (networkTask != null) {
            throw new IllegalStateException("core " + pid + ": the network task runs already");
        }
        networkTask = scheduler.create(NetworkTask.NAME, NetworkTask.PRIORITY,
            new NetworkTask(mailbox, scheduler, ops, periodTicks, this::printByte));
        return networkTask;
    }

    /** The network task, or null if none was started. */
    public Task networkTask() {
        return networkTask;
    }

    /** The page directory the kernel and its tasks run on: 0 while paging is off. */
    private int cr3() {
        return kernelSpace == null ? 0 : kernelSpace.directory();
    }

    private void installInterrupts() {
        idt.install();
        InterruptPath.mapEntryCode(core.ledger());
        idt.setHandler(Idt.TIMER, this::timerTick);
        idt.setHandler(Idt.LINT0, this::interCoreInterrupt);
        idt.setHandler(Idt.APIC_ERROR, frame -> hardware.endOfInterrupt());
        idt.setHandler(Idt.SPURIOUS, frame -> { });
        for (int vector = 0; vector < 32; vector++) {
            idt.setHandler(vector, this::exception);
        }
    }

    /** The boot context's TSS: its ESP0 is where a ring-3 interrupt will switch the stack to. */
    private void loadTaskRegister() {
        int base = KernelLayout.tssAddress(0);
        TaskStateSegment.write(ops, base, TaskStateSegment.kernelTask(cr3(), 0, 0, KernelLayout.kernelStackTop(0), Eflags.RESERVED_ONE));
        hardware.loadTaskRegister(gdt.addTss(0, base));
    }

    /** eduOS irq_handler for the tick: count it, EOI, then the scheduler's round robin. */
    private void timerTick(InterruptFrame frame) {
        ticks++;
        core.ledger().during(InterruptPath.EOI, hardware::endOfInterrupt);
        scheduler.timerTick();
    }

    /**
     * LINT0: another core interrupted this one through the GIC; IRQ_STATUS says which (facts A.7).
     * With messaging, each sender may have left a mail in its slot: the mailbox takes them and
     * wakes who waits for them, and the scheduler then switches if that made a higher priority ready.
     */
    private void interCoreInterrupt(InterruptFrame frame) {
        lastIpiSenders = hardware.acknowledgeInterCoreInterrupts();
        ipisReceived++;
        if (mailbox != null) {
            mailbox.interruptArrived(lastIpiSenders);
        }
        hardware.endOfInterrupt();
        scheduler.interruptArrived();
    }

    /**
     * An exception in ring 3 is the task's fault: it is killed and the core goes on. In ring 0 it
     * is the kernel's, and the kernel panics.
     */
    private void exception(InterruptFrame frame) {
        if (frame.fromUser()) {
            print(String.format("core %d: %s killed by %s%n", pid, scheduler.current(), frame));
            scheduler.exit(-1);
        }
        // Before the scheduler exists the boot itself faulted (a wrong GDT entry, say): name that.
        throw new KernelPanic("core " + pid + ": exception " + frame + " in "
            + (scheduler == null ? "the boot, before the scheduler existed" : scheduler.current()));
    }

    /**
     * A user task: it starts in the kernel, drops to ring 3 and runs {@code program} with its own
     * Libc. Like a process it starts with stdin, stdout and stderr open on /dev/console.
     */
    public Task createUserTask(String name, int priority, UserProgram program) {
        Task task = scheduler.create(name, priority, () -> {
            Task self = scheduler.current();
            int scratch = KernelLayout.userStackTop(self.slot()) - KernelLayout.USER_STACK_SIZE;
            Libc libc = new Libc(ops, scratch, userFunctions);
            program.main(libc);
            libc.exit(0);
        }, true);
        task.setFiles(FileDescriptorTable.withStandardStreams(fs.console()));
        return task;
    }

    /**
     * A process that runs the x86 program at {@code path} of the file tree (an ELF32 executable
     * from the initial ramdisk) in an address space of its own, in ring 3. It starts as a kernel
     * task that loads the program ({@link Exec}); if the program cannot start, the task exits
     * with the negative error code and the console says why. Needs paging.
     */
    public Task createProcess(String name, int priority, String path) {
        if (kernelSpace == null) {
            throw new IllegalStateException("core " + pid + ": process '" + name + "' needs paging (KernelConfig.paging)");
        }
        Task task = scheduler.create(name, priority, () -> scheduler.exit(exec.run(path)));
        task.setProgram(path);
        task.setFiles(FileDescriptorTable.withStandardStreams(fs.console()));
        return task;
    }

    /**
     * A guest under lguest (issue 12, DESIGN §4 {@code lguest}): a kernel task, the launcher,
     * that runs {@code image} in ring 1 with {@code memorySize} bytes of guest memory and serves
     * its exits until it shuts down or is killed (exit code 0 or -1). The first guest of a core
     * sets up the Switcher's pages. Needs paging (the shadow page tables) and software task
     * switching: lguest's Switcher takes GDT entries 10 and 11, which hardware switching gives to
     * task TSSs.
     */
    public Task createGuest(String name, int priority, GuestProgram image, int memorySize) {
        return createGuest(name, priority, image, memorySize, GuestObserver.NONE);
    }

    /** {@link #createGuest(String, int, GuestProgram, int)} with {@code observer} told of every exit (a benchmark's hook). */
    public Task createGuest(String name, int priority, GuestProgram image, int memorySize, GuestObserver observer) {
        return createGuest(name, priority, image, memorySize, observer, HypercallDispatcherFactory.KIT);
    }

    /**
     * {@link #createGuest(String, int, GuestProgram, int, GuestObserver)} with the guest's hypercalls
     * served by the dispatcher {@code hypercalls} makes (a lab's plug-in: the kit's, or a student's).
     */
    public Task createGuest(String name, int priority, GuestProgram image, int memorySize, GuestObserver observer,
                            HypercallDispatcherFactory hypercalls) {
        if (kernelSpace == null || config.hardwareSwitch()) {
            throw new IllegalStateException("core " + pid + ": guest '" + name + "' needs paging and software task switching");
        }
        return scheduler.create(name, priority, () -> {
            if (switcher == null) {
                switcher = SwitcherPages.install(ops, frames, kernelSpace, gdt, core.ledger());
            }
            Launcher launcher = Launcher.create(core, frames, kernelSpace, switcher, image, memorySize, this::print,
                () -> scheduler.sleep(1), hypercalls).observedBy(observer);
            launchers.add(launcher);
            scheduler.exit(launcher.run());
        });
    }

    /**
     * Writes one byte on this core's console: natively an OUT to the debug port, in a guest a
     * byte of the virtio console's line (an OUT in ring 1 would be a general-protection fault
     * with no instruction in memory for the host to emulate).
     */
    public void printByte(int b) {
        hardware.consoleWrite(b & 0xFF);
    }

    /**
     * The host's bookkeeping of each guest this core has started, oldest first (empty on a core
     * that hosts none): the debugger's probe, read while the machine is paused.
     */
    public List<HostBookkeeping> guests() {
        return launchers.stream().map(Launcher::bookkeeping).toList();
    }

    /** Prints on this core's console (the debug port), as eduOS's kputs. */
    public void print(String text) {
        for (int i = 0; i < text.length(); i++) {
            hardware.consoleWrite(text.charAt(i));
        }
    }

    /** The idle task: halt until the next interrupt, for ever (or until the lab says stop). */
    private void idle() {
        while (!finished()) {
            hardware.halt();
        }
        hardware.irqDisable();
        hardware.halt();
    }

    /**
     * The lab's stop condition, not eduOS code (eduOS's idle loop only halts): the task states are
     * probed, so checking it costs the idle core nothing. The network task, a service that never
     * ends, is not waited for.
     */
    private boolean finished() {
        if (config.stopAfterTicks() > 0 && ticks >= config.stopAfterTicks()) {
            return true;
        }
        return config.haltWhenTasksFinish() && scheduler.tasks().stream()
            .filter(t -> t != scheduler.idle() && t != networkTask).allMatch(t -> t.probe().state() == TaskState.FINISHED);
    }

    public Idt idt() {
        return idt;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The kernel's file tree (made at boot; the ramdisk is mounted at the first path lookup). */
    public FileSystem fs() {
        return fs;
    }

    public Operations ops() {
        return ops;
    }

    /** The core this kernel runs on: its instruments (trace, cycle ledger) for the kit's measurements. */
    public Core core() {
        return core;
    }

    /** What does the privileged work for this kernel: the processor itself, natively. */
    public Hardware hardware() {
        return hardware;
    }

    public int pid() {
        return pid;
    }

    public long ticks() {
        return ticks;
    }

    public long ipisReceived() {
        return ipisReceived;
    }

    /** The cores that sent the last inter-core interrupt: bit k set means core k. */
    public long lastIpiSenders() {
        return lastIpiSenders;
    }

    /** Interrupts core {@code destination} through the global interrupt controller. */
    public void sendIpi(int destination) {
        hardware.sendInterCoreInterrupt(destination);
    }

    public Gdt gdt() {
        return gdt;
    }
}
