package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * ELF32 executables from the assembler. The expected header bytes were worked out by hand from
 * the System V ABI's Elf32_Ehdr and Elf32_Phdr layouts (and agree with {@code readelf -h -l} on
 * the same files, which the tests do not need).
 */
class ElfWriterTest {
    private static final String EXIT = """
            _start:
                mov eax, 1
                int 0x80
            """;

    private static byte[] elf(String source) {
        return ElfWriter.executable(Assembler.assemble("prog.asm", source, OutputFormat.ELF32));
    }

    private static String range(byte[] file, int from, int to) {
        return hex(Arrays.copyOfRange(file, from, to));
    }

    @Test
    void aCodeOnlyProgramHasTheHandComputedHeaderAndOneReadExecuteSegment() {
        byte[] file = elf(EXIT);
        assertEquals("7F 45 4C 46 01 01 01 00 00 00 00 00 00 00 00 00"   // e_ident: \x7FELF, 32-bit, LSB, v1, SysV
                + " 02 00 03 00 01 00 00 00"                              // e_type ET_EXEC, e_machine EM_386, e_version
                + " 00 80 04 08 34 00 00 00 00 00 00 00 00 00 00 00"      // e_entry, e_phoff 52, e_shoff 0, e_flags 0
                + " 34 00 20 00 01 00 00 00 00 00 00 00",                 // e_ehsize 52, e_phentsize 32, e_phnum 1, no sections
                range(file, 0, 52));
        assertEquals("01 00 00 00 00 10 00 00 00 80 04 08 00 80 04 08"    // PT_LOAD, p_offset 0x1000, p_vaddr, p_paddr
                + " 07 00 00 00 07 00 00 00 05 00 00 00 00 10 00 00",     // p_filesz 7, p_memsz 7, PF_R|PF_X, p_align 4 KiB
                range(file, 52, 84));
        assertEquals(0x1000 + 7, file.length);
        assertEquals("B8 01 00 00 00 CD 80", range(file, 0x1000, file.length), "the code, assembled in bits 32");
        assertEquals(0x1000 - 84, Arrays.stream(toInts(file, 84, 0x1000)).filter(b -> b == 0).count(),
                "between the headers and the code only zeros");
    }

    @Test
    void dataStartsOnTheNextPageAndBssIsTheMemoryTailOfTheDataSegment() {
        Assembly program = Assembler.assemble("prog.asm", """
                section .text
                _start:
                    mov eax, [counter]
                    int 0x80
                section .data
                counter: dd 5
                section .bss
                buffer: resb 100
                """, OutputFormat.ELF32);
        assertEquals(new SectionLayout(0x08048000L, 0x08048007L, 0x08049000L, 0x08049004L, 0x08049068L),
                program.sections());
        assertEquals(0x08049004L, program.symbols().get("buffer"));
        byte[] file = ElfWriter.executable(program);
        assertEquals("02 00", range(file, 44, 46), "e_phnum");
        assertEquals("01 00 00 00 00 20 00 00 00 90 04 08 00 90 04 08"    // PT_LOAD, p_offset 0x2000, p_vaddr 0x08049000
                + " 04 00 00 00 68 00 00 00 06 00 00 00 00 10 00 00",     // p_filesz 4, p_memsz 4+100, PF_R|PF_W
                range(file, 84, 116));
        assertEquals("A1 00 90 04 08 CD 80", range(file, 0x1000, 0x1007));
        assertEquals("05 00 00 00", range(file, 0x2000, file.length), ".data at p_offset; .bss not in the file");
    }

    @Test
    void orgMovesTheLoadAddressAndTheEntryIsWhereStartIs() {
        byte[] file = elf("org 0x40000000\nnop\n_start:\njmp _start");
        assertEquals("01 00 00 40", range(file, 24, 28), "e_entry: one byte past the nop");
        assertEquals("00 00 00 40", range(file, 60, 64), "p_vaddr");
    }

    @Test
    void aBssOnlyProgramGetsADataSegmentWithNoBytesInTheFile() {
        byte[] file = elf("_start: ret\nsection .bss\nstack: resd 1024");
        assertEquals("01 00 00 00 00 20 00 00 00 90 04 08 00 90 04 08"
                + " 00 00 00 00 00 10 00 00 06 00 00 00 00 10 00 00", range(file, 84, 116));
        assertEquals(0x2000, file.length, "the code, then the padding to the data page");
    }

    @Test
    void aProgramWithoutStartIsRefusedByName() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> elf("begin:\nret"));
        assertEquals("prog.asm: no '_start:' label; an executable starts there, so put it on the program's"
                + " first instruction", e.getMessage());
        AssemblyException withMain = assertThrows(AssemblyException.class, () -> elf("main:\nret"));
        assertEquals("prog.asm: no '_start:' label; an executable starts there, so put it on the program's"
                + " first instruction; or, for a main, %include \"crt0.asm\", whose _start calls it", withMain.getMessage());
    }

    @Test
    void startMustLabelCode() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> elf("ret\nsection .data\n_start: dd 0"));
        assertEquals("prog.asm: _start is 0x08049000, outside the code (0x08048000..0x08048000); it must label"
                + " an instruction in section .text", e.getMessage());
    }

    @Test
    void anOriginOffAPageBoundaryIsRefused() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> elf("org 0x08048010\n" + EXIT));
        assertEquals("prog.asm: org 0x08048010 is not on a page boundary; an executable's segments start"
                + " on 4 KiB pages", e.getMessage());
    }

    @Test
    void aProgramTooLargeIsRefusedAtTheLineThatGrowsIt() {
        AssemblyException bytes = assertThrows(AssemblyException.class,
                () -> elf(EXIT + "times 0x1000001 db 0"));
        assertEquals("prog.asm:4: the program would grow beyond 16 MiB", bytes.getMessage());
        AssemblyException space = assertThrows(AssemblyException.class,
                () -> elf(EXIT + "section .bss\nresb 0xF8000000"));
        assertEquals("prog.asm:5: this line would reach past 0xFFFFFFFF, the end of the 4 GiB address space",
                space.getMessage());
    }

    @Test
    void aFlatBinaryCannotBeWrappedByMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> ElfWriter.executable(Assembler.assemble("prog.asm", EXIT)));
    }

    private static int[] toInts(byte[] bytes, int from, int to) {
        int[] ints = new int[to - from];
        for (int i = from; i < to; i++) {
            ints[i - from] = bytes[i];
        }
        return ints;
    }
}
