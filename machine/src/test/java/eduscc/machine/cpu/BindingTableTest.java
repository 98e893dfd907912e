package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The int-keyed table of Java bindings: found, not found, replaced, and still right after it grew. */
class BindingTableTest {
    private static Core.Binding binding(int address, String name) {
        return new Core.Binding(address, name, () -> { });
    }

    @Test
    void findsWhatWasBoundAndNothingElse() {
        BindingTable table = new BindingTable();
        Core.Binding entry = binding(0x00100010, "kernel entry");
        table.put(0x00100010, entry);
        assertSame(entry, table.get(0x00100010));
        assertNull(table.get(0x00100011));
        assertNull(table.get(0));
        assertNull(table.get(0xFFFFFFF0));
    }

    @Test
    void bindingAnAddressAgainReplacesIt() {
        BindingTable table = new BindingTable();
        table.put(0x00118000, binding(0x00118000, "old"));
        Core.Binding now = binding(0x00118000, "new");
        table.put(0x00118000, now);
        assertSame(now, table.get(0x00118000));
    }

    @Test
    void aThousandNeighbouringAddressesSurviveTheTableGrowing() {
        BindingTable table = new BindingTable();
        for (int i = 0; i < 1000; i++) {
            table.put(0x00118000 + 4 * i, binding(0x00118000 + 4 * i, "b" + i));
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals("b" + i, table.get(0x00118000 + 4 * i).name());
            assertNull(table.get(0x00118000 + 4 * i + 1));
        }
    }
}
