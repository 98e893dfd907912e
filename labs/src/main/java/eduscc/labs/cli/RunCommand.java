package eduscc.labs.cli;

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
import eduscc.kernel.sys.SyscallPlugins;
import eduscc.kernel.sched.SleepPlugins;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.sync.SemaphorePlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.LabRunner;
import eduscc.labs.run.RunReport;
import eduscc.labs.run.RunText;
import eduscc.labs.scenario.KernelPart;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ShippedLabs;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code eduscc run LAB}: runs a shipped lab or a lab file headless and shows who ran when and
 * why. Exit code 0 when the run had no panic, hang or fault; 1 when it had one, or the lab file is
 * malformed (the message names the file and the field); 2 for a mistake on the command line.
 */
final class RunCommand {
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) {
        String labName = null;
        boolean json = false;
        boolean full = false;
        long untilCycles = LabRunner.DEFAULT_UNTIL_CYCLES;
        String switchMode = null;
        String readyQueues = null;
        String pageFaults = null;
        String hypercalls = null;
        String messaging = null;
        String gdt = null;
        String idtGates = null;
        String semaphores = null;
        String sleep = null;
        String elfLoader = null;
        String apicTimer = null;
        String contextSwitch = null;
        String pageFrames = null;
        String syscalls = null;
        String resetStub = null;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "--until" -> untilCycles = until(args.number("--until"));
                case "--json" -> json = true;
                case "--full" -> full = true;
                case "--switch" -> switchMode = switchMode(args.value("--switch"));
                case "--ready-queues" -> readyQueues = plugin(args.value("--ready-queues"));
                case "--page-faults" -> pageFaults = pageFaultPlugin(args.value("--page-faults"));
                case "--hypercalls" -> hypercalls = hypercallPlugin(args.value("--hypercalls"));
                case "--messaging" -> messaging = messagingPlugin(args.value("--messaging"));
                case "--gdt" -> gdt = encoderPlugin("--gdt", args.value("--gdt"), GdtPlugins.names());
                case "--idt-gates" -> idtGates = encoderPlugin("--idt-gates", args.value("--idt-gates"), GatePlugins.names());
                case "--semaphores" -> semaphores = semaphorePlugin(args.value("--semaphores"));
                case "--sleep" -> sleep = sleepPlugin(args.value("--sleep"));
                case "--elf-loader" -> elfLoader = elfLoaderPlugin(args.value("--elf-loader"));
                case "--apic-timer" -> apicTimer = encoderPlugin("--apic-timer", args.value("--apic-timer"),
                    ApicTimerPlugins.names());
                case "--context-switch" -> contextSwitch = encoderPlugin("--context-switch",
                    args.value("--context-switch"), SwitchContextPlugins.names());
                case "--page-frames" -> pageFrames = pageFramePlugin(args.value("--page-frames"));
                case "--syscalls" -> syscalls = syscallPlugin(args.value("--syscalls"));
                case "--reset-stub" -> resetStub = encoderPlugin("--reset-stub", args.value("--reset-stub"),
                    ResetStubPlugins.names());
                default -> {
                    if (word.startsWith("-")) {
                        throw new UsageError("unknown run option '" + word + "'");
                    }
                    if (labName != null) {
                        throw new UsageError("run takes one lab, got '" + labName + "' and '" + word + "'");
                    }
                    labName = word;
                }
            }
        }
        if (labName == null) {
            throw new UsageError("run needs a lab: " + String.join(", ", ShippedLabs.NAMES) + ", or a JSON file");
        }
        Scenario lab;
        try {
            lab = withOverrides(load(labName), switchMode, readyQueues, pageFaults, hypercalls, messaging);
            lab = withEncoders(lab, gdt, idtGates);
            lab = withSyncOverrides(lab, semaphores, sleep);
            lab = elfLoader == null ? lab : lab.withKernel(lab.kernel().withElfLoader(elfLoader));
            lab = apicTimer == null ? lab : lab.withKernel(lab.kernel().withApicTimer(apicTimer));
            lab = contextSwitch == null ? lab : withContextSwitch(lab, contextSwitch);
            lab = withPageFrames(lab, pageFrames);
            lab = syscalls == null ? lab : lab.withKernel(lab.kernel().withSyscalls(syscalls));
            lab = resetStub == null ? lab : lab.withKernel(lab.kernel().withResetStub(resetStub));
        } catch (ScenarioException e) {
            err.println("eduscc: " + e.getMessage());
            return 1;
        }
        String unassembled = unassembled(lab.kernel().resetStub());
        if (unassembled != null) {
            err.println("eduscc: the reset stub '" + lab.kernel().resetStub() + "' does not assemble: " + unassembled);
            return 1;
        }
        if (full) {
            checkFullFits(lab, untilCycles);
        }
        boolean quiet = json;
        RunReport report = LabRunner.run(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()), untilCycles, full, cycle -> {
            if (!quiet) {
                err.printf("eduscc run: %d ms simulated (cycle %d)...%n", cycle / 533_333, cycle);
            }
        });
        if (json) {
            out.println(Json.pretty(report));
        } else {
            RunText.print(lab, report, out);
        }
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** A shipped lab by name, else a file; a name that is neither is a usage error. */
    private static Scenario load(String name) {
        try {
            return ShippedLabs.shippedOrFile(name);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static Scenario withOverrides(Scenario lab, String switchMode, String readyQueues, String pageFaults,
                                          String hypercalls, String messaging) {
        KernelPart kernel = lab.kernel();
        if (switchMode != null) {
            kernel = kernel.withSwitch(switchMode);
        }
        if (readyQueues != null) {
            kernel = kernel.withReadyQueues(readyQueues);
        }
        if (pageFaults != null) {
            if (!kernel.paging()) {
                throw new UsageError("--page-faults: lab '" + lab.name() + "' runs without paging, so it has no page faults"
                    + " to resolve; the labs with paging are paging and fork");
            }
            kernel = kernel.withPageFaults(pageFaults);
        }
        if (hypercalls != null) {
            if (lab.cores().stream().flatMap(c -> c.tasks().stream()).noneMatch(t -> t.guest() != null)) {
                throw new UsageError("--hypercalls: lab '" + lab.name() + "' runs no lguest guest, so nothing makes"
                    + " hypercalls; the labs with a guest are lguest and lguest-fork");
            }
            kernel = kernel.withHypercalls(hypercalls);
        }
        if (messaging != null) {
            if (!lab.usesMessaging()) {
                throw new UsageError("--messaging: lab '" + lab.name() + "' sends no message between cores, so nothing"
                    + " calls RCCE_send or RCCE_recv; the labs that message are ping-pong and barrier-48");
            }
            kernel = kernel.withMessaging(messaging);
        }
        return lab.withKernel(kernel);
    }

    /** {@code --semaphores} and {@code --sleep}; a lab whose cores declare no semaphore is refused the first. */
    private static Scenario withSyncOverrides(Scenario lab, String semaphores, String sleep) {
        KernelPart kernel = lab.kernel();
        if (semaphores != null) {
            if (lab.cores().stream().allMatch(c -> c.semaphores().isEmpty())) {
                throw new UsageError("--semaphores: lab '" + lab.name() + "' declares no semaphore, so nothing calls"
                    + " sem_wait or sem_post; the lab with semaphores is locks");
            }
            kernel = kernel.withSemaphores(semaphores);
        }
        if (sleep != null) {
            kernel = kernel.withSleep(sleep);
        }
        return lab.withKernel(kernel);
    }

    /** {@code --context-switch}: only a core that switches by software runs the C half of the switch. */
    private static Scenario withContextSwitch(Scenario lab, String plugin) {
        if (lab.machine().cores().stream().allMatch(lab::hardwareSwitch)) {
            throw new UsageError("--context-switch: lab '" + lab.name() + "' switches every core's tasks by hardware,"
                + " so nothing calls switch_context; add --switch software, or take a lab that switches by software:"
                + " switch-side-by-side (core 1), syscalls, locks");
        }
        return lab.withKernel(lab.kernel().withContextSwitch(plugin));
    }

    /** Decisions {@code --full} may keep in memory: a few hundred megabytes at most. */
    static final long FULL_DECISIONS_LIMIT = 1_000_000;

    /**
     * {@code --full} keeps every decision, about one per core and timer tick; a run that could make
     * more than {@link #FULL_DECISIONS_LIMIT} is refused before it starts rather than running the
     * machine out of memory.
     */
    private static void checkFullFits(Scenario lab, long untilCycles) {
        long ticks = untilCycles / Apic.countFor(lab.kernel().timerFreq()) + 1;
        long decisions = ticks * lab.machine().cores().size();
        if (decisions > FULL_DECISIONS_LIMIT) {
            throw new UsageError(String.format("--full keeps every scheduler decision, and this run may make about %,d"
                + " (%,d ticks on %d core(s)); the limit is %,d: shorten --until, or leave out --full to keep the first"
                + " and last %,d of each core", decisions, ticks, lab.machine().cores().size(), FULL_DECISIONS_LIMIT,
                LabRunner.KEPT_AT_EACH_END));
        }
    }

    private static long until(long cycles) {
        if (cycles <= 0 || cycles > BootCommand.MAX_CYCLES_LIMIT) {
            throw new UsageError("--until must be between 1 and " + BootCommand.MAX_CYCLES_LIMIT + " cycles, got " + cycles);
        }
        return cycles;
    }

    private static String switchMode(String mode) {
        if (!mode.equals(KernelPart.HARDWARE) && !mode.equals(KernelPart.SOFTWARE)) {
            throw new UsageError("--switch must be hardware or software, got '" + mode + "'");
        }
        return mode;
    }

    private static String plugin(String name) {
        if (!ReadyQueuePlugins.isRegistered(name)) {
            throw new UsageError("--ready-queues: no plug-in named '" + name + "'; known: "
                + String.join(", ", ReadyQueuePlugins.names()));
        }
        return name;
    }

    private static String hypercallPlugin(String name) {
        if (!HypercallPlugins.isRegistered(name)) {
            throw new UsageError("--hypercalls: no plug-in named '" + name + "'; known: "
                + String.join(", ", HypercallPlugins.names()));
        }
        return name;
    }

    private static String messagingPlugin(String name) {
        if (!MessagingPlugins.isRegistered(name)) {
            throw new UsageError("--messaging: no plug-in named '" + name + "'; known: "
                + String.join(", ", MessagingPlugins.names()));
        }
        return name;
    }

    /** Every lab's kernel writes a GDT and an IDT, so any lab may take either encoder. */
    private static Scenario withEncoders(Scenario lab, String gdt, String idtGates) {
        KernelPart kernel = lab.kernel();
        kernel = gdt == null ? kernel : kernel.withGdt(gdt);
        kernel = idtGates == null ? kernel : kernel.withIdtGates(idtGates);
        return lab.withKernel(kernel);
    }

    private static String encoderPlugin(String option, String name, List<String> known) {
        if (!known.contains(name)) {
            throw new UsageError(option + ": no plug-in named '" + name + "'; known: " + String.join(", ", known));
        }
        return name;
    }

    private static String pageFaultPlugin(String name) {
        if (!PageFaultPlugins.isRegistered(name)) {
            throw new UsageError("--page-faults: no plug-in named '" + name + "'; known: "
                + String.join(", ", PageFaultPlugins.names()));
        }
        return name;
    }

    private static String semaphorePlugin(String name) {
        if (!SemaphorePlugins.isRegistered(name)) {
            throw new UsageError("--semaphores: no plug-in named '" + name + "'; known: "
                + String.join(", ", SemaphorePlugins.names()));
        }
        return name;
    }

    private static String sleepPlugin(String name) {
        if (!SleepPlugins.isRegistered(name)) {
            throw new UsageError("--sleep: no plug-in named '" + name + "'; known: "
                + String.join(", ", SleepPlugins.names()));
        }
        return name;
    }

    private static String elfLoaderPlugin(String name) {
        if (!ElfLoaderPlugins.isRegistered(name)) {
            throw new UsageError("--elf-loader: no plug-in named '" + name + "'; known: "
                + String.join(", ", ElfLoaderPlugins.names()));
        }
        return name;
    }

    /** {@code --page-frames}; a lab that runs without paging has no frame pool and is refused it. */
    private static Scenario withPageFrames(Scenario lab, String pageFrames) {
        if (pageFrames == null) {
            return lab;
        }
        if (!lab.kernel().paging()) {
            throw new UsageError("--page-frames: lab '" + lab.name() + "' runs without paging, so its kernel allocates"
                + " no page frames");
        }
        return lab.withKernel(lab.kernel().withPageFrames(pageFrames));
    }

    private static String pageFramePlugin(String name) {
        if (!PageFramePlugins.isRegistered(name)) {
            throw new UsageError("--page-frames: no plug-in named '" + name + "'; known: "
                + String.join(", ", PageFramePlugins.names()));
        }
        return name;
    }

    /**
     * Why the reset stub {@code name} cannot boot a core ({@code file:line: problem}), or null when
     * it assembles: a stub with a mistake is told as the assembler tells it, before any core runs.
     */
    private static String unassembled(String name) {
        try {
            ResetStubPlugins.image(name);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Every lab's kernel has a syscall_handler, so any lab may take the syscalls plug-in. */
    private static String syscallPlugin(String name) {
        if (!SyscallPlugins.isRegistered(name)) {
            throw new UsageError("--syscalls: no plug-in named '" + name + "'; known: "
                + String.join(", ", SyscallPlugins.names()));
        }
        return name;
    }
}
