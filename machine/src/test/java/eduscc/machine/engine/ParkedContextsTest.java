package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.cpu.Core;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parked contexts of one core, found by the key a task switch saved (linear EIP, ESP). */
class ParkedContextsTest {
    /** IDT bases: the host kernel's and a guest kernel's (lguest's Switcher page). */
    private static final int HOST = 0x00111000;
    private static final int GUEST = 0xFFC02088;

    private final ParkedContexts parked = new ParkedContexts();

    @Test
    void aContextIsFoundByItsKeyUntilItIsTakenOut() {
        ExecutionContext ping = new ExecutionContext("ping", 0);
        long key = Core.contextKey(0x00101234, 0x00118FF0);
        parked.put(HOST, key, ping);
        assertTrue(parked.contains(HOST, key));
        assertFalse(parked.contains(HOST, Core.contextKey(0x00101234, 0x00119FF0)), "same code, other stack: another task");
        assertSame(ping, parked.remove(HOST, key));
        assertFalse(parked.contains(HOST, key));
        assertNull(parked.remove(HOST, key));
    }

    @Test
    void manyTasksInAnyOrderEachComeBackAndAParkAtTheSameKeyReplaces() {
        List<ExecutionContext> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(new ExecutionContext("task" + i, 0));
            parked.put(HOST, key(i), tasks.get(i));
        }
        ExecutionContext again = new ExecutionContext("again", 0);
        parked.put(HOST, key(7), again);
        for (int i = 39; i >= 0; i -= 2) {
            assertSame(i == 7 ? again : tasks.get(i), parked.remove(HOST, key(i)));
        }
        for (int i = 0; i < 40; i += 2) {
            assertSame(tasks.get(i), parked.remove(HOST, key(i)));
        }
        parked.put(HOST, key(3), again);
        parked.clear();
        assertFalse(parked.contains(HOST, key(3)));
    }

    /**
     * The filter in front of the search (64 bits for any number of keys, so keys share bits):
     * whatever leaves, every key still parked is found, and a key that left is not.
     */
    @Test
    void everyKeyStillParkedIsFoundWhileOthersLeave() {
        for (int i = 0; i < 100; i++) {
            parked.put(HOST, key(i), new ExecutionContext("task" + i, 0));
        }
        for (int gone = 0; gone < 100; gone += 3) {
            parked.remove(HOST, key(gone));
            for (int i = 0; i < 100; i++) {
                boolean left = i % 3 == 0 && i <= gone;
                assertTrue(parked.contains(HOST, key(i)) != left, "key " + i + " after key " + gone + " left");
            }
        }
    }

    /** Keys spread over both halves, negative ones included (a linear EIP at or above 2 GiB). */
    private static long key(int i) {
        return Core.contextKey(0x9000_0000 - i * 0x0100_0000, 0x1000 * i);
    }

    /**
     * A host task and a guest task of one kernel source wait at the same EIP and ESP (the same
     * layout): each world keeps its own, and taking one leaves the other parked.
     */
    @Test
    void theSamePlaceInTwoWorldsHoldsTwoContexts() {
        ParkedContexts parked = new ParkedContexts();
        ExecutionContext host = new ExecutionContext("launcher", 0);
        ExecutionContext guest = new ExecutionContext("hello", 0);
        long place = Core.contextKey(0x00119000, 0x00203FF0);
        parked.put(HOST, place, host);
        parked.put(GUEST, place, guest);
        assertTrue(parked.contains(GUEST, place));
        assertSame(guest, parked.remove(GUEST, place));
        assertFalse(parked.contains(GUEST, place));
        assertTrue(parked.contains(HOST, place));
        assertSame(host, parked.remove(HOST, place));
    }
}
