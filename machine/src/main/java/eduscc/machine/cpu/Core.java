package eduscc.machine.cpu;

import eduscc.machine.trace.Trace;
import eduscc.machine.trace.TraceEvent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.IntConsumer;

/**
 * One P54C core of the SCC: its register file, its path to memory, its local APIC, its time,
 * and the loop that runs it from the reset vector. Everything code can do to the hardware is a
 * machine operation (see {@link Operations}); each operation charges its cost and ends at an
 * instruction boundary, where pending interrupts are taken and the engine may switch cores.
 */
public final class Core {
    private final int pid;
    private final Registers regs = new Registers();
    private final LocalApic apic;
    private final LogicalMemory memory;
    private final Trace trace;
    private final long unitsPerCycle;
    private final BindingScopes bindings = new BindingScopes();
    private final Interrupts interrupts;
    private final DescriptorTables tables;
    private final Segmentation segmentation;
    private final TaskSwitch taskSwitch;
    private final Operations operations;
    private final InterruptedJava interruptedJava;
    private final StackOps stack;
    private final SystemInstructions systemInstructions;
    private final ConsoleText console = new ConsoleText();
    private final CycleLedger ledger = new CycleLedger(regs);
    private long cacheFlushes;
    private Pacer pacer = Pacer.ALONE;
    private InstructionSet instructionSet;
    private CoreState state = CoreState.IN_RESET;
    private long cycles;
    private long time;
    /**
     * Bumped by every charge and read by the engine's hang watch on another thread. Opaque
     * access, not volatile: the watch only needs to see it move eventually, and a volatile store
     * would put a memory fence into every machine operation.
     */
    private long heartbeat;
    private long operationsBegun;
    private static final VarHandle HEARTBEAT = heartbeatHandle();
    private volatile Thread owner;
    private volatile boolean owned;
    private volatile String taskLabel;
    private boolean parkRequested;
    /**
     * The union of {@link #parkedPlaceBit} over the linear EIPs this core's parked contexts wait
     * at, kept by the pacer ({@link #setParkedPlaces}): a clear bit means no context waits there,
     * so the question asked before every instruction ({@link #parkedAt}) is mostly one AND.
     */
    private long parkedPlaces;
    private boolean endRequested;
    private long parkKey;
    /** The IDT base the parking context resumes under: its world (see {@link #parkWorld()}). */
    private int parkWorld;
    /** The core's connection to the chip, for {@link #probePrivate} (reads that are no part of the run). */
    private final PhysicalMemory port;

    /**
     * A Java entry point bound to an address in the kernel's text. A routine is a C-level
     * function that x86 code enters with CALL and that returns with RET ({@link Operations#ret});
     * it runs nested on whatever context called it. Any other binding is a place where a context
     * begins (a kernel entry, a new task's entry): reached by a switch, it starts a new context.
     */
    public record Binding(int address, String name, JavaCode code, boolean routine) {
        public Binding(int address, String name, JavaCode code) {
            this(address, name, code, false);
        }
    }

    public Core(int pid, PhysicalMemory chipPort, long unitsPerCycle, Trace trace) {
        this.pid = pid;
        this.port = chipPort;
        this.apic = new LocalApic(pid);
        this.memory = new LogicalMemory(regs, new ApicWindow(this, chipPort));
        this.trace = trace;
        this.unitsPerCycle = unitsPerCycle;
        this.tables = new DescriptorTables(regs, memory);
        this.segmentation = new Segmentation(this);
        this.taskSwitch = new TaskSwitch(this);
        this.interrupts = new Interrupts(this);
        this.stack = new StackOps(regs, memory);
        this.systemInstructions = new SystemInstructions(this);
        this.operations = new Operations(this);
        this.interruptedJava = new InterruptedJava(this);
        memory.setGate(() -> pacer.awaitTurn(this));
        memory.setClock(this::cycles);
    }

