package eduscc.exercises.elfloader;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.elf.ElfImage;
import eduscc.kernel.elf.ElfSegment;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.ProgramLoader;
import eduscc.kernel.mm.ProgramStart;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * A student's correct loader, written without the kit's {@code ElfSegment.page}: each doubleword
 * is put together from the file's bytes where the segment has them. The package-private methods are
 * where {@link PlantedBugs} plant one mistake each.
 */
public class SolvedElfLoader implements ProgramLoader {
    static final int PAGE = FrameAllocator.FRAME_SIZE;

    @Override
    public ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
        throws ElfFormatException {
        ElfImage image = ElfImage.parse(name, file);
        AddressSpace space = AddressSpace.forProcess(ops, frames, kernel);
        return space == null ? null : mapAll(image, space, frames, ops);
    }

    /** The segments, then the stack; null when the frames ran out. */
    ProgramStart mapAll(ElfImage image, AddressSpace space, FrameAllocator frames, Operations ops) {
        for (ElfSegment segment : image.segments()) {
            byte[] bytes = segment.fileBytes();
            for (long page = segment.firstPage(); page < endPage(segment); page += PAGE) {
                int frame = frames.allocate();
                if (frame == FrameAllocator.NO_FRAME) {
                    return null;
                }
                for (int offset = 0; offset < PAGE; offset += 4) {
                    if (writes(segment, page + offset)) {
                        ops.write32(frame + offset, word(segment, bytes, page + offset));
                    }
                }
                if (!space.map((int) page, frame, flags(segment))) {
                    return null;
                }
            }
        }
        for (int i = 1; i <= KernelLayout.PROCESS_STACK_PAGES; i++) {
            int frame = frames.allocate();
            if (frame == FrameAllocator.NO_FRAME) {
                return null;
            }
            for (int offset = 0; offset < PAGE && zeroesTheStack(); offset += 4) {
                ops.write32(frame + offset, 0);
            }
            if (!space.map(stackPage(i), frame, Paging.US | Paging.RW)) {
                return null;
            }
        }
        return new ProgramStart(space, entry(image), KernelLayout.PROCESS_STACK_TOP, image.end());
    }

    int flags(ElfSegment segment) {
        return segment.writable() ? Paging.US | Paging.RW : Paging.US;
    }

    long endPage(ElfSegment segment) {
        return segment.endPage();
    }

    /** Whether the doubleword at {@code address} is written: every one is. */
    boolean writes(ElfSegment segment, long address) {
        return true;
    }

    /** The four bytes at {@code address}, little-endian: the file's where the segment has them, else zeros. */
    int word(ElfSegment segment, byte[] bytes, long address) {
        int word = 0;
        for (int i = 0; i < 4; i++) {
            long at = address + i - segment.virtualAddress();
            if (at >= 0 && at < fileSize(segment)) {
                word |= (bytes[(int) at] & 0xFF) << (8 * i);
            }
        }
        return word;
    }

    long fileSize(ElfSegment segment) {
        return segment.fileSize();
    }

    boolean zeroesTheStack() {
        return true;
    }

    /** The {@code i}th stack page from the top, 1 the highest. */
    int stackPage(int i) {
        return KernelLayout.PROCESS_STACK_TOP - i * PAGE;
    }

    int entry(ElfImage image) {
        return (int) image.entry();
    }
}
