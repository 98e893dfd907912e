package eduscc.kernel.elf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An ELF32 executable, checked and described: its entry point and the segments to map. This is
 * the reading half of eduOS's {@code load_task} ({@code arch/x86/kernel/tasks.c}), which checks
 * the magic, {@code ET_EXEC}, the machine, the class, the byte order and that the entry point is
 * in user space, then walks the program headers and maps each PT_LOAD segment.
 *
 * <p>It checks more than eduOS, because eduOS reads the file through {@code read_fs}, which cannot
 * run past the end, and trusts the rest: here every offset and size is checked against the file
 * and every address against {@link UserSpace} before anything is described, so a loader given an
 * {@code ElfImage} never meets a bad number. The checks follow the order of the file: the ELF
 * header (System V ABI, "Object Files": Elf32_Ehdr), then each program header (Elf32_Phdr), then
 * what concerns the segments together.
 */
public final class ElfImage {
    // Elf32_Ehdr: offsets of its fields and the values an i386 executable has in them
    private static final int EI_CLASS = 4;
    private static final int EI_DATA = 5;
    private static final int EI_VERSION = 6;
    private static final int E_TYPE = 16;
    private static final int E_MACHINE = 18;
    private static final int E_VERSION = 20;
    private static final int E_ENTRY = 24;
    private static final int E_PHOFF = 28;
    private static final int E_PHENTSIZE = 42;
    private static final int E_PHNUM = 44;
    private static final int EHSIZE = 52;
    private static final int ELFCLASS32 = 1;
    private static final int ELFDATA2LSB = 1;
    private static final int EV_CURRENT = 1;
    private static final int ET_EXEC = 2;
    private static final int EM_386 = 3;
    // Elf32_Phdr
    private static final int PHENTSIZE = 32;
    private static final int PT_LOAD = 1;
    private static final int PT_DYNAMIC = 2;
    private static final int PT_INTERP = 3;
    private static final int PF_X = 1;
    private static final int PF_W = 2;
    private static final int PF_R = 4;

    private final String name;
    private final long entry;
    private final List<ElfSegment> segments;

    private ElfImage(String name, long entry, List<ElfSegment> segments) {
        this.name = name;
        this.entry = entry;
        this.segments = List.copyOf(segments);
    }

