package eduscc.kernel.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every rule {@link ElfImage#parse} enforces, each broken once in {@link HandBuiltElf} (0x34 is
 * program header 0, 0x54 program header 1), and the promise behind them: a bad file is an
 * {@link ElfFormatException} naming the file and field, never another exception.
 */
class ElfRejectionTest {

    private static ElfFormatException refused(byte[] file) {
        return assertThrows(ElfFormatException.class, () -> ElfImage.parse("hello", file));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            0x03 | 1 | 0x47       | e_ident     | hello: e_ident[EI_MAG0..EI_MAG3] is 7F 45 4C 47, not 7F 45 4C 46 (\\x7F E L F); this is not an ELF file
            0x04 | 1 | 2          | e_ident[EI_CLASS] | hello: e_ident[EI_CLASS] is 2 (64-bit), not 1 (32-bit)
            0x05 | 1 | 2          | e_ident[EI_DATA] | hello: e_ident[EI_DATA] is 2 (big-endian), not 1 (little-endian)
            0x06 | 1 | 0          | e_ident[EI_VERSION] | hello: e_ident[EI_VERSION] is 0, not 1 (EV_CURRENT)
            0x10 | 2 | 3          | e_type      | hello: e_type is 3 (ET_DYN, a shared object or position-independent executable), not 2 (ET_EXEC)
            0x10 | 2 | 1          | e_type      | hello: e_type is 1 (ET_REL, an object file that still needs linking), not 2 (ET_EXEC)
            0x12 | 2 | 62         | e_machine   | hello: e_machine is 62 (x86-64), not 3 (i386)
            0x14 | 4 | 0          | e_version   | hello: e_version is 0, not 1 (EV_CURRENT)
            0x2A | 2 | 56         | e_phentsize | hello: e_phentsize is 56, not 32 (Elf32_Phdr)
            0x2C | 2 | 0          | e_phnum     | hello: e_phnum is 0: there are no program headers, so nothing to load
            0x2C | 2 | 4          | e_phoff     | hello: the program header table (e_phoff 0x34, e_phnum 4 entries of 32 bytes) ends at byte 180, past the end of the 127-byte file
            0x1C | 4 | 0xFFFFFFFF | e_phoff     | hello: the program header table (e_phoff 0xFFFFFFFF, e_phnum 2 entries of 32 bytes) ends at byte 4294967359, past the end of the 127-byte file
            0x54 | 4 | 3          | p_type      | hello: program header 1 is PT_INTERP: the program needs a dynamic linker, and this kernel loads static executables only
            0x44 | 4 | 0x200      | p_filesz    | hello: program header 0: p_filesz 0x200 is larger than p_memsz 0x7B
            0x58 | 4 | 0x7C       | p_offset    | hello: program header 1: p_offset 0x7C + p_filesz 0x4 ends at byte 128, past the end of the 127-byte file
            0x3C | 4 | 0x00100000 | p_vaddr     | hello: program header 0: p_vaddr 0x00100000 + p_memsz 0x7B is not in user space (0x01000000..0xBFFFFFFF)
            0x5C | 4 | 0xBFFFFF80 | p_vaddr     | hello: program header 1: p_vaddr 0xBFFFFF80 + p_memsz 0x100 is not in user space (0x01000000..0xBFFFFFFF)
            0x5C | 4 | 0xFFFFFFF0 | p_vaddr     | hello: program header 1: p_vaddr 0xFFFFFFF0 + p_memsz 0x100 is not in user space (0x01000000..0xBFFFFFFF)
            0x5C | 4 | 0x0804807B | p_vaddr     | hello: program headers 0 and 1 both reach the page at 0x08048000
            0x18 | 4 | 0x0804907B | e_entry     | hello: e_entry 0x0804907B is not in an executable PT_LOAD segment
            0x18 | 4 | 0x00001000 | e_entry     | hello: e_entry 0x00001000 is not in an executable PT_LOAD segment
            """)
    void eachBrokenFieldIsNamed(String offset, int size, String value, String field, String message) {
        byte[] file = HandBuiltElf.patched(Integer.decode(offset), size, Long.decode(value));
        ElfFormatException e = refused(file);
        assertEquals(message, e.getMessage());
        assertEquals(field, e.field());
        assertEquals("hello", e.fileName());
    }

    @Test
    void aFileShorterThanTheHeaderIsRefused() {
        ElfFormatException e = refused(Arrays.copyOf(HandBuiltElf.bytes(), 51));
        assertEquals("hello: the file is 51 bytes long, shorter than the 52-byte ELF header", e.getMessage());
        assertEquals("file", e.field());
    }

    @Test
    void aFileWithNothingToLoadIsRefused() {
        byte[] file = HandBuiltElf.patched(0x34, 4, 4);     // PT_NOTE
        file[0x54] = 4;
        assertEquals("hello: no PT_LOAD program header: nothing to load", refused(file).getMessage());
    }

    /**
     * Every prefix of a real executable, and every header byte set to each of a few values: each
     * parses or is refused with an {@link ElfFormatException}; no other exception gets out.
     */
    @Test
    void noDamagedFileGetsAnythingButAFormatError() {
        byte[] good = ElfWriter.executable(Assembler.assemble("good.asm",
                "_start: jmp _start\nsection .data\ndd 1\nsection .bss\nresb 64", OutputFormat.ELF32));
        for (int length = 0; length <= good.length; length++) {
            survives(Arrays.copyOf(good, length));
        }
        for (int at = 0; at < 52 + 2 * 32; at++) {
            for (int value : new int[] {0x00, 0x01, 0x7F, 0x80, 0xFF}) {
                byte[] damaged = good.clone();
                damaged[at] = (byte) value;
                survives(damaged);
            }
        }
    }

    private static void survives(byte[] file) {
        try {
            ElfImage.parse("fuzz", file);
        } catch (ElfFormatException expected) {
            // refused, as it should be when the damage matters
        } catch (RuntimeException e) {
            fail("a file of " + file.length + " bytes made the parser throw " + e);
        }
    }
}
