package eduscc.machine.x86.asm;

/**
 * What the assembler is writing, and so the state every pass starts in.
 *
 * <p>A flat binary is what a core executes straight after reset, so it starts as the core does:
 * in {@code bits 16} at address 0, with {@code org} saying where the image will be loaded. An
 * ELF32 executable is a program the kernel loads into a ring-3 address space, so it starts in
 * {@code bits 32} at the address a System V i386 linker would have chosen; {@code org} may still
 * move it. Both are assembled by the same passes: the format only changes where they begin and
 * how {@link ElfWriter} wraps the bytes afterwards.
 */
public enum OutputFormat {
    /** Raw bytes, as {@code nasm -f bin} writes them: a reset image or a boot sector. */
    FLAT_BINARY(16, 0),
    /**
     * A static ELF32 i386 executable. 0x08048000 is the load address the System V i386 ABI's
     * linkers customarily give an executable's first segment: 128 MiB plus 0x48000, leaving the
     * bottom of the address space unmapped so that a null pointer faults.
     */
    ELF32(32, 0x0804_8000L);

    private final int startBits;
    private final long defaultOrigin;

    OutputFormat(int startBits, long defaultOrigin) {
        this.startBits = startBits;
        this.defaultOrigin = defaultOrigin;
    }

    /** The {@code bits} mode before the program says otherwise. */
    public int startBits() {
        return startBits;
    }

    /** The address of the first byte when the program has no {@code org}. */
    public long defaultOrigin() {
        return defaultOrigin;
    }
}
