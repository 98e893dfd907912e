package eduscc.machine.cpu.tables;

import java.util.HexFormat;

/** Byte strings written the way a memory dump shows them, so expected values read like the SDM figures. */
final class Hex {

    private static final HexFormat DUMP = HexFormat.ofDelimiter(" ");

    private Hex() {
    }

    static byte[] bytes(String dump) {
        return DUMP.parseHex(dump);
    }

    static String dump(byte[] bytes) {
        return DUMP.formatHex(bytes);
    }
}
