package eduscc.kernel.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the kernel reads out of an executable: a hand-built one and what the kit's assembler writes. */
class ElfImageTest {

    @Test
    void aHandBuiltExecutableDescribesBothSegments() throws Exception {
        ElfImage image = ElfImage.parse("teensy", HandBuiltElf.bytes());
        assertEquals(0x08048074L, image.entry());
        List<ElfSegment> segments = image.segments();
        assertEquals(2, segments.size());
        ElfSegment code = segments.get(0);
        assertEquals("LOAD 0x08048000 filesz 0x7B memsz 0x7B R E", code.toString());
        assertArrayEquals(Arrays.copyOf(HandBuiltElf.bytes(), 0x7B), code.fileBytes(), "headers and code");
        ElfSegment data = segments.get(1);
        assertEquals("LOAD 0x0804907B filesz 0x4 memsz 0x100 RW ", data.toString());
        assertEquals(0x0804917BL, image.end(), "the heap would start here");
    }

    @Test
    void aSegmentsPageHasItsFileBytesAtTheirOffsetAndZerosAround() throws Exception {
        ElfSegment data = ElfImage.parse("teensy", HandBuiltElf.bytes()).segments().get(1);
        assertEquals(0x08049000L, data.firstPage());
        assertEquals(0x0804A000L, data.endPage());
        assertEquals(1, data.pageCount());
        byte[] page = data.page(0x08049000L);
        byte[] expected = new byte[ElfSegment.PAGE_SIZE];
        expected[0x7B] = 42;
        assertArrayEquals(expected, page, "zeros before p_vaddr, the dword, zeros for the rest of p_memsz and after");
        assertThrows(IllegalArgumentException.class, () -> data.page(0x0804A000L));
        assertThrows(IllegalArgumentException.class, () -> data.page(0x08049004L));
    }

    @Test
    void whatTheAssemblerWritesParsesBackToTheSameEntryAndBytes() throws Exception {
        Assembly program = Assembler.assemble("counter.asm", """
                section .text
                _start:
                    mov eax, [counter]
                    inc dword [counter]
                    jmp _start
                section .data
                counter: dd 5
                section .bss
                buffer: resb 0x1800
                """, OutputFormat.ELF32);
        ElfImage image = ElfImage.parse("counter", ElfWriter.executable(program));
        assertEquals(program.symbols().get("_start"), image.entry());
        ElfSegment code = image.segments().get(0);
        ElfSegment data = image.segments().get(1);
        byte[] assembled = program.bytes();
        int textLength = (int) (program.sections().textEnd() - program.origin());
        assertArrayEquals(Arrays.copyOf(assembled, textLength), code.fileBytes());
        assertTrue(code.executable() && code.readable() && !code.writable());
        assertEquals(0x08049000L, data.virtualAddress());
        assertArrayEquals(new byte[] {5, 0, 0, 0}, data.fileBytes());
        assertEquals(4 + 0x1800, data.memorySize());
        assertTrue(data.writable() && !data.executable());
        assertEquals(2, data.pageCount(), "the dword and 6 KiB of .bss reach into a second page");
        assertArrayEquals(new byte[ElfSegment.PAGE_SIZE], data.page(0x0804A000L), "the .bss page is zeros");
        assertEquals(program.symbols().get("buffer") + 0x1800, image.end());
    }

    @Test
    void theDescriptionCannotBeChangedFromOutside() throws Exception {
        byte[] file = HandBuiltElf.bytes();
        ElfImage image = ElfImage.parse("teensy", file);
        file[0x74] = 0;
        image.segments().get(0).fileBytes()[0x74] = 0;
        assertEquals((byte) 0xB8, image.segments().get(0).fileBytes()[0x74]);
        assertThrows(UnsupportedOperationException.class, () -> image.segments().clear());
    }

    @Test
    void notesAndEmptySegmentsAreSkipped() throws Exception {
        byte[] file = HandBuiltElf.patched(0x54 + 20, 4, 0);       // program header 1: p_memsz 0
        file[0x54 + 16] = 0;                                          // and p_filesz 0
        assertEquals(1, ElfImage.parse("teensy", file).segments().size());
        ElfImage noted = ElfImage.parse("teensy", HandBuiltElf.patched(0x54, 4, 4));   // p_type PT_NOTE
        assertEquals(1, noted.segments().size());
        assertFalse(noted.segments().get(0).writable());
    }
}
