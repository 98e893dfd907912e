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

/**
 * YOUR ELF loader: eduOS's {@code load_task} from the moment exec has read the file. Read the
 * handout ({@code exercises/src/main/resources/eduscc/exercises/elfloader/HANDOUT.md}) and the
 * contract in {@link ProgramLoader}, then replace each {@code throw new
 * UnsupportedOperationException("TODO ...")} with the real thing.
 *
 * <p>Your tools: {@link ElfImage#parse} (the kit's checks of the file), {@link ElfSegment}'s
 * getters ({@code virtualAddress}, {@code fileBytes}, {@code memorySize}, {@code writable},
 * {@code firstPage}, {@code endPage}), {@link AddressSpace#forProcess} and {@link AddressSpace#map},
 * {@link FrameAllocator#allocate}, and {@code ops.write32} to fill a frame through the kernel's
 * identity map. Not {@code ElfSegment.page}: building the page is your work.
 *
 * <p>Grade it with {@code ./eduscc grade elf-loader}; watch the kernel run with it with
 * {@code ./eduscc run fork --elf-loader student}.
 */
public final class StudentElfLoader implements ProgramLoader {

    @Override
    public ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
        throws ElfFormatException {
        throw new UnsupportedOperationException("TODO load: check the file first (ElfImage.parse throws the kit's"
            + " ElfFormatException), then make the address space (AddressSpace.forProcess; null means out of frames),"
            + " map each segment in order, then the stack, and return where the program starts: a ProgramStart with"
            + " the space, e_entry, the stack's top and the end of the image (or null when the frames ran out)");
    }

    /**
     * Every page of the segment: a frame of its own, its bytes, mapped with the segment's rights.
     *
     * @return false when the frames ran out
     */
    private boolean mapSegment(ElfSegment segment, AddressSpace space, FrameAllocator frames, Operations ops) {
        throw new UnsupportedOperationException("TODO segment: for each page from firstPage() to endPage(), take a"
            + " frame, write all 1024 doublewords of it (the file's bytes where the segment has them, zeros everywhere"
            + " else) and map it user-accessible (Paging.US), writable (Paging.RW) only if the segment is");
    }

    /**
     * The user stack: {@link KernelLayout#PROCESS_STACK_PAGES} zeroed pages below
     * {@link KernelLayout#PROCESS_STACK_TOP}.
     *
     * @return false when the frames ran out
     */
    private boolean mapStack(AddressSpace space, FrameAllocator frames, Operations ops) {
        throw new UnsupportedOperationException("TODO stack: map PROCESS_STACK_PAGES zeroed, writable user pages"
            + " below PROCESS_STACK_TOP, the highest page first");
    }
}
