package eduscc.visualizer.lguest;

/**
 * One trip of a core into its guest, from the launcher's GuestEnter to the GuestExit that
 * brought it back (lguest_arch_run_guest around one run_guest_once). A trip still under way has
 * no exit yet ({@link #exited()} is false; its exit fields are -1 and null).
 *
 * @param enterSeq  the GuestEnter event's number in the trace
 * @param enterTime its global time (trace units)
 * @param ring      the guest's ring it resumed in (1: guest kernel, 3: guest user)
 * @param exitSeq   the GuestExit event's number, -1 while under way
 * @param exitTime  its global time, -1 while under way
 * @param eip       the guest's EIP the Switcher saved on the way out
 * @param reason    why the guest left, in the kernel's words ("hypercall LHCALL_NOTIFY", "general protection")
 * @param cycles    the whole round trip in core cycles: Switcher in, guest, Switcher out
 */
public record GuestTrip(long enterSeq, long enterTime, int ring, long exitSeq, long exitTime, int eip, String reason,
                        long cycles) {

    /** A trip that has just begun. */
    static GuestTrip entered(long seq, long time, int ring) {
        return new GuestTrip(seq, time, ring, -1, -1, 0, null, -1);
    }

    /** This trip, ended by the GuestExit at {@code seq}. */
    GuestTrip exit(long seq, long time, int eip, String reason, long cycles) {
        return new GuestTrip(enterSeq, enterTime, ring, seq, time, eip, reason, cycles);
    }

    public boolean exited() {
        return exitSeq >= 0;
    }

    /** Where the guest resumed: guest user for ring 3, guest kernel otherwise. */
    public GuestPlace resumedIn() {
        return ring == 3 ? GuestPlace.GUEST_USER : GuestPlace.GUEST_KERNEL;
    }

    /** The exit in one line, as the strip's tooltip says it: "#412 general protection at EIP 0x00400023, 451 cycles". */
    public String words() {
        if (!exited()) {
            return "#" + enterSeq + " entered the " + resumedIn().words() + ", not back yet";
        }
        return String.format("#%d %s at EIP 0x%08X, %d cycles", exitSeq, reason, eip, cycles);
    }
}
