package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assemble;
import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Data, repetition, alignment, origin, mode and label directives. Expected bytes agree with NASM
 * 2.16.01 except for {@code align}, which pads with zeros here (see the package description).
 */
class DirectiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            db "hi", 0, 'x', "abc"       | 68 69 00 78 61 62 63
            dw "abc"                     | 61 62 63 00
            dd "ab", 1                   | 61 62 00 00 01 00 00 00
            dw 1, -1, 0xFFFF             | 01 00 FF FF FF FF
            db -128, 255                 | 80 FF
            dd 0xDEADBEEF, -2            | EF BE AD DE FE FF FF FF
            dq 1, -1                     | 01 00 00 00 00 00 00 00 FF FF FF FF FF FF FF FF
            db 'a'+1, 'A'                | 62 41
            dd 'AB', 'ABCD'              | 41 42 00 00 41 42 43 44
            times 3 nop                  | 90 90 90
            times 2 push ax              | 50 50
            times 0 db 1                 | ``
            """)
    void dataAndRepetitionEmitTheirBytes(String line, String expected) {
        assertEquals(expected, hex(assemble(line).bytes()));
    }

    @Test
    void bootSectorIsPaddedTo510BytesAndSigned() {
        byte[] sector = assemble("""
                org 0x7C00
                jmp $
                times 510-($-$$) db 0
                dw 0xAA55
                """).bytes();
        assertEquals(512, sector.length);
        assertEquals("EB FE", hex(new byte[] {sector[0], sector[1]}));
        assertEquals("55 AA", hex(new byte[] {sector[510], sector[511]}));
    }

    @Test
    void everyRepetitionOfATimesLineSeesTheSameDollar() {
        assertEquals("00 00 00", hex(assemble("times 3 db $-$$").bytes()));
        assertEquals("EB FE EB FC EB FA", hex(assemble("times 3 jmp $").bytes()));
    }

    @Test
    void alignPadsWithZerosToTheNextMultipleOfTheAbsoluteAddress() {
        assertEquals("01 00 00 00 02", hex(assemble("db 1\nalign 4\ndb 2").bytes()));
        assertEquals("01 02", hex(assemble("org 0x1001\ndb 1\nalign 2\ndb 2").bytes()));
        assertEquals("01", hex(assemble("db 1\nalign 1").bytes()));
    }

    @Test
    void orgSetsTheAddressOfLabelsDollarAndDoubleDollar() {
        Assembly a = assemble("org 0x100\nx: dw x, $, $$, $-$$");
        assertEquals("00 01 00 01 00 01 00 00", hex(a.bytes()));
        assertEquals(0x100L, a.origin());
        assertEquals(0x100L, a.symbols().get("x"));
    }

    @Test
    void equDefinesAConstantUsableBeforeAndAfterIt() {
        assertEquals("03 03 03 03 03 03", hex(assemble("K equ 3\ntimes K*2 db K").bytes()));
        assertEquals("05 00 05", hex(assemble("dw LATER\nLATER equ 5\ndb LATER").bytes()));
        assertEquals(5L, assemble("FIVE: equ 5").symbols().get("FIVE"));
    }

    @Test
    void bitsSwitchesTheDefaultOperandSizeAlsoInBracketSyntax() {
        assertEquals("B8 01 00 00 00 66 B8 01 00 00 00",
                hex(assemble("bits 32\nmov eax, 1\n[bits 16]\nmov eax, 1").bytes()));
        assertEquals("66 B8 01 00 00 00", hex(assemble("mov eax, 1").bytes()), "the default mode is bits 16");
    }

    @Test
    void localLabelsBelongToThePrecedingNonLocalLabel() {
        Assembly a = assemble("a: db 0\n.x: db 1\nb: db 2\n.x: dw a.x, b.x, .x");
        assertEquals("00 01 02 01 00 03 00 03 00", hex(a.bytes()));
        assertEquals(1L, a.symbols().get("a.x"));
        assertEquals(3L, a.symbols().get("b.x"));
    }

    @Test
    void labelsAreCaseSensitiveButMnemonicsAndRegistersAreNot() {
        Assembly a = assemble("Loop: MOV AX, Loop\nloop: Mov Ax, loop");
        assertEquals("B8 00 00 B8 03 00", hex(a.bytes()));
    }

    @Test
    void labelCanShareItsLineWithAnInstructionAndAComment() {
        Assembly a = assemble("start: cli ; no interrupts while the GDT is changing\n");
        assertEquals("FA", hex(a.bytes()));
        assertEquals(0L, a.symbols().get("start"));
    }
}
