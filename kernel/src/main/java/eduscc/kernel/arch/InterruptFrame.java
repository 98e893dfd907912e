package eduscc.kernel.arch;

/**
 * What a handler needs of an interrupt, read from the {@code struct state} that the processor
 * and the entry stubs left on the kernel stack (SDM Vol. 3A §6.12.1, facts D.3; layout in
 * {@link StateFrame}): the vector, EIP, CS and EFLAGS, plus ESP and SS when the interrupt came
 * from an outer ring, and an error code for the exceptions that have one (-1 otherwise).
 * {@code state} is the frame's address, for handlers that read or change more of it.
 */
public record InterruptFrame(int state, int vector, int errorCode, int eip, int cs, int eflags, int userEsp,
                             int userSs) {

    /** The privilege level the interrupted code ran at. */
    public int fromCpl() {
        return cs & 3;
    }

    public boolean fromUser() {
        return fromCpl() == 3;
    }

    @Override
    public String toString() {
        String where = String.format("%04X:%08X", cs, eip);
        String code = errorCode < 0 ? "" : String.format(" error 0x%X", errorCode);
        return "vector " + vector + code + " at " + where + (fromUser() ? " (ring 3)" : "");
    }
}
