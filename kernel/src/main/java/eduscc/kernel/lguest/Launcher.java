package eduscc.kernel.lguest;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CycleLedger;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import java.util.function.Consumer;

/**
 * The host task that runs one guest: lguest's launcher and its {@code read()} loop in the host
 * module (run_guest, facts C.3 and C.6), as one kernel task. It reserves the guest's memory and
 * maps it, loads the image, gives the guest first page tables that map its memory to itself,
 * sets its registers as LHREQ_INITIALIZE does, and then loops: run the queued hypercalls, enter
 * the guest through the Switcher with the host's interrupts off, and handle the trap it came
 * back with. The loop ends when the guest shuts down or lguest kills it; the task's exit code is
 * 0 for a shutdown and -1 for a killed guest.
 */
public final class Launcher {
    /** The cycle ledger's name for the launcher's own code (its loop, the trap and hypercall handling). */
    public static final String HOST_PART = "lguest host";
    /** ... and for the guest's x86 image (the kit's guests are x86 at their own addresses). */
    public static final String GUEST_PART = "guest";
    private final Core core;
    private final Operations ops;
    private final Guest guest;
    private final HypercallHandler hypercalls;
    private final TrapHandler traps;
    private final VirtualInterrupts irqs;
    private final Runnable waitForInterrupt;
    private final GuestProgram image;
    private final AddressSpace host;
    private GuestObserver observer = GuestObserver.NONE;

    private final VirtioConsole console;

    private Launcher(Core core, Guest guest, GuestProgram image, AddressSpace host, Runnable waitForInterrupt, int ramSize,
                     HypercallDispatcher dispatcher) {
        this.core = core;
        this.ops = core.ops();
        this.guest = guest;
        this.image = image;
        this.host = host;
        this.waitForInterrupt = waitForInterrupt;
        GuestInterrupts interrupts = new GuestInterrupts(guest);
        this.irqs = new VirtualInterrupts(guest, interrupts);
        this.console = new VirtioConsole(guest, irqs, ramSize);
        this.hypercalls = new HypercallHandler(guest, dispatcher, irqs, console);
        this.traps = new TrapHandler(guest, hypercalls, interrupts);
    }

    /**
     * A launcher for {@code image} with {@code ramSize} bytes of RAM at
     * {@link GuestMemory#DEFAULT_BASE} and lguest's device pages above it, on this core's
     * {@code switcher}. {@code waitForInterrupt} is how the host's task sleeps while the guest
     * halts (until the host's next timer tick). {@code hypercalls} makes the guest's hypercall
     * dispatcher (the kit's, or the plug-in the lab chose).
     */
    public static Launcher create(Core core, FrameAllocator frames, AddressSpace host, SwitcherPages switcher,
                                  GuestProgram image, int ramSize, Consumer<String> console, Runnable waitForInterrupt,
                                  HypercallDispatcherFactory hypercalls) {
        GuestMemory memory = new GuestMemory(core.ops(), GuestMemory.DEFAULT_BASE,
            ramSize + VirtioConsole.DEVICE_PAGES * GuestMemory.PAGE);
        ShadowPageTables shadow = ShadowPageTables.create(core.ops(), frames, memory, switcher,
            GuestLayout.INITIAL_PAGE_DIRECTORY);
        return new Launcher(core, new Guest(image.name(), core, memory, switcher, shadow, console), image, host, waitForInterrupt,
            ramSize, hypercalls.create());
    }

    /** Who is told about every exit (a benchmark); nobody by default. */
    public Launcher observedBy(GuestObserver observer) {
        this.observer = observer;
        return this;
    }

    /**
     * Sets the guest up and runs it to its end; returns the task's exit code. The cycle ledger
     * books the launcher's own work as {@value #HOST_PART}; the Switcher's and the guest's code
     * are booked by address.
     */
    public int run() {
        try (CycleLedger.Mark saved = core.ledger().mark(HOST_PART)) {
            return runMarked();
        }
    }

    private int runMarked() {
        try {
            setUp();
            while (!guest.ended()) {
                hypercalls.runAsync();
                irqs.checkClock(guest.now());
                irqs.deliverPending(guest.now());
                if (guest.halted) {
                    sleepWhileHalted();
                    continue;
                }
                runOnce();
                traps.handle(guest.regs.get(SwitcherLayout.TRAPNUM), guest.regs.get(SwitcherLayout.ERRCODE));
            }
        } catch (GuestFault fault) {
            guest.kill(fault.getMessage());
        }
        guest.flushConsole();
        guest.say(guest.endReason + " after " + guest.exits + " exits, " + guest.hypercalls + " hypercalls");
        return guest.exitCode;
    }

