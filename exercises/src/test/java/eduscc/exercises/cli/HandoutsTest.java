package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every exercise's handout has what issue 14 asks of one: the goal (the text before its first
 * section), the contract, hints, common mistakes and questions to answer.
 */
class HandoutsTest {
    @Test
    void everyHandoutHasItsGoalContractHintsMistakesAndQuestions() throws IOException {
        List<String> missing = new ArrayList<>();
        for (GradeCommand.Exercise exercise : GradeCommand.ALL) {
            String text = Files.readString(KitFolder.find().resolve(exercise.handout()));
            List<String> headings = text.lines().filter(line -> line.startsWith("## "))
                .map(line -> line.toLowerCase(Locale.ROOT)).toList();
            String goal = text.substring(0, Math.max(0, text.indexOf("\n## "))).replaceAll("(?m)^#.*$", "").strip();
            if (goal.split("\\s+").length < 40) {
                missing.add(exercise.name() + ": a goal before the first section");
            }
            for (String section : List.of("contract", "common mistakes", "questions")) {
                if (headings.stream().noneMatch(h -> h.contains(section))) {
                    missing.add(exercise.name() + ": a section on " + section);
                }
            }
            if (!text.toLowerCase(Locale.ROOT).contains("hint")) {
                missing.add(exercise.name() + ": hints");
            }
        }
        assertEquals(List.of(), missing);
    }
}
