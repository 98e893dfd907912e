package eduscc.machine.x86.disasm;

/**
 * The string instructions (SDM Vol. 1 §7.3.9: MOVS CMPS STOS LODS SCAS, and INS OUTS) and port
 * I/O (§7.3.11, §18: IN OUT). A string instruction works on DS:(E)SI and ES:(E)DI, so its
 * operands are implicit and its suffix b/w/d is the element size; whether SI/DI or ESI/EDI are
 * used is the address size, which only an {@code a16}/{@code a32} word can show, and a segment
 * override of the source only a prefix word ({@code cs lodsb}).
 */
final class StringIoForms {
    private StringIoForms() {
    }

    /** A4-A7 and AA-AF, 6C-6F: bit 0 of the opcode selects bytes or the operand size. */
    static Spelling string(Decoding d, int opcode) {
        String name = switch (opcode & ~1) {
            case 0xA4 -> "movs";
            case 0xA6 -> "cmps";
            case 0xAA -> "stos";
            case 0xAC -> "lods";
            case 0xAE -> "scas";
            case 0x6C -> "ins";
            default -> "outs";
        };
        if (name.equals("cmps") || name.equals("scas")) {
            d.comparesStrings();
        }
        if ((opcode & 1) == 0) {
            return Spelling.of(name + "b");
        }
        d.sizeShown();
        return Spelling.of(name + (d.operandSize() == 4 ? "d" : "w"));
    }

    /** E4-E7 with the port as an immediate byte (ports 0-255), EC-EF with the port in DX. */
    static Spelling port(Decoding d, int opcode) {
        int size = (opcode & 1) == 0 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        String port = opcode < 0xE8 ? OperandText.hex(d.next8()) : "dx";
        String accumulator = OperandText.register(0, size);
        return (opcode & 2) == 0 ? Spelling.of("in", accumulator, port) : Spelling.of("out", port, accumulator);
    }
}
