package eduscc.kernel.elf;

import java.util.Locale;

/**
 * One PT_LOAD segment of an executable: where it goes, the bytes the file gives it, how much
 * memory it takes, and what the program may do with it.
 *
 * <p>A loader maps it page by page, as eduOS's {@code load_task} does with {@code page_map}: for
 * each page from {@link #firstPage()} below {@link #endPage()} it takes a frame, copies in
 * {@link #page(long)} and maps it user-accessible, writable only if {@link #writable()}. The memory
 * past the file's bytes (the {@code .bss}) reads as zeros, which is what {@link #page} gives.
 *
 * <pre>
 *   firstPage    virtualAddress          + fileSize              + memorySize    endPage
 *      | (zeros) |  bytes from the file   |  zeros (p_memsz - p_filesz) | (zeros) |
 * </pre>
 */
public final class ElfSegment {
    /** The i386 page size (SDM Vol. 3A §4.3): the unit a loader maps and protects. */
    public static final int PAGE_SIZE = 4096;

    private final int index;
    private final long virtualAddress;
    private final byte[] fileBytes;
    private final long memorySize;
    private final boolean readable;
    private final boolean writable;
    private final boolean executable;

    ElfSegment(int index, long virtualAddress, byte[] fileBytes, long memorySize, boolean readable,
               boolean writable, boolean executable) {
        this.index = index;
        this.virtualAddress = virtualAddress;
        this.fileBytes = fileBytes.clone();
        this.memorySize = memorySize;
        this.readable = readable;
        this.writable = writable;
        this.executable = executable;
    }

    /** The segment's place in the program header table, as {@code readelf -l} counts from 0. */
    public int index() {
        return index;
    }

    /** p_vaddr: the address of the segment's first byte. */
    public long virtualAddress() {
        return virtualAddress;
    }

    /** p_filesz: how many of its bytes come from the file. */
    public int fileSize() {
        return fileBytes.length;
    }

    /** A copy of the bytes from the file (p_offset to p_offset + p_filesz). */
    public byte[] fileBytes() {
        return fileBytes.clone();
    }

    /** p_memsz: how many bytes it occupies in memory, at least {@link #fileSize()}. */
    public long memorySize() {
        return memorySize;
    }

    /** PF_R. The i386 cannot map a page it does not let a program read, so this only informs. */
    public boolean readable() {
        return readable;
    }

    /** PF_W: whether its pages are mapped with R/W set. */
    public boolean writable() {
        return writable;
    }

    /** PF_X. Without NX (not on a P54C) an executable page is any readable one; the entry must lie in one. */
    public boolean executable() {
        return executable;
    }

    /** The address of the page holding the first byte. */
    public long firstPage() {
        return virtualAddress & -PAGE_SIZE;
    }

    /** One past the last page: the page-aligned address after the last byte. */
    public long endPage() {
        return (virtualAddress + memorySize + PAGE_SIZE - 1) & -PAGE_SIZE;
    }

    public int pageCount() {
        return (int) ((endPage() - firstPage()) / PAGE_SIZE);
    }

    /** Whether {@code address} is one of the segment's bytes. */
    public boolean contains(long address) {
        return address >= virtualAddress && address < virtualAddress + memorySize;
    }

    /**
     * The {@value #PAGE_SIZE} bytes a loader copies into the frame it maps at {@code pageAddress}:
     * the file's bytes where the segment has them, zeros everywhere else (before the segment's
     * start on its first page, in the {@code .bss}, and after its end on its last page).
     *
     * @throws IllegalArgumentException if {@code pageAddress} is not one of this segment's pages
     */
    public byte[] page(long pageAddress) {
        if (pageAddress % PAGE_SIZE != 0 || pageAddress < firstPage() || pageAddress >= endPage()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "0x%08X is not one of segment %d's pages (0x%08X..0x%08X)", pageAddress, index, firstPage(),
                    endPage() - 1));
        }
        byte[] page = new byte[PAGE_SIZE];
        long from = Math.max(pageAddress, virtualAddress);
        long to = Math.min(pageAddress + PAGE_SIZE, virtualAddress + fileBytes.length);
        if (from < to) {
            System.arraycopy(fileBytes, (int) (from - virtualAddress), page, (int) (from - pageAddress),
                    (int) (to - from));
        }
        return page;
    }

    /** Like a line of {@code readelf -l}: address, sizes and R/W/E flags. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LOAD 0x%08X filesz 0x%X memsz 0x%X %s%s%s", virtualAddress,
                fileBytes.length, memorySize, readable ? "R" : " ", writable ? "W" : " ", executable ? "E" : " ");
    }
}