    public int pid() {
        return pid;
    }

    public Registers regs() {
        return regs;
    }

    public LocalApic apic() {
        return apic;
    }

    public LogicalMemory memory() {
        return memory;
    }

    public DescriptorTables tables() {
        return tables;
    }

    public Segmentation segmentation() {
        return segmentation;
    }

    public TaskSwitch taskSwitch() {
        return taskSwitch;
    }

    public Interrupts interrupts() {
        return interrupts;
    }

    public SystemInstructions systemInstructions() {
        return systemInstructions;
    }

    /** Where bytes written to the debug port go. */
    public IntConsumer console() {
        return console::append;
    }

    /** The debug port's output, bounded: its start and its end (see {@link ConsoleText}). */
    public String consoleText() {
        return console.text();
    }

    public StackOps stack() {
        return stack;
    }

    /** The machine operations kernel and task code call: the only door to the hardware. */
    public Operations ops() {
        return operations;
    }

    public CoreState state() {
        return state;
    }

    public void setState(CoreState state) {
        this.state = state;
    }

    public void setPacer(Pacer pacer) {
        this.pacer = pacer;
    }

    public Pacer pacer() {
        return pacer;
    }

    public void setInstructionSet(InstructionSet instructionSet) {
        this.instructionSet = instructionSet;
    }

    /** Core clocks since reset was released: the time stamp counter. */
    public long cycles() {
        return cycles;
    }

    /** Global time in 1/16 ns units. */
    public long time() {
        return time;
    }

    public long unitsPerCycle() {
        return unitsPerCycle;
    }

    /** Progress counter the engine's hang detector watches; bumped by every charge. */
    public long heartbeat() {
        return (long) HEARTBEAT.getOpaque(this);
    }

    /** Where this core's clocks went, by component of the code path (see {@link CycleLedger}). */
    public CycleLedger ledger() {
        return ledger;
    }

    /** Charges core clocks: the TSC and this core's share of global time move on together. */
    public void charge(long clocks) {
        checkOwner();
        ledger.instruction(clocks, 0);
        advance(clocks);
    }

    /**
     * Charges an instruction (or machine operation): its base cost from the cost table plus the
     * memory latency its accesses collected in {@link LogicalMemory#takeLatency}, which the
     * ledger books as memory stall. Every instruction's charge goes through here.
     */
    public void chargeInstruction(long baseClocks) {
        checkOwner();
        long stall = memory.takeLatency();
        ledger.instruction(baseClocks, stall);
        advance(baseClocks + stall);
    }

    /** Charges the delivery of an interrupt or exception through the IDT: the processor's work, not the code's. */
    void chargeDelivery(boolean softwareInt, long baseClocks) {
        checkOwner();
        long stall = memory.takeLatency();
        ledger.event(softwareInt ? CycleLedger.INT_DELIVERY : CycleLedger.INTERRUPT_DELIVERY, baseClocks, stall);
        advance(baseClocks + stall);
    }

    /**
     * The instruction or machine operation at the current CS:EIP starts: its charge will be booked
     * by that address (a charge comes after the instruction has moved EIP on).
     */
    void beginInstruction() {
        operationsBegun++;
        ledger.beginInstruction(regs.cs().base() + regs.eip);
        memory.othersMayHaveRun();
    }

    /**
     * How many instructions and machine operations this core has begun. A core may give its turn
     * away inside one (waiting for the mesh) before its clock moves, so the debugger needs this,
     * not the clock, to tell whether a parked core has moved on since it last looked.
     */
    public long operationsBegun() {
        return operationsBegun;
    }

    /** How often {@link #flushCachesAndTlbs} ran since the core was built. */
    public long cacheFlushes() {
        return cacheFlushes;
    }

    /**
     * Whether the calling Java thread is the one running this core (or no engine runs it, as in
     * unit tests): only then is a kernel read part of the run and charged; any other reader, the
     * debugger or a report after the run, only looks.
     */
    public boolean runsOnCurrentThread() {
        return !owned || Thread.currentThread() == owner;
    }

