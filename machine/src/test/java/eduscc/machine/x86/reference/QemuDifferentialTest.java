package eduscc.machine.x86.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interpreter against a reference no one here wrote (the style guide's "co-simulation against
 * a reference"): seeded random programs of the subset run on the kit in-process and on
 * {@code qemu-system-i386} from the same BIOS image bytes, and every program's registers, flags
 * (less those the SDM leaves undefined), segment selectors, exception frame and scratch-memory
 * checksums must agree.
 *
 * <p>{@code -Deduscc.differential.programs=N} sets the programs per mode (default 150) and
 * {@code -Deduscc.differential.seed=S} the first seed, for longer runs; a failure names the seed
 * of each program that disagreed. Without QEMU on the PATH the comparison is skipped with a
 * message ({@code .ci/run} installs it from Debian's packages); the kit half still runs.
 * Where QEMU is known to be wrong the kit is held to the SDM by {@code SdmOverQemuTest} instead.
 */
class QemuDifferentialTest {
    static final int PROGRAMS = Integer.getInteger("eduscc.differential.programs", 150);
    static final long SEED = Long.getLong("eduscc.differential.seed", 10_000L);
    /** Programs per image: about 200 bytes each, well inside the 64 KiB real mode can reach. */
    static final int BATCH = 75;
    private static final long BUDGET_PER_PROGRAM = 20_000;

    @Test
    void realModeProgramsAgreeWithQemu(@TempDir Path dir) throws Exception {
        compareWithQemu(Mode.REAL, dir);
    }

    @Test
    void protectedModeProgramsAgreeWithQemu(@TempDir Path dir) throws Exception {
        compareWithQemu(Mode.PROTECTED, dir);
    }

    @Test
    void generatedProgramsRunToTheirDumpOnTheKitAndMostFinishWithoutAnException() {
        for (Mode mode : Mode.values()) {
            List<GeneratedProgram> programs = programs(mode, 0, BATCH);
            List<DumpRecord> records = runOnKit(mode, programs);
            long faulted = records.stream().filter(DumpRecord::faulted).count();
            assertTrue(faulted <= BATCH / 4, mode + ": " + faulted + " of " + BATCH
                + " programs ended in an exception; the generator is meant to make few of them");
        }
    }

    static List<GeneratedProgram> programs(Mode mode, int first, int count) {
        List<GeneratedProgram> programs = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            programs.add(ProgramGenerator.generate(SEED + 1_000_000L * mode.ordinal() + i, mode));
        }
        return programs;
    }

    static List<DumpRecord> runOnKit(Mode mode, List<GeneratedProgram> programs) {
        KitRun.Outcome kit = KitRun.run(BatchImage.build(mode, programs), BUDGET_PER_PROGRAM * programs.size() + 10_000);
        assertEquals("core 0: halted", kit.stopReason(), mode + " batch of seeds " + programs.get(0).seed() + "..: the kit did not reach the end");
        List<DumpRecord> records = DumpRecord.parse(kit.debugPort());
        assertEquals(programs.size(), records.size(), mode + " batch: dump records on the kit");
        return records;
    }

    private static void compareWithQemu(Mode mode, Path dir) throws Exception {
        Optional<Path> qemu = QemuRun.find();
        if (qemu.isEmpty()) {
            String message = "QEMU differential test SKIPPED: " + QemuRun.BINARY + " is not on the PATH (or -Deduscc.qemu) "
                + "(install Debian's qemu-system-x86; .ci/run does where apt-get is available)";
            System.out.println(message);
            assumeTrue(false, message);
        }
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        java.util.SortedMap<Integer, Integer> vectors = new java.util.TreeMap<>();
        for (int first = 0; first < PROGRAMS; first += BATCH) {
            List<GeneratedProgram> programs = programs(mode, first, Math.min(BATCH, PROGRAMS - first));
            List<DumpRecord> kit = runOnKit(mode, programs);
            List<DumpRecord> reference = DumpRecord.parse(QemuRun.run(qemu.get(), BatchImage.build(mode, programs), dir));
            assertEquals(programs.size(), reference.size(), mode + " batch: dump records from QEMU");
            for (int i = 0; i < programs.size(); i++) {
                List<String> d = kit.get(i).differences(reference.get(i), programs.get(i));
                if (!d.isEmpty()) {
                    GeneratedProgram p = programs.get(i);
                    disagreements.add(mode + " program, seed " + p.seed() + ":\n    " + String.join("\n    ", d) + "\n" + p.listing());
                }
                compared++;
                if (kit.get(i).faulted()) {
                    vectors.merge(kit.get(i).vector(), 1, Integer::sum);
                }
            }
        }
        System.out.println("QEMU differential test: " + mode + ": " + compared + " programs compared with "
            + qemu.get() + " (ended in exception vector=count " + vectors + "), " + disagreements.size() + " disagreed");
        if (Boolean.getBoolean("eduscc.differential.all")) {
            disagreements.forEach(System.out::println);
        }
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + compared + " " + mode + " programs disagree with QEMU; the first ones:\n"
                + String.join("\n", disagreements.subList(0, Math.min(5, disagreements.size()))));
        }
    }
}
