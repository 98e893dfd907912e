package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.scenario.ShippedLabs;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The twelve-week plan in docs/course/ sets every exercise and shows every lab the kit has. */
class CoursePlanTest {
    @Test
    void thePlanNamesEveryLabAndEveryExercise() throws IOException {
        String plan = Files.readString(KitFolder.find().resolve("docs/course/README.md"));
        List<String> missing = new ArrayList<>();
        for (String lab : ShippedLabs.NAMES) {
            if (!plan.contains("`" + lab + "`")) {
                missing.add("lab " + lab);
            }
        }
        for (String exercise : GradeCommand.EXERCISES) {
            if (!plan.contains("`" + exercise + "`")) {
                missing.add("exercise " + exercise);
            }
        }
        assertEquals(List.of(), missing, "give each a week in docs/course/README.md");
    }
}
