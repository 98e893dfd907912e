package eduscc.labs.cli;

import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.x86.asm.Assembler;
import java.io.PrintStream;
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

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) {
        boolean json = false;
        while (args.hasNext()) {
            String option = args.next();
            if (!option.equals("--json")) {
                throw new UsageError("unknown bench option '" + option + "'");
            }
            json = true;
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("boot48Millis", bootMillis());
        results.put("operationsPerSecond", operationsPerSecond());
        results.put("handoffsPerSecond", handoffsPerSecond());
        results.put("x86InstructionsPerSecond", instructionsPerSecond());
        if (json) {
            out.println(Json.pretty(results));
        } else {
            out.println("eduSCC simulator speed on this machine (reported, never asserted)");
            out.printf("  boot 48 cores, wall time          %,12d ms%n", results.get("boot48Millis"));
            out.printf("  machine operations, one context   %,12d /s%n", results.get("operationsPerSecond"));
            out.printf("  context handoffs                  %,12d /s%n", results.get("handoffsPerSecond"));
            out.printf("  interpreted x86 instructions      %,12d /s%n", results.get("x86InstructionsPerSecond"));
        }
        return 0;
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