    /**
     * Reads {@code size} bytes of this core's private memory as a hardware debugger's probe does:
     * straight from DRAM, without paging, caches, time or trace, so looking changes nothing. Kernel
     * views of their own data (the task table, the ready queues) use it for the debugger and the
     * invariant check.
     *
     * @throws IllegalArgumentException naming the core and address if it lies in shared memory,
     *     whose reads are part of the run (they wait for the mesh)
     */
    public int probePrivate(int physical, int size) {
        if (port.isShared(physical)) {
            throw new IllegalArgumentException(String.format("core %d: 0x%08X is shared memory; a probe reads only"
                + " private memory", pid, physical));
        }
        return port.read(physical, size);
    }

    /** Stops a thread that no longer runs this core (see {@link #setOwner}) before it touches anything. */
    public void checkOwner() {
        if (owned && Thread.currentThread() != owner) {
            throw new CoreStopped(pid, "this Java thread no longer runs the core");
        }
    }

    private void advance(long clocks) {
        cycles += clocks;
        time += clocks * unitsPerCycle;
        HEARTBEAT.setOpaque(this, heartbeat + 1);
    }

    /** Sleeping in HLT until {@code wakeTime}: the clocks still count, the core just does nothing. */
    public void idleUntil(long wakeTime) {
        if (wakeTime > time) {
            long clocks = (wakeTime - time + unitsPerCycle - 1) / unitsPerCycle;
            ledger.event(CycleLedger.HALTED, clocks, 0);
            advance(clocks);
        }
    }

    public void trace(TraceEvent event) {
        trace.record(time, pid, event);
    }

    public Trace traceLog() {
        return trace;
    }

    /** Called by sccReset: the core leaves reset at {@code releaseTime} in the SDM reset state. */
    public void releaseFromReset(long releaseTime) {
        regs.reset();
        cycles = 0;
        ledger.reset();
        time = Math.max(time, releaseTime);
        state = CoreState.RUNNING;
        apic.reset();
        memory.caches().reset();
        memory.resetWriteCombining();
        interrupts.reset();
        parkRequested = false;
        endRequested = false;
    }

    /**
     * Empties this core's L1 and L2 caches and both TLBs, as WBINVD followed by a CR3 reload
     * would, but as a harness action, not an instruction: it costs no cycles and traces nothing,
     * so a benchmark can measure a first touch ({@code bench --cold}) without timing the flush.
     * The caches keep no data (memory always holds the current bytes), so nothing is lost. The
     * counters and a write still outstanding stay: they are history and time, not contents.
     * Called by the code that runs on this core, or while the machine is paused.
     */
    public void flushCachesAndTlbs() {
        checkOwner();
        cacheFlushes++;
        memory.caches().invalidateCaches();
        memory.caches().flushTlbs();
    }

    /**
     * Binds Java code at {@code address} for no scope in particular: it applies whenever IDTR's
     * base has no scope of its own (see {@link BindingScopes}), so on a core with one kernel,
     * always.
     */
    public void bind(int address, String name, JavaCode code) {
        bindings.unscoped().put(address, new Binding(address, name, code));
    }

    /** Binds a routine: Java code that x86 code CALLs and that returns with RET (see {@link Binding}); unscoped. */
    public void bindRoutine(int address, String name, JavaCode code) {
        bindings.unscoped().put(address, new Binding(address, name, code, true));
    }

    /**
     * The bindings that apply only while IDTR.base is {@code idtBase} (a guest kernel's, beside
     * the host's at the same addresses); binding into it makes the scope apply.
     */
    public BindingScope bindings(int idtBase) {
        return new BindingScope(bindings, idtBase);
    }

    /** The IDT bases that have bindings of their own, in ascending order. */
    public int[] bindingScopes() {
        return bindings.idtBases();
    }

