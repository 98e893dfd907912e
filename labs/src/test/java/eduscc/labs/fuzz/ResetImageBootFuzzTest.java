package eduscc.labs.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.time.Clocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random reset images through the whole boot path {@code eduscc boot --reset-image} takes: the
 * image placed below 4 GiB by sccMerge's rules, the LUT, the engine and one released core, run
 * for a bounded number of cycles. Whatever the bytes do (fault, triple fault, touch a register
 * bank or an unmapped LUT slot), the run must return and the core end running, halted or shut
 * down: no Java exception may escape the machine. The interpreter alone gets thousands of
 * images in the machine module's {@code RandomResetImageTest}; this one checks the engine and
 * the SCC memory path around it, with fewer because each boot builds a whole chip.
 * {@code -Deduscc.fuzz.boots=N} runs more.
 */
class ResetImageBootFuzzTest {
    static final int IMAGES = Integer.getInteger("eduscc.fuzz.boots", 500);
    static final long SEED = Long.getLong("eduscc.fuzz.seed", 1L);
    private static final long CYCLES = 20_000;

    @Test
    void randomResetImagesBootWithoutAnEscapingException() {
        List<String> escaped = new ArrayList<>();
        int[] states = new int[CoreState.values().length];
        for (int i = 0; i < IMAGES; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            byte[] image = new byte[16 + random.nextInt(4096)];
            random.nextBytes(image);
            try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, image)) {
                machine.run(CYCLES * Clocks.TILE_533_UNITS);
                states[machine.core(0).state().ordinal()]++;
            } catch (RuntimeException | StackOverflowError e) {
                escaped.add("seed " + seed + " (" + image.length + " bytes): " + e);
            }
        }
        StringBuilder summary = new StringBuilder("reset image boots: " + IMAGES + " run;");
        for (CoreState s : CoreState.values()) {
            summary.append(' ').append(s).append(' ').append(states[s.ordinal()]);
        }
        System.out.println(summary + "; " + escaped.size() + " let an exception escape");
        assertEquals(List.of(), escaped.subList(0, Math.min(10, escaped.size())));
    }
}
