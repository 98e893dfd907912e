package eduscc.labs.cli;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.bench.LatencySamples;
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
    static final String DEFAULT_CSV = "context-switch-samples.csv";

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) {
        boolean json = false;
        Path csv = Path.of(DEFAULT_CSV);
        while (args.hasNext()) {
            String option = args.next();
            switch (option) {
                case "--json" -> json = true;
                case "--csv" -> csv = Path.of(args.value("--csv"));
                default -> throw new UsageError("unknown bench option '" + option + "'");
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        progress(json, "simulator speed");
        results.put("boot48Millis", bootMillis());
        results.put("operationsPerSecond", operationsPerSecond());
        results.put("handoffsPerSecond", handoffsPerSecond());
        results.put("x86InstructionsPerSecond", instructionsPerSecond());
        progress(json, "context-switch latency, hardware and software (2 x 2000 switches)");
        LatencySamples hardware = ContextSwitchBenchmark.run(true, SWITCHES);
        LatencySamples software = ContextSwitchBenchmark.run(false, SWITCHES);
        writeCsv(csv, hardware, software);
        Map<String, Object> contextSwitch = new LinkedHashMap<>();
        contextSwitch.put("hardware", summary(hardware));
        contextSwitch.put("software", summary(software));
        contextSwitch.put("csv", csv.toString());
        results.put("contextSwitch", contextSwitch);
        progress(json, "system calls");
        Map<String, Object> syscalls = new LinkedHashMap<>();
        syscalls.put("getpid", SyscallBenchmark.getpid());
        syscalls.put("threadCreate", SyscallBenchmark.threadCreate());
        results.put("syscalls", syscalls);
        progress(json, "memory: a lab run of " + MemoryBench.CYCLES + " cycles");
        results.put("memory", MemoryBench.measure());
        progress(json, "debugger: step back and snapshots");
        results.put("debugger", DebuggerBench.measure());
        if (json) {
            out.println(Json.pretty(results));
        } else {
            printTable(results, hardware, software, syscalls, csv);
        }
        return 0;
    }

    private void progress(boolean json, String what) {
        if (!json) {
            out.println("... " + what);
        }
    }

    private void printTable(Map<String, Object> r, LatencySamples hw, LatencySamples sw, Map<String, Object> calls, Path csv) {
        out.println("eduSCC simulator speed on this machine (reported, never asserted)");
        out.printf("  boot 48 cores, wall time          %,12d ms%n", r.get("boot48Millis"));
        out.printf("  machine operations, one context   %,12d /s%n", r.get("operationsPerSecond"));
        out.printf("  context handoffs                  %,12d /s%n", r.get("handoffsPerSecond"));
        out.printf("  interpreted x86 instructions      %,12d /s%n", r.get("x86InstructionsPerSecond"));
        out.println("Simulated kernel, in core cycles (deterministic: the same on every machine)");
        out.printf("  context switch  %-9s min %5d  median %5d  max %5d  (%d samples)%n", "hardware", hw.min(), hw.median(), hw.max(), hw.count());
        out.printf("  context switch  %-9s min %5d  median %5d  max %5d  (%d samples)%n", "software", sw.min(), sw.median(), sw.max(), sw.count());
        out.printf("  getpid          %5d cycles per call%n", calls.get("getpid"));
        out.printf("  thread create   %5d cycles per call%n", calls.get("threadCreate"));
        out.println("  samples written to " + csv + " (sample, mode, cycles)");
        MemoryBench.print(out, (Map<?, ?>) r.get("memory"));
        DebuggerBench.print(out, (Map<?, ?>) r.get("debugger"));
    }

    private static Map<String, Object> summary(LatencySamples s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", s.min());
        m.put("median", s.median());
        m.put("max", s.max());
        m.put("samples", s.count());
        return m;
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
