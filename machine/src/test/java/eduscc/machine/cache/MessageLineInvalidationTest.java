package eduscc.machine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** CL1INVMB drops exactly the MPBT lines, whether the cache remembers where they are or has to look at every slot. */
class MessageLineInvalidationTest {
    /** Fills {@code lines} seeded lines, every third MPBT, then CL1INVMB; checks each line against what it was. */
    private static void fillAndInvalidate(int lines, long seed) {
        SetAssociativeCache cache = new SetAssociativeCache("L1D", 4, 2);
        Random random = new Random(seed);
        int[] tags = new int[lines];
        for (int i = 0; i < lines; i++) {
            tags[i] = random.nextInt(64);
            cache.fill(tags[i], i % 3 == 0 ? SetAssociativeCache.MESSAGE_BUFFER : 0);
        }
        int mpbtHeld = 0;
        for (int tag = 0; tag < 64; tag++) {
            if (cache.slotWith(tag, SetAssociativeCache.MESSAGE_BUFFER) >= 0) {
                mpbtHeld++;
            }
        }
        int occupied = cache.occupied();
        assertEquals(mpbtHeld, cache.invalidateMatching(SetAssociativeCache.MESSAGE_BUFFER), "seed " + seed);
        assertEquals(occupied - mpbtHeld, cache.occupied(), "only the MPBT lines went");
        for (int tag = 0; tag < 64; tag++) {
            assertFalse(cache.slotWith(tag, SetAssociativeCache.MESSAGE_BUFFER) >= 0);
        }
    }

    @Test
    void aFewFillsAreRemembered() {
        for (long seed = 0; seed < 20; seed++) {
            fillAndInvalidate(6, seed);
        }
    }

    @Test
    void moreFillsThanSlotsFallBackToLookingAtEverySlot() {
        for (long seed = 0; seed < 20; seed++) {
            fillAndInvalidate(40, seed);
        }
    }

    @Test
    void aSecondInvalidationFindsNothing() {
        SetAssociativeCache cache = new SetAssociativeCache("L1D", 4, 2);
        cache.fill(5, SetAssociativeCache.MESSAGE_BUFFER);
        cache.fill(6, 0);
        assertEquals(1, cache.invalidateMatching(SetAssociativeCache.MESSAGE_BUFFER));
        assertEquals(0, cache.invalidateMatching(SetAssociativeCache.MESSAGE_BUFFER));
        assertTrue(cache.contains(6));
    }
}
