package eduscc.exercises.elfloader;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.elf.ElfImage;
import eduscc.kernel.elf.ElfSegment;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.ProgramLoaderFactory;
import eduscc.kernel.mm.ProgramStart;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import java.util.List;

/**
 * The checks of the {@code ProgramLoader} contract one rule at a time, each on a freshly booted
 * core ({@link LoadKernel}) whose free frames all held garbage before: the loader under test
 * loads {@link CheckProgram} as exec would, and the check reads back what it left: the page-table
 * entries (frame and rights), the bytes in each frame, the stack, where the program starts. The
 * grader compares them with what the kit's {@code ElfLoader} left. One mistake costs the points of
 * the rule it breaks.
 *
 * <p>Frames in the order the kit's loader takes them: the process's page directory, then, for each
 * page of each segment, the page's frame (and a page table where its 4 MiB region has none yet),
 * then the stack's pages from the top down.
 */
final class LoaderChecks {
    /** The accessed and dirty bits: the MMU's, not the loader's, so never compared. */
    private static final int ACCESSED_DIRTY = Paging.A | Paging.D;
    private static final ElfImage IMAGE = parse(CheckProgram.FILE);

    private LoaderChecks() {
    }

    static List<ObservedCheck> all(ProgramLoaderFactory loaders) {
        return List.of(
            new ObservedCheck("the code's pages: user, read-only (no PF_W), each on a frame of its own", 15,
                o -> load(loaders, (s, p) -> entries(o, s, p, IMAGE.segments().get(0)))),
            new ObservedCheck("the data's and .bss's pages: user and writable (PF_W)", 10,
                o -> load(loaders, (s, p) -> entries(o, s, p, IMAGE.segments().get(1)))),
            new ObservedCheck("the file's bytes: p_filesz bytes of each segment at its p_vaddr, exactly", 15,
                o -> load(loaders, (s, p) -> IMAGE.segments().forEach(seg -> fileBytes(o, s, p, seg)))),
            new ObservedCheck("zeros everywhere else: the .bss up to p_memsz and the rest of each page", 15,
                o -> load(loaders, (s, p) -> IMAGE.segments().forEach(seg -> zeros(o, s, p, seg)))),
            new ObservedCheck("the user stack: four zeroed, writable user pages below 0xC0000000", 10,
                o -> load(loaders, (s, p) -> stack(o, s, p))),
            new ObservedCheck("where the program starts: e_entry, the stack top, the end of its image", 10,
                o -> load(loaders, (s, p) -> start(o, p))),
            new ObservedCheck("a file the kit refuses is refused with the kit's error, before a frame is taken", 10,
                o -> LoadKernel.run(loaders, s -> refused(o, s))));
    }

    /** What a check looks at once the loader has loaded the check program. */
    @FunctionalInterface
    private interface Inspection {
        void inspect(LoadKernel.Setup setup, ProgramStart program);
    }

    /** Loads the check program; a loader that gives up or refuses it is recorded as such, and nothing else. */
    private static void load(ProgramLoaderFactory loaders, Inspection inspection) throws Exception {
        LoadKernel.run(loaders, s -> {
            ProgramStart program = s.loader().load(CheckProgram.NAME, CheckProgram.copy(), s.frames(), s.kernel(), s.ops());
            if (program == null) {
                throw new IllegalStateException("load returned null (out of frames) for " + CheckProgram.NAME + ", with"
                    + " hundreds of frames free");
            }
            inspection.inspect(s, program);
        });
    }

    /** The page-table entry of every page of the segment, without A and D. */
    private static void entries(Observer o, LoadKernel.Setup s, ProgramStart p, ElfSegment segment) {
        for (long page = segment.firstPage(); page < segment.endPage(); page += ElfSegment.PAGE_SIZE) {
            o.see(String.format("the page table entry of 0x%08X (%s)", page, segment), hex(pte(p, page)));
        }
    }

    /** The segment's file part read back through the page tables, byte for byte. */
    private static void fileBytes(Observer o, LoadKernel.Setup s, ProgramStart p, ElfSegment segment) {
        byte[] expected = segment.fileBytes();
        long start = segment.virtualAddress();
        String differs = null;
        int equal = 0;
        for (int i = 0; i < expected.length; i++) {
            int got = byteAt(s.ops(), p, start + i);
            if (got == (expected[i] & 0xFF)) {
                equal++;
            } else if (differs == null) {
                differs = String.format("; the first that differs is at 0x%08X: %s, not the file's 0x%02X",
                    start + i, got < 0 ? "not mapped" : String.format("0x%02X", got), expected[i] & 0xFF);
            }
        }
        o.see(String.format("bytes at 0x%08X.. that are the file's p_filesz = %d bytes", start, expected.length),
            equal + " of " + expected.length + (differs == null ? "" : differs));
    }