    /** The binding that applies at {@code address} now, under the IDTR loaded now; null if none. */
    public Binding bindingAt(int address) {
        return bindingsInEffect().get(address);
    }

    /** The unscoped binding at {@code address} (what {@link #bind} made), whatever IDTR holds. */
    public Binding unscopedBindingAt(int address) {
        return bindings.unscoped().get(address);
    }

    /** Looked up before every instruction: with no scope on this core, one int compare and the unscoped table. */
    private BindingTable bindingsInEffect() {
        return bindings.hasScopes() ? bindings.inEffect(regs.idtrBase) : bindings.unscoped();
    }

    /**
     * The instruction boundary after a machine operation of Java code: the timer catches up, a
     * pending interrupt is delivered and its handler runs to its IRET, and the engine gets its
     * chance to run another core.
     */
    public void boundary() {
        int resumeEip = regs.eip;
        int resumeCs = regs.cs().selector();
        long resumeKey = currentContextKey();
        int resumeWorld = regs.idtrBase;
        boolean delivered = interrupts.takePending();
        boolean switched = delivered && switchTasksIfRequested();
        // The boundary comes before the handler runs, so that a debugger stopped here sees the
        // handler's first instruction (the vector's stub), as after an x86 instruction.
        pacer.boundary(this);
        if (delivered && !switched) {
            runUntilReturn(resumeEip, resumeCs, resumeWorld, resumeKey);
        }
    }

    /** The boundary after an x86 instruction (or a RET out of Java): a delivered interrupt just moves CS:EIP on. */
    void instructionBoundary() {
        interrupts.takePending();
        switchTasksIfRequested();
        pacer.boundary(this);
    }

    /**
     * A context is known by where the hardware will send execution to resume it: the linear
     * address of CS:EIP together with ESP, exactly what a task switch saves in the TSS (or a
     * software switch on the kernel stack). Two tasks parked at the same code address differ in
     * their stacks.
     */
    public static long contextKey(int linearEip, int esp) {
        return (long) linearEip << 32 | Integer.toUnsignedLong(esp);
    }

    /** The key of the place the registers point at now. */
    public long currentContextKey() {
        return contextKey(regs.cs().base() + regs.eip, regs.esp());
    }

    /**
     * The kernel says the Java code running now will never be resumed (its task exited): at the
     * next task switch its thread ends instead of parking, so dead tasks leave no threads behind.
     */
    public void endContextAtNextSwitch() {
        endRequested = true;
    }

    /** Whether the switch that is happening ends the running context (and clears the request). */
    public boolean takeEndRequest() {
        boolean end = endRequested;
        endRequested = false;
        return end;
    }

    /** The hardware task switch (or a switch in called x86) saved this context's place; the running thread must park there. */
    void requestPark(int linearEip, int esp) {
        requestPark(regs.idtrBase, contextKey(linearEip, esp));
    }

    private void requestPark(int world, long key) {
        parkRequested = true;
        parkWorld = world;
        parkKey = key;
    }

    /**
     * The world of the context that parks now: the base of the IDT it will run under when it
     * resumes. A place is its key within a world: a guest kernel and the host kernel on one core
     * share a layout, so a guest task and a host task may stand at the same EIP and ESP; only the
     * IDT loaded when the registers name that place tells whose it is ({@link BindingScopes}).
     */
    public int parkWorld() {
        return parkWorld;
    }

    /**
     * After an instruction or operation: if it switched tasks, this thread parks at the saved
     * place and the thread of the new task runs. Returns true if a switch happened (and this
     * thread has since been switched back to).
     */
    boolean switchTasksIfRequested() {
        if (!parkRequested) {
            return false;
        }
        parkRequested = false;
        pacer.transfer(this, parkKey);
        return true;
    }

