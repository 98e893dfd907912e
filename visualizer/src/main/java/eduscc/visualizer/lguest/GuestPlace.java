package eduscc.visualizer.lguest;

import eduscc.kernel.lguest.SwitcherLayout;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.SegmentSnapshot;

/**
 * Where a core that may host an lguest guest is at one instant, read from its architectural
 * state alone (not from the trace), so it is right at every position, stepped to forwards or
 * back: an EIP inside the Switcher's code page (linear 0xFFC00000..0xFFC00FFF, mapped in both
 * worlds) is the Switcher; otherwise an IDTR that points at the guest's IDT in the read-only
 * state page means the guest runs (ring 1 its kernel, ring 3 its user code); otherwise the host.
 */
public enum GuestPlace {
    HOST_KERNEL("host kernel", "ring 0"),
    HOST_USER("host user", "ring 3"),
    SWITCHER("Switcher", "ring 0"),
    GUEST_KERNEL("guest kernel", "ring 1"),
    GUEST_USER("guest user", "ring 3");

    private final String words;
    private final String ring;

    GuestPlace(String words, String ring) {
        this.words = words;
        this.ring = ring;
    }

    /** "guest kernel", "Switcher", ... */
    public String words() {
        return words;
    }

    /** "guest kernel (ring 1)": the lane's label. */
    public String withRing() {
        return words + " (" + ring + ")";
    }

    /** True for the guest's two rings. */
    public boolean inGuest() {
        return this == GUEST_KERNEL || this == GUEST_USER;
    }

    /** Where {@code core} is: see the class comment for the rule. */
    public static GuestPlace of(CoreSnapshot core) {
        long linear = Integer.toUnsignedLong(codeBase(core) + core.eip());
        long switcher = Integer.toUnsignedLong(SwitcherLayout.CODE);
        if (linear >= switcher && linear < switcher + SwitcherLayout.PAGE) {
            return SWITCHER;
        }
        if (core.idtrBase() == SwitcherLayout.GUEST_IDT) {
            return core.cpl() == 3 ? GUEST_USER : GUEST_KERNEL;
        }
        return core.cpl() == 3 ? HOST_USER : HOST_KERNEL;
    }

    /** CS's base: EIP is an offset in the code segment; the Switcher's address is linear. */
    private static int codeBase(CoreSnapshot core) {
        for (SegmentSnapshot s : core.segments()) {
            if (s.name().equalsIgnoreCase("CS")) {
                return s.base();
            }
        }
        return 0;
    }
}
