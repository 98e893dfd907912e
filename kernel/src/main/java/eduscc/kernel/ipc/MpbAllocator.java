package eduscc.kernel.ipc;

import java.util.ArrayList;
import java.util.List;

/**
 * RCCE_malloc and RCCE_free (facts B.2, B.3): a first-fit allocator of a core's own MPB share, in
 * whole 32-byte lines. RCCE_init hands it the share less the fooling line; each flag takes one line
 * from the front ({@code RCCE_flag_alloc}), and what is left becomes the payload chunk. Every core
 * allocates in the same order, so a block's offset in one share is the same block in every other
 * share: that is how RCCE_put addresses another core's MPB.
 *
 * <p>Like RCCE's, the allocator's bookkeeping (the list of free blocks) lives in the core's private
 * memory, not in the MPB: here it is a Java list, which stands for that bookkeeping.
 */
public final class MpbAllocator {
    /** A free block: {@code size} bytes from {@code offset} in the share. */
    private record Block(int offset, int size) {
    }

    private final List<Block> free = new ArrayList<>();

    /** Manages {@code size} bytes from {@code start} of the share; both multiples of a line. */
    public MpbAllocator(int start, int size) {
        if (start % CommBuffer.LINE != 0 || size % CommBuffer.LINE != 0 || size <= 0) {
            throw new IllegalArgumentException("an MPB region is whole lines: start " + start + ", size " + size);
        }
        free.add(new Block(start, size));
    }

    /**
     * RCCE_malloc: the offset of the first free block that holds {@code size} bytes, rounded up to
     * whole lines; -1 when none does (RCCE returns NULL).
     */
    public int malloc(int size) {
        int bytes = wholeLines(size);
        for (int i = 0; i < free.size(); i++) {
            Block b = free.get(i);
            if (b.size() >= bytes) {
                if (b.size() == bytes) {
                    free.remove(i);
                } else {
                    free.set(i, new Block(b.offset() + bytes, b.size() - bytes));
                }
                return b.offset();
            }
        }
        return -1;
    }

    /** RCCE_free: the block of {@code size} bytes at {@code offset} is free again, merged with free neighbours. */
    public void free(int offset, int size) {
        int bytes = wholeLines(size);
        int i = 0;
        while (i < free.size() && free.get(i).offset() < offset) {
            i++;
        }
        free.add(i, new Block(offset, bytes));
        if (i + 1 < free.size() && offset + bytes == free.get(i + 1).offset()) {
            free.set(i, new Block(offset, bytes + free.remove(i + 1).size()));
        }
        if (i > 0 && free.get(i - 1).offset() + free.get(i - 1).size() == offset) {
            Block before = free.get(i - 1);
            free.set(i - 1, new Block(before.offset(), before.size() + free.remove(i).size()));
        }
    }

    /** {@code size} bytes rounded up to whole lines, one line at least. */
    private static int wholeLines(int size) {
        int lines = Math.max(1, (size + CommBuffer.LINE - 1) / CommBuffer.LINE);
        return lines * CommBuffer.LINE;
    }

    /** The largest block left: the payload chunk once the flags are taken. */
    public int largestFree() {
        return free.stream().mapToInt(Block::size).max().orElse(0);
    }
}