    /**
     * An interrupt arrived while Java code ran: run its handler until it returns to the
     * interrupted code, or hand over if it leaves for another context (see {@link InterruptedJava}).
     *
     * @param resumeWorld the IDT base the interrupted code runs under (see {@link #parkWorld})
     * @param resumeKey {@link #contextKey} of the interrupted code before the delivery
     */
    void runUntilReturn(int resumeEip, int resumeCs, int resumeWorld, long resumeKey) {
        interruptedJava.runHandler(resumeEip, resumeCs, resumeWorld, resumeKey);
    }

    /**
     * x86 run for Java code reached another context ({@link #atAnotherContext}): this thread parks
     * at {@code key}, the place where its Java code waits, and the context the registers name runs.
     * Returns when a later switch loads that place again.
     *
     * @throws IllegalStateException if nothing switched (a core with no engine has no other
     *     contexts to run), instead of spinning on the same place for ever
     */
    void handOver(int world, long key) {
        boolean ending = leavesWorldWhileEnding(world);
        requestPark(world, key);
        switchTasksIfRequested();
        if (ending) {
            endContextAtNextSwitch();
        }
        if (currentContextKey() != key) {
            throw new IllegalStateException(String.format("core %d: x86 run for Java code left for another context"
                + " at %s ESP %s, but no switch took place (is an engine running this core?)", pid,
                hex(regs.cs().base() + regs.eip), hex(regs.esp())));
        }
    }

    /**
     * A task that is exiting may still leave its kernel's world on the way to its last switch: a
     * guest task's page fault or hypercall goes to the host, and comes back. That is not the
     * switch its kernel meant: the thread must park and resume, so the end request waits (and is
     * taken here, so that the host's own switches meanwhile do not see it).
     */
    private boolean leavesWorldWhileEnding(int world) {
        return regs.idtrBase != world && takeEndRequest();
    }

    /**
     * Whether x86 run for Java code has left that Java code's world: it loaded an IDT other than
     * {@code idtBase}, one with Java bindings of its own (a guest kernel's, see
     * {@link BindingScopes}). What runs from here belongs to the other kernel, whose Java code
     * must run on contexts of its own, not nested in this one; so this thread hands over.
     */
    boolean leftWorld(int idtBase) {
        return regs.idtrBase != idtBase && bindings.scope(regs.idtrBase) != null;
    }

    /**
     * Whether CS:EIP and ESP name another context, so that the thread running x86 now must hand
     * over instead of executing on: the key of a parked context (where it waits to be switched
     * back to), or bound Java that is not a routine (where a new context begins).
     */
    boolean atAnotherContext() {
        int linearEip = regs.cs().base() + regs.eip;
        if (parkedAt(linearEip)) {
            return true;
        }
        Binding binding = bindingAt(linearEip);
        return binding != null && !binding.routine();
    }

    /** Whether a parked context of this core waits at {@code linearEip} with the ESP of now. */
    boolean parkedAt(int linearEip) {
        return (parkedPlaces & parkedPlaceBit(linearEip)) != 0 && pacer.isParkedAt(this, contextKey(linearEip, regs.esp()));
    }

    /** A linear EIP's bit in the filter of parked places: the top six bits of a multiplicative hash. */
    public static long parkedPlaceBit(int linearEip) {
        return 1L << ((linearEip * 0x9E3779B9) >>> 26);
    }

    /** The pacer's filter of the places this core's contexts are parked at (see {@link #parkedPlaces}). */
    public void setParkedPlaces(long filter) {
        parkedPlaces = filter;
    }

    /**
     * Runs this core from the reset vector for ever: x86 instructions through the interpreter,
     * and the kernel's Java code wherever execution reaches a bound address.
     */
    public void runFromReset() {
        runFromHere();
    }

