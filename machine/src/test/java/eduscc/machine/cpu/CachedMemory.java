package eduscc.machine.cpu;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.memory.DirectFrame;

/**
 * Flat memory behind caches, for cache and TLB tests: every address is the core's own private
 * DRAM (an uncached read costs {@link #READ}, as MC0 from its own tile [BF-TN]), except the
 * page at {@link #SHARED_PAGE}, which another core could reach.
 */
final class CachedMemory implements PhysicalMemory {
    static final int READ = 97;
    static final int WRITE = 50;
    static final int SHARED_PAGE = 0x00080000;
    private final FlatMemory bytes = new FlatMemory();

    @Override
    public int read(int physical, int size) {
        return bytes.read(physical, size);
    }

    @Override
    public void write(int physical, int size, int value) {
        bytes.write(physical, size, value);
    }

    @Override
    public int accessCycles(int physical, boolean write) {
        return write ? WRITE : READ;
    }

    @Override
    public boolean isShared(int physical) {
        return false;
    }

    /** Frames of private memory, as the chip hands out its own DRAM; none for the page another core could reach. */
    @Override
    public DirectFrame directFrame(int physical) {
        return (physical & ~0xFFF) == SHARED_PAGE ? null : bytes.directFrame(physical);
    }

    @Override
    public Cacheability cacheability(int physical) {
        return (physical & ~0xFFF) == SHARED_PAGE ? Cacheability.ONLY_AS_MESSAGE_BUFFER : Cacheability.CACHEABLE;
    }
}
