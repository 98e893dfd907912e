package eduscc.machine.scc;

/** The direction of a memory access, for the latency tables of facts A.4. */
public enum Access {
    READ,
    WRITE
}
