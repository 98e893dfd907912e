package eduscc.kernel.mm;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.elf.ElfImage;
import eduscc.machine.cpu.Operations;

/**
 * How the kernel loads an x86 program into a new address space: eduOS's {@code load_task}
 * (arch/x86/kernel/tasks.c), the part after the file has been read. Exec hands over the file's
 * bytes; the loader
 * <ol>
 *   <li>checks them as an ELF32 executable ({@link ElfImage#parse}: a refused file throws the
 *       kit's {@link ElfFormatException}, naming the field, <em>before anything is allocated</em>);</li>
 *   <li>makes the process's address space ({@link AddressSpace#forProcess});</li>
 *   <li>walks the PT_LOAD segments in program-header order and, for each page of each from its
 *       first to its last, takes a frame, fills it through the kernel's identity map (the file's
 *       bytes where the segment has them, zeros everywhere else: before its start, in the
 *       {@code .bss} up to p_memsz, after its end) and maps it user-accessible, writable only if
 *       the segment's p_flags has PF_W;</li>
 *   <li>maps the user stack: {@link KernelLayout#PROCESS_STACK_PAGES} zeroed, writable user
 *       pages below {@link KernelLayout#PROCESS_STACK_TOP}, the highest first;</li>
 *   <li>says where the program starts: its entry point (e_entry), its first stack pointer and
 *       the end of its image, where the heap begins.</li>
 * </ol>
 * Frames are taken in exactly that order, so a loader that keeps it gives every program the
 * frames the kit's {@link ElfLoader} gives it; one that also writes every doubleword of each frame
 * once, lowest first, as the kit's does, gives every lab the same trace. The kit's loader is the
 * default; a lab chooses another by name ({@link ElfLoaderPlugins}).
 */
public interface ProgramLoader {

    /**
     * @param name   how messages name the file, its path in the file tree
     * @param file   the file's bytes
     * @param frames the core's frame allocator
     * @param kernel the kernel's address space, which every process shares above 3 GiB
     * @param ops    the core's machine operations: every frame is written through them
     * @return where the program starts, or null when the frames ran out
     * @throws ElfFormatException when the file is not an executable this kernel runs
     */
    ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
        throws ElfFormatException;
}