    /**
     * Executes for ever from wherever CS:EIP points now: the body of every context's thread.
     *
     * <p>Out here no Java code waits for the x86 to come back: what runs is x86 reached after the
     * context's Java code jumped away (user code after the IRET into ring 3, say). If that x86
     * leaves for a parked context (a trap stub that loads another context's stack and returns
     * into its call), this thread has nothing of its own to resume: all of its state is in the
     * registers and memory the stub saved. It ends, and the parked context runs on.
     */
    public void runFromHere() {
        ledger.forgetMark();
        while (true) {
            int linearEip = regs.cs().base() + regs.eip;
            if (parkedAt(linearEip)) {
                endContextAtNextSwitch();
                requestPark(regs.idtrBase, currentContextKey());
                switchTasksIfRequested();
                linearEip = regs.cs().base() + regs.eip;
            }
            execute(bindingsInEffect().get(linearEip));
        }
    }

    /** What CS:EIP points at runs next: bound Java code, or one x86 instruction. */
    void executeNext() {
        execute(bindingsInEffect().get(regs.cs().base() + regs.eip));
    }

    /** Runs {@code binding}, the one at CS:EIP (already looked up), or one x86 instruction if it is null. */
    void execute(Binding binding) {
        if (binding != null) {
            enterJava(binding);
        } else {
            step();
        }
    }

    private void step() {
        beginInstruction();
        interrupts.instructionStarting();
        memory.caches().beginStep();
        try {
            instructionSet.step(this);
        } catch (CpuFault fault) {
            interrupts.deliverFault(fault);
        }
        instructionBoundary();
    }

    private void enterJava(Binding binding) {
        trace(new TraceEvent.JavaEntry(regs.eip, binding.name(), regs.get(Registers.EAX), regs.get(Registers.EBX)));
        int entryEip = regs.eip;
        try {
            binding.code().run();
        } catch (JumpedAway away) {
            return;
        }
        if (regs.eip == entryEip) {
            throw new IllegalStateException("the Java code bound at " + hex(entryEip) + " (" + binding.name()
                + ") returned without moving EIP");
        }
    }

    /**
     * The kernel's name for what runs now (a task's name), for panic and hang reports and the
     * debugger: an annotation, not hardware state.
     */
    public void setTaskLabel(String label) {
        this.taskLabel = label;
    }

    public String taskLabel() {
        return taskLabel;
    }

    /**
     * The engine names the one Java thread that may run this core; any other thread that tries
     * (say, one the engine gave up on after a hang) is stopped at its next operation.
     */
    public void setOwner(Thread thread) {
        owner = thread;
        owned = true;
    }

    /**
     * HLT: the core sleeps until the engine wakes it for a deliverable interrupt. Entering the
     * halted state is an instruction boundary of its own (the pacer counts it), so a debugger
     * position never stands for both the running core before a HLT and the halted one after it;
     * the HLT's ordinary boundary, where the waking interrupt is taken, follows the wake-up.
     */
    public void halt() {
        state = CoreState.HALTED;
        trace(new TraceEvent.Halt(regs.eip, regs.interruptsEnabled()));
        pacer.halt(this);
        memory.othersMayHaveRun();
        state = CoreState.RUNNING;
    }

    /** Stops this core for good after a bus error: a machine check with CR4.MCE clear (SDM §15, P5 machine check). */
    public CoreStopped machineCheck(String reason) {
        state = CoreState.SHUTDOWN;
        trace(new TraceEvent.MachineCheck(reason));
        return new CoreStopped(pid, "machine check: " + reason);
    }

    /** Stops this core for good: a triple fault shuts a P54C down until the next reset. */
    public CoreStopped shutdown(String reason) {
        state = CoreState.SHUTDOWN;
        trace(new TraceEvent.TripleFault(reason));
        return new CoreStopped(pid, "triple fault: " + reason);
    }

    static String hex(int value) {
        return String.format("0x%08X", value);
    }

    private static VarHandle heartbeatHandle() {
        try {
            return MethodHandles.lookup().findVarHandle(Core.class, "heartbeat", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
