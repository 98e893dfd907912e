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
    private final ParkedContexts parked = new ParkedContexts();

    @Test
    void aContextIsFoundByItsKeyUntilItIsTakenOut() {
        ExecutionContext ping = new ExecutionContext("ping", 0);
        long key = Core.contextKey(0x00101234, 0x00118FF0);
        parked.put(key, ping);
        assertTrue(parked.contains(key));
        assertFalse(parked.contains(Core.contextKey(0x00101234, 0x00119FF0)), "same code, other stack: another task");
        assertSame(ping, parked.remove(key));
        assertFalse(parked.contains(key));
        assertNull(parked.remove(key));
    }

    @Test
    void manyTasksInAnyOrderEachComeBackAndAParkAtTheSameKeyReplaces() {
        List<ExecutionContext> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(new ExecutionContext("task" + i, 0));
            parked.put(key(i), tasks.get(i));
        }
        ExecutionContext again = new ExecutionContext("again", 0);
        parked.put(key(7), again);
        for (int i = 39; i >= 0; i -= 2) {
            assertSame(i == 7 ? again : tasks.get(i), parked.remove(key(i)));
        }
        for (int i = 0; i < 40; i += 2) {
            assertSame(tasks.get(i), parked.remove(key(i)));
        }
        parked.put(key(3), again);
        parked.clear();
        assertFalse(parked.contains(key(3)));
    }

    /** Keys spread over both halves, negative ones included (a linear EIP at or above 2 GiB). */
    private static long key(int i) {
        return Core.contextKey(0x9000_0000 - i * 0x0100_0000, 0x1000 * i);
    }
}
