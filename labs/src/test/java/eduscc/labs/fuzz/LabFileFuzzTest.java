package eduscc.labs.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.labs.scenario.ShippedLabs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand seeded mutations of the shipped labs ({@link LabMutations}), each written to a
 * file and read as {@code eduscc run FILE} reads it: each must either load or fail with the kit's
 * own {@link ScenarioException}, one line that starts with the file's name and quotes only a
 * short excerpt; no other exception may escape. {@code -Deduscc.fuzz.labs=N} runs more.
 */
class LabFileFuzzTest {
    static final int MUTANTS = Integer.getInteger("eduscc.fuzz.labs", 3000);
    static final long SEED = Long.getLong("eduscc.fuzz.seed", 1L);
    /** Longer than any honest message, far shorter than the 100 000-character values the mutations put in. */
    private static final int LONGEST_MESSAGE = 800;

    @TempDir
    Path dir;

    @Test
    void mutatedLabsLoadOrFailWithOneLineNamingTheFile() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (String name : ShippedLabs.NAMES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("eduscc/labs/" + name + ".json")) {
                originals.add(in.readAllBytes());
            }
        }
        Path file = dir.resolve("mutant.json");
        List<String> wrong = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < MUTANTS; i++) {
            long seed = SEED + i;
            LabMutations.Mutant mutant = LabMutations.mutate(new Random(seed), originals.get(i % originals.size()));
            Files.write(file, mutant.bytes());
            String where = "seed " + seed + " (" + ShippedLabs.NAMES.get(i % originals.size()) + ".json, " + mutant.how() + ")";
            try {
                ScenarioReader.read(file);
                loaded++;
            } catch (ScenarioException e) {
                String message = e.getMessage();
                if (!message.startsWith(file + ": ") || message.contains("\n") || message.length() > LONGEST_MESSAGE) {
                    wrong.add(where + ": the lab error is not one short line naming the file: "
                        + message.substring(0, Math.min(300, message.length())));
                }
            } catch (RuntimeException | StackOverflowError e) {
                wrong.add(where + ": " + e + " escaped");
            }
        }
        System.out.println("lab fuzz: " + MUTANTS + " mutants, " + loaded + " loaded, " + (MUTANTS - loaded - wrong.size())
            + " rejected with a lab error, " + wrong.size() + " wrong");
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " mutants went wrong");
        assertTrue(loaded < MUTANTS / 2, "the mutations should break most labs; only " + (MUTANTS - loaded) + " broke");
    }
}
