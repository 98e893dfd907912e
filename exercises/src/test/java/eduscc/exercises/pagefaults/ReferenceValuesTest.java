package eduscc.exercises.pagefaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the kit's resolver shows in the checks, against values worked out by hand from the SDM's
 * entry format and the allocator's lowest-free-frame rule: the grader compares every student with
 * these, so they must be right, not only the kit's. Frames: the boot keeps 0x00C00000..0x00C07000,
 * the check's process directory is 0x00C08000, the rest follow in allocation order; P|R/W|U/S = 7.
 */
class ReferenceValuesTest {

    private static List<String> values(int check) {
        ObservedCheck c = PageFaultsExercise.reference().get(check);
        CheckObservations seen = c.observe(new Observer());
        assertNull(seen.threw(), c.name());
        return seen.values();
    }

    @Test
    void demandZeroEntriesAreTheHandComputedOnes() {
        assertEquals(List.of(
            "0x00C0A007", "0x00C09007",   // a new table (frame 10) for the page in frame 9
            "0x00C0A007", "0x00C0B007",   // the same table; the next page in frame 11
            "0x00C0D007", "0x00C0C007"),  // PDE 0x041: the page in frame 12, then its table in frame 13
            values(1).stream().map(v -> v.substring(0, 10)).toList());
        assertEquals("0x00C0A007 (frame 0x00C0A000: P R/W U/S)", values(1).get(0), "the bits named for the student");
    }

    @Test
    void aDemandZeroPageIsARecycledFrameZeroed() {
        assertEquals(List.of("0x00C09000", "2", "0x00C09000", "1", "0", "0x00000000"), values(0));
    }

    @Test
    void aCopyIsOneNewFrameAndBothCountsAreOne() {
        assertEquals(List.of("\"copied\", frame 0x00C0B000", "1", "1", "0x00C0B000", "1", "true"), values(2));
    }

    @Test
    void theEntryAfterACopyIsTheNewFrameWritableWithoutTheMark() {
        assertEquals(List.of("0x00C09205 (frame 0x00C09000: P U/S COW)", "0x00C0B007 (frame 0x00C0B000: P R/W U/S)",
            "0x00C0A007 (frame 0x00C0A000: P R/W U/S)"), values(4),
            "before: frame 9, COW (0x200), U/S, P; after: frame 11, U/S, R/W, P; the table in frame 10");
    }

    @Test
    void aTakeOverKeepsTheFrameAndAllocatesNothing() {
        assertEquals(List.of("\"taken over\", frame 0x00C09000", "0", "0x00C09007 (frame 0x00C09000: P R/W U/S)", "1",
            "none"), values(5));
    }

    @Test
    void theForkLabCopiesEachSharedPageOnceAndTakesEachOverOnce() {
        List<String> fork = values(10);
        assertEquals("none", fork.get(0));
        assertEquals("every task done", fork.get(1));
        // the stack page and the data page: each copied by its first writer, taken over by the other
        assertEquals(List.of("copied", "copied", "taken over", "taken over"), fork.subList(2, fork.size() - 2).stream()
            .filter(v -> !v.startsWith("zero-filled")).map(v -> v.substring(0, v.indexOf(" at "))).toList());
    }
}
