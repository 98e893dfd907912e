package eduscc.machine.x86.disasm;

import java.util.HexFormat;

/** Decodes instructions written as hex strings, the way the SDM and a listing show them. */
final class Bytes {
    private Bytes() {
    }

    static byte[] of(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String hexOf(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static Instruction decode16(String hex) {
        return decode(hex, 0x7C00, false);
    }

    static Instruction decode32(String hex) {
        return decode(hex, 0x0010_0000, true);
    }

    static Instruction decode(String hex, long address, boolean bits32) {
        return Disassembler.decode(ByteSource.of(of(hex), address), address, bits32);
    }
}
