package eduscc.machine.x86.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The listing, the symbol table and {@link Assembly#lineAt}: what the visualizer shows next to the code. */
class ListingTest {
    private static final String PROGRAM = """
            org 0x7C00
            start: mov ax, 0x1234 ; comment

                   jmp start
            msg:   db "hello, world", 0
            LEN    equ $ - msg
            """;

    private final Assembly program = Assembler.assemble("hello.asm", PROGRAM);

    @Test
    void everySourceLineHasAListingLineWithItsAddressAndLength() {
        assertEquals(List.of(
                new ListingLine(1, 0x7C00, 0, "org 0x7C00"),
                new ListingLine(2, 0x7C00, 3, "start: mov ax, 0x1234 ; comment"),
                new ListingLine(3, 0x7C03, 0, ""),
                new ListingLine(4, 0x7C03, 2, "       jmp start"),
                new ListingLine(5, 0x7C05, 13, "msg:   db \"hello, world\", 0"),
                new ListingLine(6, 0x7C12, 0, "LEN    equ $ - msg")),
                program.listing());
    }

    @Test
    void renderShowsLineAddressBytesAndSourceAbbreviatingLongLines() {
        assertEquals("""
                    1  00007C00                          org 0x7C00
                    2  00007C00  B83412                  start: mov ax, 0x1234 ; comment
                    3  00007C03
                    4  00007C03  EBFB                           jmp start
                    5  00007C05  68656C6C6F2C20776F72... msg:   db "hello, world", 0
                    6  00007C12                          LEN    equ $ - msg
                """, program.render());
    }

    @Test
    void symbolsAreSortedByNameAndCannotBeChanged() {
        assertEquals(List.of("LEN", "msg", "start"), List.copyOf(program.symbols().keySet()));
        assertEquals(13L, program.symbols().get("LEN"));
        assertThrows(UnsupportedOperationException.class, () -> program.symbols().put("x", 1L));
    }

    @Test
    void lineAtSkipsLinesThatEmitNothing() {
        assertEquals(4, program.lineAt(0x7C03).orElseThrow().lineNumber());
        assertEquals(5, program.lineAt(0x7C11).orElseThrow().lineNumber());
        assertTrue(program.lineAt(0x7C12).isEmpty());
        assertTrue(program.lineAt(0x7BFF).isEmpty());
    }

    @Test
    void bytesAreACopyTheCallerMayChange() {
        byte[] mine = program.bytes();
        mine[0] = 0;
        assertEquals((byte) 0xB8, program.bytes()[0]);
    }

    @Test
    void assemblingTheSameTextTwiceGivesTheSameResult() {
        Assembly again = Assembler.assemble("hello.asm", PROGRAM);
        assertArrayEquals(program.bytes(), again.bytes());
        assertEquals(program.render(), again.render());
        assertEquals(program.symbols(), again.symbols());
        assertEquals("hello.asm", again.sourceName());
    }
}
