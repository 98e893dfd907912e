package eduscc.exercises.messaging;

import eduscc.exercises.observing.Failures;
import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.ipc.MessagePassingFactory;
import eduscc.kernel.ipc.MpbPort;
import eduscc.kernel.ipc.Rcce;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.JumpedAway;
import eduscc.machine.cpu.Operations;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Where a check runs: the cores it names booted with messaging, as a lab that messages boots
 * them, RCCE's send and receive made by the factory under test, and one kernel task per core
 * that runs the check's body for that core. The run ends when every task is done or after
 * {@link #UNTIL_CYCLES} of simulated time: a wait that never ends (a flag looked at without
 * CL1INVMB, a flag left in the write-combine buffer) stops there, deterministically, as a core
 * that did not finish.
 *
 * <p>Bodies keep what they see in their {@link Setup}; the check observes it after the run, core
 * by core in pid order, so the order of the observations never depends on timing.
 */
final class CheckMachine {
    /**
     * About 22 simulated milliseconds. The boot takes 6.6 million cycles (12.5 ms), the longest
     * honest check (16384 bytes) ends before 9 million; a spin that never ends costs the grader a
     * second of its own time here.
     */
    static final long UNTIL_CYCLES = 12_000_000L;

    /** One core's part of a check. */
    static final class Setup {
        final Kernel kernel;
        final Core core;
        final Rcce rcce;
        final MpbPort port;
        /** What the body saw, in its own words, for the check to observe after the run. */
        final List<String> seen = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        String failure;
        boolean finished;

        Setup(Kernel kernel, Core core, MpbPort port) {
            this.kernel = kernel;
            this.core = core;
            this.rcce = kernel == null ? null : kernel.rcce();
            this.port = port;
        }

        Operations ops() {
            return kernel.ops();
        }

        /** The task's 16 KiB message buffer. */
        int buffer() {
            return KernelLayout.messageBuffer(kernel.scheduler().current().slot());
        }

        /** Notes the global time now (the simulation's, in its common unit). */
        long now() {
            return core.time();
        }

        /** What the body left, or why it did not: for one observation. */
        String outcome() {
            if (failure != null) {
                return failure;
            }
            return finished ? "done" : "did not finish within " + UNTIL_CYCLES / 533_333 + " ms of simulated time (a wait"
                + " that never ends?)";
        }
    }

    /** A core's part of a check, run in its kernel task. */
    @FunctionalInterface
    interface Body {
        void run(Setup setup) throws Exception;
    }

    /** What a run left: each core's setup, and the machine's trace. */
    record Run(Map<Integer, Setup> cores, List<TraceEntry> trace) {
        /** The core's setup; a core whose kernel never ran the check gets one that says why. */
        Setup core(int pid) {
            Setup setup = cores.get(pid);
            if (setup != null) {
                return setup;
            }
            Setup missing = new Setup(null, null, null);
            missing.failure = "core " + pid + "'s kernel never ran the check: " + trace.stream()
                .filter(e -> e.core() == pid && e.event() instanceof TraceEvent.Panic)
                .map(e -> Failures.shorten(((TraceEvent.Panic) e.event()).reason().lines().findFirst().orElse("")))
                .findFirst().orElse("it did not start");
            return missing;
        }
    }

    private CheckMachine() {
    }

    /** Boots {@code pids}, runs {@code bodies.apply(pid)} on each, and returns what they left. */
    static Run run(List<Integer> pids, MessagePassingFactory messages, IntFunction<Body> bodies) {
        KernelConfig config = new KernelConfig(100, 0, true, false, true).withMessaging(pids);
        Map<Integer, Setup> setups = new TreeMap<>();
        Map<Integer, MpbPort> ports = new TreeMap<>();
        List<TraceEntry> trace = new ArrayList<>();
        try (Machine machine = SccBoot.boot(pids.stream().map(CoreId::of).toList(), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("check", Priority.NORMAL, () -> {
                Setup setup = new Setup(k, core, ports.get(core.pid()));
                setups.put(core.pid(), setup);
                try {
                    bodies.apply(core.pid()).run(setup);
                    setup.finished = true;
                } catch (CoreStopped | JumpedAway | CpuFault e) {
                    throw e; // the machine unwinding its own way: not the code under test's doing
                } catch (Throwable e) {
                    setup.failure = Failures.describe(e);
                }
            }));
            kernel.setMessagePassing(port -> {
                ports.put(core.pid(), port);
                return messages.create(port);
            });
            return kernel::boot;
        })) {
            machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            machine.trace().entries().forEach(trace::add);
        }
        for (TraceEntry e : trace) {
            Setup setup = setups.get(e.core());
            if (e.event() instanceof TraceEvent.Hang && setup != null && !setup.finished && setup.failure == null) {
                setup.failure = "core " + e.core() + " ran Java without a machine operation for too long (an endless loop?)";
            }
        }
        return new Run(setups, trace);
    }

    /** A pattern of {@code size} bytes that differs from core to core and message to message. */
    static byte[] pattern(int seed, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (seed * 37 + i * 11 + (i >> 8));
        }
        return bytes;
    }

    static void fill(Operations ops, int address, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            ops.write8(address + i, bytes[i]);
        }
    }

    /** "as sent", or where the bytes at {@code address} first differ from {@code expected}. */
    static String compare(Operations ops, int address, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            int got = ops.read8(address + i) & 0xFF;
            if (got != (expected[i] & 0xFF)) {
                return String.format("byte %d is 0x%02X, not 0x%02X as sent", i, got, expected[i] & 0xFF);
            }
        }
        return "all " + expected.length + " bytes as sent";
    }
}
