package eduscc.labs.cli;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.labs.debug.ReplicaLadder;
import eduscc.labs.debug.Session;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.engine.Engine;
import eduscc.machine.x86.asm.Assembler;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's own speed on this machine, the figures of issue 9's table: wall time, reported
 * and never asserted. The loops are run unmeasured first, so the JIT has compiled them (the
 * warm-up: once, the x86 loop five times), and then the best of three runs is reported; the
 * 2000-switch run is also timed the first time this JVM runs it, as a lecturer meets it.
 */
final class SimulatorBench {
    private static final int REPEATS = 3;
    private static final int OPERATIONS = 200_000;
    private static final int HANDOFF_OPERATIONS = 20_000;
    private static final int LOOP_ITERATIONS = 1_000_000;
    private static final int YIELDS = 20_000;
    private static final int SWITCHES = 2000;
    /** A kilobyte of private DRAM no kernel uses in these runs (the kernel's data ends below 0x00122000). */
    private static final int SCRATCH = 0x00130000;
    /**
     * Unmeasured runs of the x86 loop. It runs after the kernel's loops in the same JVM, whose
     * profiles the interpreter's compiled code was made for; measured on the development machine,
     * the JIT took about four runs of 2 M instructions to recompile it for the loop, and those
     * runs went at a third to a half of the later speed, so one warm-up run measured the JIT.
     */
    private static final int X86_WARM_UPS = 5;
    static final String WARM_UP = "each loop run once unmeasured (the x86 loop " + X86_WARM_UPS
        + " times), then the best of " + REPEATS;

    private SimulatorBench() {
    }

