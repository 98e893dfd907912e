package eduscc.machine.cpu;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.memory.DirectFrame;

/**
 * What a core sees beyond its own pins: physical addresses, which on the SCC go through the
 * core's LUT to DRAM, MPBs and register banks. The chip supplies one port per core; unit tests
 * supply a flat array.
 */
public interface PhysicalMemory {
    /** Reads 1, 2 or 4 bytes, little-endian. */
    int read(int physical, int size);

    /** Writes 1, 2 or 4 bytes, little-endian. */
    void write(int physical, int size, int value);

    /** Reads the 32-byte line at {@code lineAddress} into {@code line} (a cache line fill). */
    default void readLine(int lineAddress, byte[] line) {
        for (int i = 0; i < line.length; i++) {
            line[i] = (byte) read(lineAddress + i, 1);
        }
    }

    /**
     * Writes the bytes of {@code line} whose bit is set in {@code written} to the line at
     * {@code lineAddress} (the write-combine buffer going out).
     */
    default void writeLine(int lineAddress, byte[] line, int written) {
        for (int i = 0; i < line.length; i++) {
            if ((written & (1 << i)) != 0) {
                write(lineAddress + i, 1, line[i]);
            }
        }
    }

    /**
     * Extra core cycles the access costs beyond an L1 hit when it goes to memory uncached (mesh
     * and memory latency); a cache line fill costs the same (CacheCosts.LINE_FILL).
     */
    int accessCycles(int physical, boolean write);

    /** True when another core could observe or change this location. */
    boolean isShared(int physical);

    /** Whether the core may cache this location; a plain test memory has no caches in front. */
    default Cacheability cacheability(int physical) {
        return Cacheability.UNCACHEABLE;
    }

    /**
     * The frame of the core's own private DRAM that holds {@code physical}, for the simulator's
     * fast path ({@link DirectFrame}); null where there is none to hand out: shared or device
     * memory, a page never written (it reads as zeros and has no bytes yet), or a memory that
     * offers no frames. Looking costs nothing in the model and changes nothing.
     */
    default DirectFrame directFrame(int physical) {
        return null;
    }
}
