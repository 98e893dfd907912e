package eduscc.machine.x86.asm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Wraps an assembled program in a static ELF32 i386 executable, the file a kernel's ELF loader
 * reads (eduOS {@code load_task}). The layout is the one a linker gives a flat program:
 *
 * <pre>
 *   file offset 0       ELF header (52 bytes)
 *               0x34    program headers (32 bytes each): one PT_LOAD for .text (R+X),
 *                       one for .data and .bss (R+W) when the program has them
 *               0x1000  .text bytes, loaded at the origin (0x08048000 unless org says otherwise)
 *               ...     the padding to the next page, then .data bytes, loaded at dataStart
 *   (.bss has no bytes in the file: the data segment's p_memsz is larger than its p_filesz,
 *    and the loader fills the difference with zeros)
 * </pre>
 *
 * The code starts a page into the file so that each segment's file offset and address agree
 * modulo the page size, as the ELF specification asks of loadable segments; the headers stay
 * outside every segment, as with {@code ld -z separate-code}. There is no section header table
 * ({@code e_shnum} 0): a loader needs only the program headers.
 *
 * <p>Field names and values come from the System V ABI, "Object Files" (ELF header and program
 * header) and its Intel386 supplement ({@code EM_386}).
 */
public final class ElfWriter {
    /** The symbol the program starts at, as {@code ld} expects of a program without a C runtime. */
    public static final String ENTRY_SYMBOL = "_start";
    /** Where the program headers start: right after the ELF header. */
    static final int EHSIZE = 52;
    static final int PHENTSIZE = 32;
    /** Where the code starts in the file: the first page boundary after the headers. */
    static final int CODE_OFFSET = (int) SectionLayout.PAGE_SIZE;

    // e_ident[] indices and values
    private static final byte ELFCLASS32 = 1;
    private static final byte ELFDATA2LSB = 1;
    private static final byte EV_CURRENT = 1;
    private static final byte ELFOSABI_SYSV = 0;
    private static final int EI_NIDENT = 16;
    // e_type, e_machine
    private static final short ET_EXEC = 2;
    private static final short EM_386 = 3;
    // p_type, p_flags
    private static final int PT_LOAD = 1;
    private static final int PF_X = 1;
    private static final int PF_W = 2;
    private static final int PF_R = 4;

    private ElfWriter() {
    }

    /**
     * The bytes of the executable file.
     *
     * @param program a program assembled for {@link OutputFormat#ELF32}
     * @throws AssemblyException naming the source when it has no {@code _start} in its code or
     *                           its origin is not on a page boundary
     * @throws IllegalArgumentException when {@code program} was assembled as a flat binary, a
     *                                  mistake of the caller rather than of the program
     */
    public static byte[] executable(Assembly program) {
        if (program.format() != OutputFormat.ELF32) {
            throw new IllegalArgumentException(program.sourceName() + " was assembled as " + program.format()
                    + "; assemble it for ELF32, which starts in bits 32 at 0x08048000");
        }
        SectionLayout sections = program.sections();
        long entry = entryPoint(program, sections);
        if (sections.textStart() % SectionLayout.PAGE_SIZE != 0) {
            throw new AssemblyException(program.sourceName(), "org " + hex(sections.textStart())
                    + " is not on a page boundary; an executable's segments start on 4 KiB pages");
        }
        byte[] image = program.bytes();
        int segments = sections.hasData() ? 2 : 1;
        ByteBuffer file = ByteBuffer.allocate(CODE_OFFSET + image.length).order(ByteOrder.LITTLE_ENDIAN);
        elfHeader(file, entry, segments);
        programHeader(file, CODE_OFFSET, sections.textStart(), sections.textEnd() - sections.textStart(),
                sections.textEnd() - sections.textStart(), PF_R | PF_X);
        if (sections.hasData()) {
            programHeader(file, CODE_OFFSET + (sections.dataStart() - sections.textStart()), sections.dataStart(),
                    sections.dataEnd() - sections.dataStart(), sections.bssEnd() - sections.dataStart(), PF_R | PF_W);
        }
        file.position(CODE_OFFSET);
        file.put(image);
        return file.array();
    }

    /** {@code _start}, which must be an address in {@code .text}: the CPU jumps there in ring 3. */
    private static long entryPoint(Assembly program, SectionLayout sections) {
        Long entry = program.symbols().get(ENTRY_SYMBOL);
        if (entry == null) {
            // A main without _start is the C habit: the kit's crt0.asm is the missing piece.
            String hint = program.symbols().containsKey("main")
                    ? "; or, for a main, %include \"crt0.asm\", whose _start calls it" : "";
            throw new AssemblyException(program.sourceName(), "no '" + ENTRY_SYMBOL
                    + ":' label; an executable starts there, so put it on the program's first instruction" + hint);
        }
        if (entry < sections.textStart() || entry >= sections.textEnd()) {
            throw new AssemblyException(program.sourceName(), ENTRY_SYMBOL + " is " + hex(entry)
                    + ", outside the code (" + hex(sections.textStart()) + ".." + hex(sections.textEnd() - 1)
                    + "); it must label an instruction in section .text");
        }
        return entry;
    }

    /** Elf32_Ehdr, 52 bytes. */
    private static void elfHeader(ByteBuffer file, long entry, int segments) {
        file.put(new byte[] {0x7F, 'E', 'L', 'F'});      // e_ident[EI_MAG0..EI_MAG3]
        file.put(ELFCLASS32);                             // e_ident[EI_CLASS]: 32-bit objects
        file.put(ELFDATA2LSB);                            // e_ident[EI_DATA]: two's complement, little-endian
        file.put(EV_CURRENT);                             // e_ident[EI_VERSION]
        file.put(ELFOSABI_SYSV);                          // e_ident[EI_OSABI]
        file.position(EI_NIDENT);                         // e_ident[EI_ABIVERSION] and EI_PAD stay 0
        file.putShort(ET_EXEC);                           // e_type: an executable, loaded where it says
        file.putShort(EM_386);                            // e_machine: Intel 80386
        file.putInt(EV_CURRENT);                          // e_version
        file.putInt((int) entry);                         // e_entry: _start
        file.putInt(EHSIZE);                              // e_phoff: program headers follow this header
        file.putInt(0);                                   // e_shoff: no section header table
        file.putInt(0);                                   // e_flags: none are defined for i386
        file.putShort((short) EHSIZE);                    // e_ehsize
        file.putShort((short) PHENTSIZE);                 // e_phentsize
        file.putShort((short) segments);                  // e_phnum
        file.putShort((short) 0);                         // e_shentsize: no section headers
        file.putShort((short) 0);                         // e_shnum
        file.putShort((short) 0);                         // e_shstrndx: SHN_UNDEF
    }

    /** Elf32_Phdr, 32 bytes, for one PT_LOAD segment. */
    private static void programHeader(ByteBuffer file, long offset, long address, long fileSize, long memorySize,
                                      int flags) {
        file.putInt(PT_LOAD);                             // p_type
        file.putInt((int) offset);                        // p_offset: where the segment's bytes are in the file
        file.putInt((int) address);                       // p_vaddr
        file.putInt((int) address);                       // p_paddr: the same; nothing here runs unpaged
        file.putInt((int) fileSize);                      // p_filesz
        file.putInt((int) memorySize);                    // p_memsz: more than p_filesz by the .bss
        file.putInt(flags);                               // p_flags
        file.putInt((int) SectionLayout.PAGE_SIZE);       // p_align: p_offset and p_vaddr agree modulo this
    }

    private static String hex(long address) {
        return String.format(Locale.ROOT, "0x%08X", address);
    }
}
