package eduscc.kernel.mm;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.elf.ElfImage;
import eduscc.kernel.elf.ElfSegment;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * The kit's {@link ProgramLoader} (eduOS arch/x86/kernel/tasks.c {@code load_task}): every page of
 * every PT_LOAD segment gets a frame of its own, filled with the segment's bytes (zeros past the
 * file's part, the {@code .bss}) and mapped as a user page, writable only where the segment is;
 * below {@link KernelLayout#PROCESS_STACK_TOP} a zeroed user stack of
 * {@link KernelLayout#PROCESS_STACK_PAGES} pages. The kernel copies the bytes one doubleword at a
 * time into each frame, which it reaches through its identity map.
 *
 * <p>EXERCISE PLUG-IN POINT: the exercise {@code elf-loader} has students write this class's
 * {@link #load} as {@code StudentElfLoader} (plug-in {@code "student"}).
 */
public final class ElfLoader implements ProgramLoader {

    @Override
    public ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
        throws ElfFormatException {
        ElfImage image = ElfImage.parse(name, file);
        AddressSpace space = AddressSpace.forProcess(ops, frames, kernel);
        if (space == null) {
            return null;
        }
        for (ElfSegment segment : image.segments()) {
            int flags = Paging.US | (segment.writable() ? Paging.RW : 0);
            for (long page = segment.firstPage(); page < segment.endPage(); page += FrameAllocator.FRAME_SIZE) {
                if (!mapPage(ops, frames, space, (int) page, segment.page(page), flags)) {
                    return null;
                }
            }
        }
        for (int i = 1; i <= KernelLayout.PROCESS_STACK_PAGES; i++) {
            if (!mapPage(ops, frames, space, KernelLayout.PROCESS_STACK_TOP - i * FrameAllocator.FRAME_SIZE, null,
                Paging.US | Paging.RW)) {
                return null;
            }
        }
        return new ProgramStart(space, (int) image.entry(), KernelLayout.PROCESS_STACK_TOP, image.end());
    }

    /** A frame with {@code bytes} (null: zeros) mapped at {@code page}. */
    private static boolean mapPage(Operations ops, FrameAllocator frames, AddressSpace space, int page, byte[] bytes,
                                   int flags) {
        int frame = frames.allocate();
        if (frame == FrameAllocator.NO_FRAME) {
            return false;
        }
        for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
            ops.write32(frame + offset, bytes == null ? 0 : word(bytes, offset));
        }
        return space.map(page, frame, flags);
    }

    private static int word(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16
            | (bytes[offset + 3] & 0xFF) << 24;
    }
}
