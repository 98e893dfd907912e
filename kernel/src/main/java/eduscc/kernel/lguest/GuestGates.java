package eduscc.kernel.lguest;

import eduscc.machine.cpu.tables.GateDescriptor;

/** The gates a guest hands the host as two words (LHCALL_LOAD_IDT_ENTRY), decoded. */
final class GuestGates {
    private GuestGates() {
    }

    /** The present interrupt or trap gate in {@code low}/{@code high}, or null if it is none (not present, or no such gate). */
    static GateDescriptor decode(int low, int high) {
        try {
            GateDescriptor gate = GateDescriptor.decode(Integer.toUnsignedLong(low) | (long) high << 32);
            return gate.present() && gate.type().hasOffset() && !gate.type().isCallGate() ? gate : null;
        } catch (IllegalArgumentException notAGate) {
            return null;
        }
    }
}
