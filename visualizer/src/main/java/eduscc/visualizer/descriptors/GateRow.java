package eduscc.visualizer.descriptors;

import eduscc.machine.cpu.Vector;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.GateType;

/**
 * One IDT entry as the descriptor panel shows it, decoded with {@link GateDescriptor} (SDM Vol. 3A
 * §6.11, facts D.2). An interrupt gate clears IF on entry and a trap gate does not, which is why
 * the kernel's system call gate at 0x80 is a trap gate and its hardware interrupts are not.
 *
 * @param vector   the interrupt vector, 0..255
 * @param name     the exception's mnemonic for vectors 0..18 (#GP, #PF, ...), else empty
 * @param bytes    the 8 bytes in memory order
 * @param selector the code segment (or, for a task gate, the TSS) the gate leads to
 * @param offset   the handler's entry offset; 0 for a task gate
 * @param kind     "interrupt", "trap" or "task" (with "16-bit " for the 80286 forms); "empty" for an
 *                 all-zero entry, "not a gate (...)" for anything else the CPU would refuse with #GP
 * @param dpl      the outermost ring that may use the gate with INT n
 * @param present  the P flag
 * @param changed  the bytes differ from the same gate at the previous snapshot
 */
public record GateRow(int vector, String name, String bytes, int selector, int offset, String kind, int dpl,
                      boolean present, boolean changed) {

    public static GateRow decode(int vector, long bits, boolean changed) {
        String name = vector <= 18 && !Vector.name(vector).equals(Integer.toString(vector)) ? Vector.name(vector) : "";
        String bytes = GdtRow.hexBytes(bits);
        if (bits == 0) {
            return new GateRow(vector, name, bytes, 0, 0, "empty", 0, false, changed);
        }
        int access = (int) (bits >>> 40 & 0xFF);
        GateDescriptor gate;
        try {
            gate = GateDescriptor.decode(bits);
        } catch (IllegalArgumentException notAGate) {
            String why = (access & 0x10) != 0 ? "S=1" : String.format("type 0x%X", access & 0xF);
            return new GateRow(vector, name, bytes, 0, 0, "not a gate (" + why + ")", access >>> 5 & 3,
                (access & 0x80) != 0, changed);
        }
        return new GateRow(vector, name, bytes, gate.selector().value(), gate.offset(), kindWords(gate.type()),
            gate.dpl(), gate.present(), changed);
    }

    static String kindWords(GateType type) {
        return switch (type) {
            case INTERRUPT32 -> "interrupt";
            case TRAP32 -> "trap";
            case TASK -> "task";
            case INTERRUPT16 -> "16-bit interrupt";
            case TRAP16 -> "16-bit trap";
            case CALL16, CALL32 -> type.sdmName() + " (not valid in the IDT)";
        };
    }

    public boolean empty() {
        return kind.equals("empty");
    }

    public String vectorText() {
        return String.format("0x%02X %3d", vector, vector);
    }

    public String selectorText() {
        return empty() ? "" : String.format("%04X", selector);
    }

    public String offsetText() {
        return empty() || kind.equals("task") ? "" : String.format("%08X", offset);
    }
}