    static Map<String, Object> measure() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("switchRun2000FirstSeconds", seconds(SimulatorBench::switchRun));
        m.put("switchRun2000Seconds", seconds(best(SimulatorBench::switchRun)));
        m.put("boot48Millis", best(SimulatorBench::boot48) / 1_000_000);
        m.put("operationsPerSecond", perSecond(OPERATIONS, best(SimulatorBench::operations)));
        m.put("bytesPerOperation", bytesPerOperation());
        m.put("handoffsPerSecond", handoffsPerSecond());
        m.put("cooperativeSwitchesPerSecond", perSecond(2L * YIELDS, best(SimulatorBench::cooperativeSwitches)));
        m.put("x86InstructionsPerSecond", perSecond(2L * LOOP_ITERATIONS + 4, best(SimulatorBench::countDown, X86_WARM_UPS)));
        m.put("stepBack1MMillis", stepBackAt(1_000_000, ReplicaLadder.DEFAULT) / 1_000_000);
        m.put("stepBack10MMillis", stepBackAt(10_000_000, ReplicaLadder.DEFAULT) / 1_000_000);
        m.put("stepBackFromBoot1MMillis", stepBackAt(1_000_000, ReplicaLadder.NONE) / 1_000_000);
        m.put("stepBackFromBoot10MMillis", stepBackAt(10_000_000, ReplicaLadder.NONE) / 1_000_000);
        m.put("jdk", System.getProperty("java.vendor") + " " + Runtime.version());
        m.put("virtualThreads", Engine.virtualThreadsAvailable());
        m.put("warmUp", WARM_UP);
        return m;
    }

    /** Something to time; returns the nanoseconds of the part that counts. */
    private interface Timed {
        long nanos();
    }

    /** One unmeasured run (the warm-up), then the fastest of {@link #REPEATS}. */
    private static long best(Timed timed) {
        return best(timed, 1);
    }

    /** {@code warmUps} unmeasured runs, then the fastest of {@link #REPEATS}. */
    private static long best(Timed timed, int warmUps) {
        for (int i = 0; i < warmUps; i++) {
            timed.nanos();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            best = Math.min(best, timed.nanos());
        }
        return best;
    }

    private static double seconds(Timed timed) {
        return seconds(timed.nanos());
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1_000_000.0) / 1000.0;
    }

    private static long perSecond(long count, long nanos) {
        return count * 1_000_000_000L / Math.max(1, nanos);
    }

    /** The MetalSVM paper's latency run: 2000 switches, hardware switching, boot included. */
    private static long switchRun() {
        long start = System.nanoTime();
        ContextSwitchBenchmark.run(true, SWITCHES);
        return System.nanoTime() - start;
    }

    /** All 48 cores from sccReset to every core halted at the kernel entry. */
    private static long boot48() {
        long start = System.nanoTime();
        try (Machine machine = SccBoot.boot(CoreId.all(), MachineConfig.DEFAULT)) {
            machine.run();
        }
        return System.nanoTime() - start;
    }

    /**
     * One core's kernel entry replaced by a loop that touches memory: a store and a load of a word
     * of the core's private DRAM per iteration, two operations through segmentation, the caches,
     * the LUT and the DRAM behind it.
     */
    private static long operations() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT)) {
            Core core = machine.core(0);
            core.bind(KernelImage.entryAddress(), "bench loop", () -> {
                memoryTouchingLoop(core.ops());
                core.ops().cli();
                core.ops().hlt();
            });
            return timeRun(machine);
        }
    }

    /** {@link #OPERATIONS} machine operations, each a store or a load in private memory. */
    private static void memoryTouchingLoop(Operations ops) {
        for (int i = 0; i < OPERATIONS / 2; i++) {
            ops.write32(SCRATCH + 4 * (i & 0xFF), i);
            ops.read32(SCRATCH + 4 * ((i + 1) & 0xFF));
        }
    }

    /**
     * The garbage the memory-touching loop of {@link #operations} makes per operation: the bytes
     * its thread allocated, counted by the JVM (HotSpot's thread allocation counter). The JVM
     * counts them per platform thread only, so this one run uses platform threads; a second run
     * after a first warms the JIT, whose escape analysis removes allocations it can prove local.
     */
    private static double bytesPerOperation() {
        String before = System.getProperty(Engine.VIRTUAL_THREADS_PROPERTY);
        System.setProperty(Engine.VIRTUAL_THREADS_PROPERTY, "false");
        try {
            allocatedByLoop();
            return Math.round(10.0 * allocatedByLoop() / OPERATIONS) / 10.0;
        } finally {
            if (before == null) {
                System.clearProperty(Engine.VIRTUAL_THREADS_PROPERTY);
            } else {
                System.setProperty(Engine.VIRTUAL_THREADS_PROPERTY, before);
            }
        }
    }

    private static long allocatedByLoop() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] allocated = new long[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT)) {
            Core core = machine.core(0);
            core.bind(KernelImage.entryAddress(), "bench loop", () -> {
                long start = threads.getCurrentThreadAllocatedBytes();
                memoryTouchingLoop(core.ops());
                allocated[0] = threads.getCurrentThreadAllocatedBytes() - start;
                core.ops().cli();
                core.ops().hlt();
            });
            machine.run();
        }
        return allocated[0];
    }

    /**
     * Two cores with a one-cycle quantum: every operation hands the baton to the other core. The
     * number of hand-offs is the same in every run; the time is the best of the runs, as for the
     * other loops.
     */
    private static long handoffsPerSecond() {
        long[] dispatches = new long[1];
        long nanos = best(() -> {
            MachineConfig everyCycle = new MachineConfig(1, MachineConfig.DEFAULT.hangMillis());
            try (Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(1)), everyCycle)) {
                for (Core core : List.of(machine.core(0), machine.core(1))) {
                    core.bind(KernelImage.entryAddress(), "bench ping-pong", () -> loop(core.ops(), HANDOFF_OPERATIONS));
                }
                long time = timeRun(machine);
                dispatches[0] = machine.dispatches();
                return time;
            }
        });
        return perSecond(dispatches[0], nanos);
    }

    private static void loop(Operations ops, int count) {
        for (int i = 0; i < count; i++) {
            ops.work(1);
        }
        ops.cli();
        ops.hlt();
    }

    /**
     * Two kernel tasks of equal priority on one core that yield to each other {@link #YIELDS}
     * times each: every yield is a scheduler decision and a software context switch. The timer
     * runs at 100 Hz, so its ticks hardly ever come between.
     */
    private static long cooperativeSwitches() {
        KernelConfig config = new KernelConfig(100, 0, true, false);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                for (String name : List.of("ping", "pong")) {
                    k.scheduler().create(name, Priority.HIGH, () -> {
                        for (int i = 0; i < YIELDS; i++) {
                            k.scheduler().yieldCore();
                        }
                    });
                }
            });
            return kernel::boot;
        })) {
            return timeRun(machine);
        }
    }

    /** A reset image that counts ECX down in real mode: two instructions per iteration. */
    private static long countDown() {
        String source = String.join("\n",
            "bits 16", "org 0xFFFFF000",
            "start:", "    mov ecx, " + LOOP_ITERATIONS, ".loop:", "    dec ecx", "    jnz .loop", "    cli", "    hlt",
            "    times 0xFF0 - ($ - $$) db 0", "    jmp near start", "    times 0x1000 - ($ - $$) db 0");
        byte[] image = Assembler.assemble("bench-loop.asm", source).bytes();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, image)) {
            return timeRun(machine);
        }
    }

    private static long timeRun(Machine machine) {
        long start = System.nanoTime();
        machine.run();
        return System.nanoTime() - start;
    }

    /**
     * The debugger's step back at {@code position} boundaries into {@link MemoryBench}'s 10 kHz
     * lab, in the steady state of a lecturer who steps back, looks, steps forward again, looks:
     * before each timed step back the session stands at the position and its replica worker has
     * finished moving the replicas behind it ({@link Session#awaitReplicas}, the worker's
     * completion signal; with {@link ReplicaLadder#NONE} there is nothing to wait for and the step
     * back re-runs from the boot, as it does once a fast stretch of steps back has used the
     * replicas up). The median of {@link #REPEATS}, after one unmeasured step back.
     */
    private static long stepBackAt(long position, ReplicaLadder ladder) {
        try (Session session = new Session(MemoryBench.TURNS, ladder)) {
            session.runTo(position, "bench");
            long[] nanos = new long[REPEATS];
            for (int i = -1; i < REPEATS; i++) {
                session.runTo(position, "forward again");
                session.awaitReplicas();
                long start = System.nanoTime();
                session.stepBack();
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            return DebuggerBench.median(nanos);
        }
    }

    static void print(PrintStream out, Map<?, ?> m) {
        out.println("eduSCC simulator speed on this machine (reported, never asserted; " + m.get("jdk")
            + ", virtual threads " + ((Boolean) m.get("virtualThreads") ? "on" : "off") + "; " + WARM_UP + ")");
        out.printf("  2000-switch latency run, first in this JVM %8.3f s%n", (Double) m.get("switchRun2000FirstSeconds"));
        out.printf("  2000-switch latency run, warm              %8.3f s%n", (Double) m.get("switchRun2000Seconds"));
        out.printf("  boot 48 cores, wall time             %,12d ms%n", (Long) m.get("boot48Millis"));
        out.printf("  machine operations, memory-touching   %,12d /s%n", (Long) m.get("operationsPerSecond"));
        out.printf("  garbage per memory-touching operation %,11.1f bytes%n", (Double) m.get("bytesPerOperation"));
        out.printf("  context handoffs                     %,12d /s%n", (Long) m.get("handoffsPerSecond"));
        out.printf("  cooperative switches (yield, yield)  %,12d /s%n", (Long) m.get("cooperativeSwitchesPerSecond"));
        out.printf("  interpreted x86 instructions         %,12d /s%n", (Long) m.get("x86InstructionsPerSecond"));
        out.printf("  step back at 1 M / 10 M boundaries   %,8d ms / %,d ms (replicas behind, the worker done)%n",
            (Long) m.get("stepBack1MMillis"), (Long) m.get("stepBack10MMillis"));
        out.printf("    with the replicas used up          %,8d ms / %,d ms (a re-run from the boot)%n",
            (Long) m.get("stepBackFromBoot1MMillis"), (Long) m.get("stepBackFromBoot10MMillis"));
    }
}