    /**
     * LHCALL_HALT: the guest waits for an interrupt, and so does its launcher, one host tick at a
     * time, unless nothing could ever come.
     */
    private void sleepWhileHalted() {
        if (!irqs.anyPending() && irqs.clockDeadline() == VirtualInterrupts.DISARMED) {
            throw new GuestFault("LHCALL_HALT with no interrupt that could wake it (no clock event armed)");
        }
        waitForInterrupt.run();
    }

    /** The launcher's side of LHREQ_INITIALIZE: memory, image, first page tables, registers. */
    private void setUp() {
        if (!guest.memory.mapInto(host)) {
            throw new GuestFault("the host's frame pool cannot map its memory");
        }
        image.load(guest.memory, core);
        buildInitialPageTables();
        console.describe();
        guest.regs.initialize(image, console.devicePage());
    }

    /** A directory and as many tables as the memory needs (RAM and device pages), every guest page mapped to itself (P, R/W). */
    private void buildInitialPageTables() {
        int directory = GuestLayout.INITIAL_PAGE_DIRECTORY;
        int pages = guest.memory.pfnLimit();
        for (int table = 0; table * 1024 < pages; table++) {
            int tableAt = directory + GuestMemory.PAGE * (table + 1);
            guest.memory.write32(directory + 4 * table, tableAt | Paging.RW | Paging.P);
            for (int i = 0; i < 1024 && table * 1024 + i < pages; i++) {
                guest.memory.write32(tableAt + 4 * i, (table * 1024 + i) * GuestMemory.PAGE | Paging.RW | Paging.P);
            }
        }
    }

    /**
     * lguest_arch_run_guest: with the host's interrupts off, call run_guest_once (EAX = the
     * lguest_pages, EBX = the shadow directory); when it returns, read CR2 at once if the guest
     * page-faulted (a fault of the host's own would overwrite it), then let interrupts in again.
     */
    private void runOnce() {
        int flags = ops.readEflags();
        ops.cli();
        guest.regs.set(SwitcherLayout.TRAPNUM, SwitcherLayout.NO_TRAP);
        long entered = core.cycles();
        core.trace(new TraceEvent.GuestEnter(guest.name, peek(SwitcherLayout.EIP), peek(SwitcherLayout.CS) & 3));
        ops.setRegister(Registers.EAX, SwitcherLayout.REGS_PAGE);
        ops.setRegister(Registers.EBX, guest.shadow.directory());
        ops.call(SwitcherCode.address("run_guest_once"));
        int trapnum = guest.regs.get(SwitcherLayout.TRAPNUM);
        if (trapnum == Vector.PF) {
            guest.lastPageFault = ops.readCr(2);
        }
        guest.exits++;
        core.trace(new TraceEvent.GuestExit(guest.name, trapnum, peek(SwitcherLayout.ERRCODE), peek(SwitcherLayout.EIP),
            ExitReasons.describe(trapnum, peek(SwitcherLayout.EAX), guest.lastPageFault), core.cycles() - entered));
        observer.exited(trapnum, peek(SwitcherLayout.EAX));
        if ((flags & Eflags.IF) != 0) {
            ops.sti();
        }
    }

    /**
     * A field of the regs page read for the trace only: straight from DRAM, as a debugger's
     * probe reads, so tracing costs the guest and the host nothing.
     */
    private int peek(int field) {
        return core.probePrivate(guest.switcher.regsFrame() + field - SwitcherLayout.REGS_PAGE, 4);
    }

    /** The guest's end: its shutdown message, or why lguest killed it; null while it runs. */
    public String endReason() {
        return guest.endReason;
    }

    public long exits() {
        return guest.exits;
    }

    /** The host's bookkeeping for this guest as it stands now, for the debugger (read while the machine is paused). */
    public HostBookkeeping bookkeeping() {
        SwitcherPages pages = guest.switcher;
        ShadowPageTables shadow = guest.shadow;
        return new HostBookkeeping(guest.name, pages.codeFrame(), pages.regsFrame(), pages.stateFrame(),
            guest.memory.base(), guest.memory.size(), shadow.guestDirectory(), shadow.directory(),
            java.util.Arrays.stream(shadow.cachedGuestDirectories()).boxed().toList(), shadow.lastFill(), guest.exits, guest.endReason);
    }
}