    /** Bytes on the segment's mapped pages outside its file part that are not zero (what is mapped is the entries' check). */
    private static void zeros(Observer o, LoadKernel.Setup s, ProgramStart p, ElfSegment segment) {
        long fileEnd = segment.virtualAddress() + segment.fileSize();
        int nonZero = 0;
        String first = "";
        for (long address = segment.firstPage(); address < segment.endPage(); address++) {
            boolean filePart = address >= segment.virtualAddress() && address < fileEnd;
            if (!filePart && byteAt(s.ops(), p, address) > 0) {
                if (nonZero++ == 0) {
                    first = String.format(", the first at 0x%08X (%s)", address,
                        address >= fileEnd && segment.contains(address) ? "in the .bss" : "outside the segment");
                }
            }
        }
        o.see(String.format("bytes on 0x%08X..0x%08X outside the file part that are not zero", segment.firstPage(),
            segment.endPage() - 1), nonZero + first);
    }

    /**
     * The rights of each stack page and of the page below, and how much of each is not zero. Its
     * frames are the lab check's business: which frame the stack gets moves every later copy.
     */
    private static void stack(Observer o, LoadKernel.Setup s, ProgramStart p) {
        for (int i = 1; i <= KernelLayout.PROCESS_STACK_PAGES + 1; i++) {
            long page = Integer.toUnsignedLong(KernelLayout.PROCESS_STACK_TOP) - (long) i * FrameAllocator.FRAME_SIZE;
            int pte = pte(p, page);
            o.see(String.format("the stack page 0x%08X: its page table entry without the frame", page),
                (pte & Paging.P) == 0 ? "not mapped" : String.format("0x%03X, %d doublewords not zero", pte & ~Paging.FRAME,
                    nonZeroWords(s.ops(), pte & Paging.FRAME)));
        }
    }

    private static void start(Observer o, ProgramStart p) {
        o.see("the entry point (ELF header e_entry " + hex((int) IMAGE.entry()) + ")", hex(p.entry()));
        o.see("the first user stack pointer", hex(p.stackTop()));
        o.see("the end of the image, where the heap begins on the next page", hex((int) p.imageEnd()));
    }

    /** Two files the kit refuses: what the loader threw, and how many frames it took. */
    private static void refused(Observer o, LoadKernel.Setup s) {
        for (byte[] file : List.of(CheckProgram.badMagic(), CheckProgram.dataInKernelSpace())) {
            int before = framesInUse(s.ops());
            String outcome;
            try {
                outcome = s.loader().load(CheckProgram.NAME, file, s.frames(), s.kernel(), s.ops()) == null
                    ? "returned null (out of frames)" : "loaded it";
            } catch (ElfFormatException e) {
                outcome = "ElfFormatException: " + e.getMessage();
            }
            String which = file[3] != 'F' ? "a file whose magic is 7F 45 4C 56" : "a file with a segment at 0xC0000000";
            o.see("load(" + which + ")", outcome);
            o.see("frames taken by load(" + which + ")", framesInUse(s.ops()) - before);
        }
    }

    /** The entry of {@code linear} in the program's page tables, without A and D; 0 where nothing is mapped. */
    private static int pte(ProgramStart p, long linear) {
        return p.space().entry((int) linear) & ~ACCESSED_DIRTY;
    }

    /** One byte of the program's memory, read from its frame through the kernel's identity map; -1 if not mapped. */
    private static int byteAt(Operations ops, ProgramStart p, long linear) {
        int pte = p.space().entry((int) linear);
        if ((pte & Paging.P) == 0) {
            return -1;
        }
        int physical = (pte & Paging.FRAME) | (int) (linear & 0xFFC);
        return ops.read32(physical) >>> (8 * (int) (linear & 3)) & 0xFF;
    }

    private static int nonZeroWords(Operations ops, int frame) {
        int count = 0;
        for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
            count += ops.read32(frame + offset) != 0 ? 1 : 0;
        }
        return count;
    }

    /** Frames of the pool in use: the bits set in the allocator's bitmap. */
    private static int framesInUse(Operations ops) {
        int used = 0;
        for (int word = 0; word < KernelLayout.FRAME_POOL_FRAMES / 32; word++) {
            used += Integer.bitCount(ops.read32(KernelLayout.FRAME_BITMAP + 4 * word));
        }
        return used;
    }

    private static String hex(int value) {
        return String.format("0x%08X", value);
    }

    private static ElfImage parse(byte[] file) {
        try {
            return ElfImage.parse(CheckProgram.NAME, file);
        } catch (ElfFormatException e) {
            throw new IllegalStateException("the check program is not a valid executable: " + e.getMessage(), e);
        }
    }
}
