package eduscc.kernel.lguest;

import eduscc.machine.cpu.Vector;

/** Words for why a guest came back to the host, for the trace and the debugger's lguest lane. */
public final class ExitReasons {
    /** How every reason {@link #describe} writes begins: a breakpoint on guest exits names one of these. */
    public static final java.util.List<String> KINDS = java.util.List.of("hypercall", "page fault", "general protection",
        "interrupt", "exception", "system call", "trap 256");

    private ExitReasons() {
    }

    /**
     * Whether some reason {@link #describe} writes could begin with {@code prefix}: it begins
     * one of the {@link #KINDS} ("page", "hypercall") or one of them begins it ("hypercall LHCALL_SET_PTE").
     */
    public static boolean couldBegin(String prefix) {
        return KINDS.stream().anyMatch(k -> k.startsWith(prefix) || prefix.startsWith(k));
    }

    /** @param eax the guest's EAX (a hypercall's number); @param cr2 the page fault's address */
    static String describe(int trapnum, int eax, int cr2) {
        if (trapnum == Hypercalls.TRAP_ENTRY) {
            return "hypercall " + Hypercalls.name(eax);
        }
        if (trapnum == Vector.PF) {
            return String.format("page fault at 0x%08X", cr2);
        }
        if (trapnum == Vector.GP) {
            return "general protection";
        }
        if (trapnum == SwitcherLayout.NO_TRAP) {
            return "trap 256 (a fault in the Switcher)";
        }
        if (trapnum >= 32 && trapnum != 0x80) {
            return "interrupt " + trapnum + " (the host's)";
        }
        return trapnum == 0x80 ? "system call" : "exception " + Vector.name(trapnum);
    }
}
