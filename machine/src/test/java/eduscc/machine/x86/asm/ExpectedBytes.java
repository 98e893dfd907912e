package eduscc.machine.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.StringJoiner;

/**
 * Assertions for encodings. The expected bytes in the encoding tests were produced once with
 * NASM 2.16.01 ({@code nasm -f bin}, one line at a time under {@code bits 16} and {@code bits 32})
 * and written down here, so the tests need no NASM to run.
 */
final class ExpectedBytes {
    private ExpectedBytes() {
    }

    /** Bytes as NASM lists them, two upper-case hex digits each, separated by spaces. */
    static String hex(byte[] bytes) {
        StringJoiner text = new StringJoiner(" ");
        for (byte b : bytes) {
            text.add(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }

    static Assembly assemble(String source) {
        return Assembler.assemble("test.asm", source);
    }

    static void assertEncodes(int bits, String line, String expected) {
        byte[] bytes = assemble("bits " + bits + "\n" + line).bytes();
        assertEquals(expected, hex(bytes), () -> "bits " + bits + ": " + line);
    }
}
