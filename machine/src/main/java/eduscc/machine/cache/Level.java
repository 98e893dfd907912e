package eduscc.machine.cache;

/** The caches and TLBs of one core, as the counters and the debugger name them. */
public enum Level {
    L1I("L1I"), L1D("L1D"), L2("L2"), ITLB("I-TLB"), DTLB("D-TLB");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether its tags are page numbers (a TLB) rather than line numbers. */
    public boolean isTlb() {
        return this == ITLB || this == DTLB;
    }
}
