package eduscc.exercises.elfloader;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.elf.ElfImage;
import eduscc.kernel.elf.ElfSegment;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.ProgramStart;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/** One mistake each, as students make them; each costs the points of the check that sees it. */
final class PlantedBugs {
    /** The fixture that loses check {@code i} alone. */
    static final Class<?>[] BY_CHECK = {MapsTheCodeWritable.class, MapsUpToTheFilePartOnly.class,
        CopiesOnePagePerSegment.class, LeavesTheRestDirty.class, LeavesTheStackDirty.class, EntersAtTheFirstByte.class,
        AllocatesBeforeItChecks.class, MapsTheStackLowestFirst.class};

    private PlantedBugs() {
    }

    /** Every page writable: PF_W ignored. */
    public static final class MapsTheCodeWritable extends SolvedElfLoader {
        @Override
        int flags(ElfSegment segment) {
            return Paging.US | Paging.RW;
        }
    }

    /** Pages up to p_filesz, not p_memsz: a .bss past the file's last page is not mapped. */
    public static final class MapsUpToTheFilePartOnly extends SolvedElfLoader {
        @Override
        long endPage(ElfSegment segment) {
            return (segment.virtualAddress() + segment.fileSize() + PAGE - 1) & -PAGE;
        }
    }

    /** Copies at most a page of each segment's bytes: the rest of a longer segment stays zero. */
    public static final class CopiesOnePagePerSegment extends SolvedElfLoader {
        @Override
        long fileSize(ElfSegment segment) {
            return Math.min(segment.fileSize(), PAGE);
        }
    }

    /** Writes only the doublewords that hold file bytes: the .bss and the page's rest keep what the frame held. */
    public static final class LeavesTheRestDirty extends SolvedElfLoader {
        @Override
        boolean writes(ElfSegment segment, long address) {
            return address + 4 > segment.virtualAddress() && address < segment.virtualAddress() + segment.fileSize();
        }
    }

    /** Maps the stack's frames as they come, without zeroing them. */
    public static final class LeavesTheStackDirty extends SolvedElfLoader {
        @Override
        boolean zeroesTheStack() {
            return false;
        }
    }

    /** Starts the program at the first byte of its code, not at e_entry. */
    public static final class EntersAtTheFirstByte extends SolvedElfLoader {
        @Override
        int entry(ElfImage image) {
            return (int) image.segments().get(0).virtualAddress();
        }
    }

    /** Makes the address space before it checks the file: a refused file leaves its page directory behind. */
    public static final class AllocatesBeforeItChecks extends SolvedElfLoader {
        @Override
        public ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
            throws ElfFormatException {
            AddressSpace space = AddressSpace.forProcess(ops, frames, kernel);
            ElfImage image = ElfImage.parse(name, file);
            return space == null ? null : mapAll(image, space, frames, ops);
        }
    }

    /** Maps the stack from its lowest page up: the same pages, other frames, so the fork lab's copies move. */
    public static final class MapsTheStackLowestFirst extends SolvedElfLoader {
        @Override
        int stackPage(int i) {
            return KernelLayout.PROCESS_STACK_TOP - (KernelLayout.PROCESS_STACK_PAGES + 1 - i) * PAGE;
        }
    }
}
