package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assemble;
import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number spellings, operators and precedence, checked through {@code dd}. Values agree with NASM 2.16.01. */
class ExpressionTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            31               => 0x0000001F
            0x1F             => 0x0000001F
            0X1f             => 0x0000001F
            1Fh              => 0x0000001F
            0FFh             => 0x000000FF
            0b101            => 0x00000005
            101b             => 0x00000005
            17q              => 0x0000000F
            0o17             => 0x0000000F
            12d              => 0x0000000C
            0xFFFF_F000      => 0xFFFFF000
            'A'              => 0x00000041
            'AB'             => 0x00004241
            1 + 2 * 3        => 0x00000007
            (1 + 2) * 3      => 0x00000009
            1 << 4 + 1       => 0x00000020
            0xF0 | 0x0F & 0x3C => 0x000000FC
            6 ^ 3            => 0x00000005
            ~0               => 0xFFFFFFFF
            -5               => 0xFFFFFFFB
            - -5             => 0x00000005
            100 / 7          => 0x0000000E
            100 % 7          => 0x00000002
            10 / 3 * 3       => 0x00000009
            0xFFFFFFFF >> 4  => 0x0FFFFFFF
            7 - 2 - 1        => 0x00000004
            0x12345678 & 0xFFFF => 0x00005678
            (0x12345678 >> 16) & 0xFF => 0x00000034
            """)
    void expressionEvaluatesLikeNasm(String expression, String expected) {
        byte[] b = assemble("dd " + expression).bytes();
        long value = (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
        assertEquals(expected, String.format("0x%08X", value), expression);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a: dw b - a \\n b:          | 02 00
            dw end - start \\n start: db 1, 2, 3 \\n end: | 03 00 01 02 03
            x: dd x + 4, x - 1          | 04 00 00 00 FF FF FF FF
            """)
    void labelArithmeticUsesTheLabelsAddresses(String source, String expected) {
        assertEquals(expected, hex(assemble(source.replace("\\n", "\n")).bytes()));
    }
}
