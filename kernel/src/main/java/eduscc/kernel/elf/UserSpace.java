package eduscc.kernel.elf;

/**
 * The addresses an x86 user program may occupy: every loadable segment and its entry point must
 * lie inside, and everything outside belongs to the kernel, which is mapped in every address space
 * with supervisor pages.
 *
 * <pre>
 *   0x00000000  kernel: image, descriptor tables, task table, stacks (KernelLayout), below 16 MiB
 *   0x01000000  USER_START
 *      ...      user programs: 0x08048000 (the assembler's default origin) lies here
 *   0xC0000000  USER_END: the top GiB is the kernel's; on the SCC the MPBs (0xC0000000), the
 *               configuration registers (0xE0000000) and the FPGA (0xF9000000) sit there
 *   0xFFFFFFFF
 * </pre>
 *
 * ASSUMPTION, the kit's choice: eduOS reserves KERNEL_SPACE = 1 GiB at the bottom of the address
 * space and loads programs above it ({@code load_task} refuses an entry point at or below
 * KERNEL_SPACE). The kit keeps its kernel below 16 MiB (KernelLayout) and gives the reserved GiB
 * at the top instead, as Linux's 3 GiB/1 GiB split does, because that is where the SCC's
 * memory-mapped hardware is; so the System V base 0x08048000 is a user address here.
 */
public final class UserSpace {
    /** The first user address: 16 MiB, above everything KernelLayout places. */
    public static final long USER_START = 0x0100_0000L;
    /** One past the last user address: the top GiB (eduOS's KERNEL_SPACE size) is the kernel's. */
    public static final long USER_END = 0xC000_0000L;

    private UserSpace() {
    }

    /** Whether the {@code length} bytes from {@code start} all lie in user space (unsigned 32-bit addresses). */
    public static boolean contains(long start, long length) {
        return start >= USER_START && length >= 0 && start + length <= USER_END;
    }
}
