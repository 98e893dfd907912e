package eduscc.kernel.lguest;

import eduscc.machine.cpu.Vector;

/** Words for why a guest came back to the host, for the trace and the debugger's lguest lane. */
final class ExitReasons {
    private ExitReasons() {
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