    /**
     * Checks {@code bytes} as a static ELF32 i386 executable and describes it.
     *
     * @param name how messages name the file, for example its path in the ramdisk
     * @throws ElfFormatException naming the file and the field, for the first thing that is wrong
     */
    public static ElfImage parse(String name, byte[] bytes) throws ElfFormatException {
        ElfFields file = new ElfFields(name, bytes);
        file.require(bytes.length >= EHSIZE, "file", String.format(Locale.ROOT,
                "the file is %d bytes long, shorter than the %d-byte ELF header", bytes.length, EHSIZE));
        file.require(bytes[0] == 0x7F && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F', "e_ident",
                String.format(Locale.ROOT, "e_ident[EI_MAG0..EI_MAG3] is %02X %02X %02X %02X, not 7F 45 4C 46"
                        + " (\\x7F E L F); this is not an ELF file", bytes[0], bytes[1], bytes[2], bytes[3]));
        file.expect("e_ident[EI_CLASS]", file.u8(EI_CLASS), ELFCLASS32, ElfNames::elfClass);
        file.expect("e_ident[EI_DATA]", file.u8(EI_DATA), ELFDATA2LSB, ElfNames::byteOrder);
        file.expect("e_ident[EI_VERSION]", file.u8(EI_VERSION), EV_CURRENT, v -> v == EV_CURRENT ? "EV_CURRENT" : null);
        file.expect("e_type", file.u16(E_TYPE), ET_EXEC, ElfNames::type);
        file.expect("e_machine", file.u16(E_MACHINE), EM_386, ElfNames::machine);
        file.expect("e_version", file.u32(E_VERSION), EV_CURRENT, v -> v == EV_CURRENT ? "EV_CURRENT" : null);
        file.expect("e_phentsize", file.u16(E_PHENTSIZE), PHENTSIZE, v -> v == PHENTSIZE ? "Elf32_Phdr" : null);
        long phoff = file.u32(E_PHOFF);
        int phnum = file.u16(E_PHNUM);
        file.require(phnum > 0, "e_phnum", "e_phnum is 0: there are no program headers, so nothing to load");
        long tableEnd = phoff + (long) phnum * PHENTSIZE;
        file.require(tableEnd <= bytes.length, "e_phoff", String.format(Locale.ROOT,
                "the program header table (e_phoff 0x%X, e_phnum %d entries of %d bytes) ends at byte %d,"
                        + " past the end of the %d-byte file", phoff, phnum, PHENTSIZE, tableEnd, bytes.length));
        List<ElfSegment> segments = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            ElfSegment segment = loadable(file, i, (int) (phoff + (long) i * PHENTSIZE));
            if (segment != null) {
                segments.add(segment);
            }
        }
        file.require(!segments.isEmpty(), "p_type", "no PT_LOAD program header: nothing to load");
        requireSeparatePages(file, segments);
        long entry = file.u32(E_ENTRY);
        file.require(segments.stream().anyMatch(s -> s.executable() && s.contains(entry)), "e_entry",
                String.format(Locale.ROOT, "e_entry 0x%08X is not in an executable PT_LOAD segment", entry));
        return new ElfImage(name, entry, segments);
    }

    /** One program header: a segment to map, null for one to skip, or the reason it is refused. */
    private static ElfSegment loadable(ElfFields file, int index, int at) throws ElfFormatException {
        long type = file.u32(at);
        String header = "program header " + index;
        file.require(type != PT_INTERP && type != PT_DYNAMIC, "p_type", header + " is "
                + (type == PT_INTERP ? "PT_INTERP" : "PT_DYNAMIC") + ": the program needs a dynamic linker, and this"
                + " kernel loads static executables only");
        long offset = file.u32(at + 4);
        long address = file.u32(at + 8);
        long fileSize = file.u32(at + 16);
        long memorySize = file.u32(at + 20);
        long flags = file.u32(at + 24);
        if (type != PT_LOAD || memorySize == 0) {
            return null;    // PT_NOTE, PT_GNU_STACK and the like describe, but map nothing
        }
        file.require(fileSize <= memorySize, "p_filesz", String.format(Locale.ROOT,
                "%s: p_filesz 0x%X is larger than p_memsz 0x%X", header, fileSize, memorySize));
        file.require(offset + fileSize <= file.length(), "p_offset", String.format(Locale.ROOT,
                "%s: p_offset 0x%X + p_filesz 0x%X ends at byte %d, past the end of the %d-byte file", header,
                offset, fileSize, offset + fileSize, file.length()));
        file.require(UserSpace.contains(address, memorySize), "p_vaddr", String.format(Locale.ROOT,
                "%s: p_vaddr 0x%08X + p_memsz 0x%X is not in user space (0x%08X..0x%08X)", header, address,
                memorySize, UserSpace.USER_START, UserSpace.USER_END - 1));
        return new ElfSegment(index, address, file.slice(offset, fileSize), memorySize, (flags & PF_R) != 0,
                (flags & PF_W) != 0, (flags & PF_X) != 0);
    }

    /**
     * No page may belong to two segments: a loader maps each page once, with one segment's rights.
     * (A linker leaves a gap of at least a page between code and data for the same reason.)
     */
    private static void requireSeparatePages(ElfFields file, List<ElfSegment> segments) throws ElfFormatException {
        List<ElfSegment> byAddress = new ArrayList<>(segments);
        byAddress.sort(Comparator.comparingLong(ElfSegment::virtualAddress));
        for (int i = 1; i < byAddress.size(); i++) {
            ElfSegment lower = byAddress.get(i - 1);
            ElfSegment upper = byAddress.get(i);
            file.require(lower.endPage() <= upper.firstPage(), "p_vaddr", String.format(Locale.ROOT,
                    "program headers %d and %d both reach the page at 0x%08X", lower.index(), upper.index(),
                    upper.firstPage()));
        }
    }

    /** The name the file was parsed under. */
    public String name() {
        return name;
    }

    /** e_entry: where the program starts in ring 3 (eduOS's {@code jump_to_user_code(header.entry, ...)}). */
    public long entry() {
        return entry;
    }

    /** The PT_LOAD segments with memory, in program header order. */
    public List<ElfSegment> segments() {
        return segments;
    }

    /** One past the highest byte of any segment: where eduOS's {@code load_task} begins the heap. */
    public long end() {
        return segments.stream().mapToLong(s -> s.virtualAddress() + s.memorySize()).max().orElseThrow();
    }
}
