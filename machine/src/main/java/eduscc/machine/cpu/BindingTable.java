package eduscc.machine.cpu;

/**
 * The addresses a kernel bound to Java code, looked up before every instruction: a hash table
 * keyed by the plain int address (open addressing, linear probing), so the lookup that almost
 * always finds nothing boxes no Integer and follows no chain. A core has a few dozen bindings;
 * the table doubles when it is half full. Binding the same address again replaces the binding.
 */
final class BindingTable {
    private int[] keys = new int[64];
    private Core.Binding[] values = new Core.Binding[64];
    private int size;

    Core.Binding get(int address) {
        int mask = keys.length - 1;
        for (int i = slot(address, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == address) {
                return values[i];
            }
        }
        return null;
    }

    void put(int address, Core.Binding binding) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(address, mask);
        while (values[i] != null && keys[i] != address) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = address;
        values[i] = binding;
    }

    private void grow() {
        int[] oldKeys = keys;
        Core.Binding[] oldValues = values;
        keys = new int[2 * oldKeys.length];
        values = new Core.Binding[2 * oldValues.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Spreads the address bits (bound addresses are often close together and aligned). */
    private static int slot(int address, int mask) {
        int h = address * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
