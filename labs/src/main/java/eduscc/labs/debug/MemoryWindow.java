package eduscc.labs.debug;

import eduscc.machine.snapshot.MemoryDump;

/**
 * The part of a core's memory the debugger's memory view looks at: every snapshot published after
 * the view asked for it carries these bytes, read at the pause (see {@link Session#readMemory}).
 *
 * @param core    the core whose paging and LUT translate the address
 * @param space   linear (paging, then LUT) or physical (LUT only)
 * @param address the first byte
 * @param length  how many bytes, at most {@link #MAX_LENGTH}
 */
public record MemoryWindow(int core, MemoryDump.Space space, int address, int length) {
    /** Four pages: more than a GDT of the kit's 64 entries (512 bytes) or a TSS needs. */
    public static final int MAX_LENGTH = 0x4000;

    public MemoryWindow {
        if (length <= 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a memory window holds 1.." + MAX_LENGTH + " bytes, not " + length);
        }
    }
}
