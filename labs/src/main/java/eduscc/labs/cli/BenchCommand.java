package eduscc.labs.cli;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.bench.LatencySamples;
import eduscc.kernel.bench.Measurement;
import eduscc.kernel.bench.SyscallBenchmark;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.x86.asm.Assembler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eduscc bench}: how fast the simulator itself is on this machine. Wall-clock times are
 * measured here and only reported; no test asserts them.
 */
final class BenchCommand {
    private static final int OPERATIONS = 200_000;
    private static final int HANDOFF_OPERATIONS = 20_000;
    private static final int LOOP_ITERATIONS = 1_000_000;
    private static final int SWITCHES = 2000;
    private static final int GETPID_CALLS = 1000;
    static final String DEFAULT_CSV = "context-switch-samples.csv";

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) {
        boolean json = false;
        boolean cold = false;
        Path csv = Path.of(DEFAULT_CSV);
        while (args.hasNext()) {
            String option = args.next();
            switch (option) {
                case "--json" -> json = true;
                case "--csv" -> csv = Path.of(args.value("--csv"));
                case "--cold" -> {
                    if (cold) {
                        throw new UsageError("bench: --cold is given twice");
                    }
                    cold = true;
                }
                default -> throw new UsageError(option.startsWith("--cold=")
                    ? "bench: --cold takes no value, got '" + option + "' (write --cold)"
                    : "unknown bench option '" + option + "'");
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        progress(json, "simulator speed");
        results.put("boot48Millis", bootMillis());
        results.put("operationsPerSecond", operationsPerSecond());
        results.put("handoffsPerSecond", handoffsPerSecond());
        results.put("x86InstructionsPerSecond", instructionsPerSecond());
        progress(json, "context-switch latency, hardware and software (2 x " + SWITCHES + " switches"
            + (cold ? ", then again with the caches and TLBs flushed before each" : "") + ")");
        Measurement hardware = ContextSwitchBenchmark.measure(true, SWITCHES, false);
        Measurement software = ContextSwitchBenchmark.measure(false, SWITCHES, false);
        Measurement hardwareCold = cold ? ContextSwitchBenchmark.measure(true, SWITCHES, true) : null;
        Measurement softwareCold = cold ? ContextSwitchBenchmark.measure(false, SWITCHES, true) : null;
        writeCsv(csv, hardware.samples(), software.samples());
        Map<String, Object> contextSwitch = new LinkedHashMap<>();
        contextSwitch.put("hardware", BreakdownReport.json(hardware, hardwareCold));
        contextSwitch.put("software", BreakdownReport.json(software, softwareCold));
        contextSwitch.put("csv", csv.toString());
        results.put("contextSwitch", contextSwitch);
        progress(json, "system calls");
        Measurement getpid = SyscallBenchmark.getpidCalls(GETPID_CALLS, false);
        Measurement getpidCold = cold ? SyscallBenchmark.getpidCalls(GETPID_CALLS, true) : null;
        Map<String, Object> syscalls = new LinkedHashMap<>();
        syscalls.put("getpid", SyscallBenchmark.getpid());
        syscalls.put("threadCreate", SyscallBenchmark.threadCreate());
        syscalls.put("getpidCalls", BreakdownReport.json(getpid, getpidCold));
        results.put("syscalls", syscalls);
        progress(json, "memory: a lab run of " + MemoryBench.CYCLES + " cycles");
        results.put("memory", MemoryBench.measure());
        progress(json, "debugger: step back and snapshots");
        results.put("debugger", DebuggerBench.measure());
        if (json) {
            out.println(Json.pretty(results));
        } else {
            printTable(results, new Measurement[] {hardware, hardwareCold, software, softwareCold, getpid, getpidCold},
                syscalls, csv);
        }
        return 0;
    }

    private void progress(boolean json, String what) {
        if (!json) {
            out.println("... " + what);
        }
    }

    /** {@code paths}: hardware, software and getpid, each warm then cold (null without --cold). */
    private void printTable(Map<String, Object> r, Measurement[] paths, Map<String, Object> calls, Path csv) {
        out.println("eduSCC simulator speed on this machine (reported, never asserted)");
        out.printf("  boot 48 cores, wall time          %,12d ms%n", r.get("boot48Millis"));
        out.printf("  machine operations, one context   %,12d /s%n", r.get("operationsPerSecond"));
        out.printf("  context handoffs                  %,12d /s%n", r.get("handoffsPerSecond"));
        out.printf("  interpreted x86 instructions      %,12d /s%n", r.get("x86InstructionsPerSecond"));
        out.println("Simulated kernel, in core cycles (deterministic: the same on every machine)");
        for (int mode = 0; mode < 2; mode++) {
            LatencySamples s = paths[2 * mode].samples();
            out.printf("  context switch  %-9s min %5d  median %5d  max %5d  (%d samples)%n", s.label(), s.min(), s.median(), s.max(), s.count());
            LatencySamples cold = paths[2 * mode + 1] == null ? null : paths[2 * mode + 1].samples();
            if (cold != null) {
                out.printf("  context switch  %-9s min %5d  median %5d  max %5d  (%d samples, cold caches and TLBs)%n", s.label(), cold.min(), cold.median(), cold.max(), cold.count());
            }
            BreakdownReport.print(out, paths[2 * mode], paths[2 * mode + 1]);
        }
        out.printf("  getpid          %5d cycles per call%n", calls.get("getpid"));
        LatencySamples calls1 = paths[4].samples();
        out.printf("  getpid          median %5d of %d single calls%n", calls1.median(), calls1.count());
        BreakdownReport.print(out, paths[4], paths[5]);
        out.printf("  thread create   %5d cycles per call%n", calls.get("threadCreate"));
        out.println("  samples written to " + csv + " (sample, mode, cycles)");
        MemoryBench.print(out, (Map<?, ?>) r.get("memory"));
        DebuggerBench.print(out, (Map<?, ?>) r.get("debugger"));
    }

    /** One row per sample, both modes, ready for a scatter plot of cycles against sample number. */
    private static void writeCsv(Path csv, LatencySamples... series) {
        StringBuilder text = new StringBuilder("sample,mode,cycles\n");
        for (LatencySamples s : series) {
            long[] cycles = s.cycles();
            for (int i = 0; i < cycles.length; i++) {
                text.append(i).append(',').append(s.label()).append(',').append(cycles[i]).append('\n');
            }
        }
        try {
            Files.writeString(csv, text.toString());
        } catch (IOException e) {
            throw new UsageError("--csv " + csv + ": cannot write (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The best of three full boots of all 48 cores, from sccReset to every core halted. */
    private static long bootMillis() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            try (Machine machine = SccBoot.boot(CoreId.all(), MachineConfig.DEFAULT)) {
                machine.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    /** One core's kernel entry replaced by a loop of "work for one cycle" operations. */
    private static long operationsPerSecond() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT)) {
            Core core = machine.core(0);
            core.bind(KernelImage.entryAddress(), "bench loop", () -> loop(core.ops(), OPERATIONS));
            return perSecond(OPERATIONS, machine);
        }
    }

    /** Two cores with a one-cycle quantum: every operation hands the baton to the other core. */
    private static long handoffsPerSecond() {
        MachineConfig everyCycle = new MachineConfig(1, MachineConfig.DEFAULT.hangMillis());
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(1)), everyCycle)) {
            for (Core core : List.of(machine.core(0), machine.core(1))) {
                core.bind(KernelImage.entryAddress(), "bench ping-pong", () -> loop(core.ops(), HANDOFF_OPERATIONS));
            }
            long start = System.nanoTime();
            machine.run();
            long nanos = Math.max(1, System.nanoTime() - start);
            return machine.dispatches() * 1_000_000_000L / nanos;
        }
    }

    private static void loop(Operations ops, int count) {
        for (int i = 0; i < count; i++) {
            ops.work(1);
        }
        ops.cli();
        ops.hlt();
    }

    /** A reset image that counts ECX down in real mode: two instructions per iteration. */
    private static long instructionsPerSecond() {
        String source = String.join("\n",
            "bits 16", "org 0xFFFFF000",
            "start:", "    mov ecx, " + LOOP_ITERATIONS, ".loop:", "    dec ecx", "    jnz .loop", "    cli", "    hlt",
            "    times 0xFF0 - ($ - $$) db 0", "    jmp near start", "    times 0x1000 - ($ - $$) db 0");
        byte[] image = Assembler.assemble("bench-loop.asm", source).bytes();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, image)) {
            return perSecond(2L * LOOP_ITERATIONS + 4, machine);
        }
    }

    private static long perSecond(long count, Machine machine) {
        long start = System.nanoTime();
        machine.run();
        long nanos = Math.max(1, System.nanoTime() - start);
        return count * 1_000_000_000L / nanos;
    }
}
