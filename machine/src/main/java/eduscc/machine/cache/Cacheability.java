package eduscc.machine.cache;

/**
 * What kind of memory a physical address reaches, as far as caching goes. The page's own bits
 * (PCD, MPBT) decide the rest (see {@link MemoryHierarchy}).
 */
public enum Cacheability {
    /** Register windows (CRB, FPGA, local APIC) and unmodelled addresses: never cached. */
    UNCACHEABLE,
    /**
     * Memory another core can reach (shared DRAM, another core's private DRAM, an MPB). The SCC
     * keeps no coherence, and the kit's kernels map such memory uncached unless the page is
     * MPBT; the model follows: cached in L1 only through an MPBT page, otherwise uncached.
     */
    ONLY_AS_MESSAGE_BUFFER,
    /** The core's own private DRAM: cached in L1 and L2 unless the page says PCD. */
    CACHEABLE
}
