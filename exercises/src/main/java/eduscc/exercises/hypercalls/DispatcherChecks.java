package eduscc.exercises.hypercalls;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.lguest.HypercallDispatcher;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.lguest.Hypercalls;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the dispatcher one rule at a time, each with a fresh dispatcher and a
 * {@link RecordingHost}, so that one mistake costs the points of the rule it breaks. A check makes
 * the calls a guest would make (INT 0x1F with registers, or slots of the ring) and records which
 * of the host's actions each call reached, with which arguments, and whether and why the guest was
 * killed; the grader compares that with what the kit's dispatcher asked for.
 *
 * <p>The argument values are those of a kit's kernel as the guest: its lguest_data is at
 * {@value #LGUEST_DATA} (not page-aligned: a structure in the kernel's data), its process directory
 * at {@code 0x00A01000}, its user stack page at {@code 0xBFFFF000}.
 */
final class DispatcherChecks {
    static final int LGUEST_DATA = 0x0041_2340;
    private static final int PGDIR = 0x00A0_1000;

    private DispatcherChecks() {
    }

    static List<ObservedCheck> all(HypercallDispatcherFactory dispatchers) {
        return List.of(
            new ObservedCheck("LHCALL_LGUEST_INIT registers lguest_data at its argument; before it the ring is left alone", 10,
                o -> initFirst(o, dispatchers)),
            new ObservedCheck("a call before LHCALL_LGUEST_INIT kills the guest, naming the call", 10,
                o -> beforeInit(o, dispatchers)),
            new ObservedCheck("LHCALL_LGUEST_INIT a second time kills the guest", 5,
                o -> initTwice(o, dispatchers)),
            new ObservedCheck("the page-table calls reach their actions with their arguments", 15,
                o -> pageTableCalls(o, initialized(dispatchers))),
            new ObservedCheck("the other calls reach their actions with their arguments", 10,
                o -> otherCalls(o, initialized(dispatchers))),
            new ObservedCheck("LHCALL_FLUSH_ASYNC and LHCALL_SEND_INTERRUPTS do nothing but exit", 5,
                o -> noOps(o, initialized(dispatchers))),
            new ObservedCheck("an unknown number, or LHCALL_LOAD_TLS, kills the guest, naming it", 5,
                o -> unknown(o, dispatchers)),
            new ObservedCheck("the ring runs before each call, in order, each slot marked done after its call", 10,
                o -> ringInOrder(o, initialized(dispatchers))),
            new ObservedCheck("the ring goes on where it stopped, wraps from slot 63 to 0, stops at a slot not pending", 10,
                o -> ringWraps(o, initialized(dispatchers))));
    }

    /** A dispatcher and its host after the guest's LHCALL_LGUEST_INIT. */
    private record Guest(HypercallDispatcher dispatcher, RecordingHost host) {
        /** INT 0x1F with {@code call} in EAX and the arguments in EBX, ECX, EDX; the actions it reached. */
        String call(int call, int arg1, int arg2, int arg3) {
            host.setArguments(arg1, arg2, arg3);
            try {
                dispatcher.hypercall(host, call);
            } catch (RecordingHost.Killed e) {
                // the guest is dead; what the check shows is the "kill" among the actions
            }
            return host.takeActions();
        }

        /** The launcher's pass through its loop: the ring only. */
        String runAsync() {
            try {
                dispatcher.runAsync(host);
            } catch (RecordingHost.Killed e) {
                // as above
            }
            return host.takeActions();
        }
    }

    private static Guest fresh(HypercallDispatcherFactory dispatchers) {
        return new Guest(dispatchers.create(), new RecordingHost());
    }

    private static Guest initialized(HypercallDispatcherFactory dispatchers) {
        Guest g = fresh(dispatchers);
        g.call(Hypercalls.LGUEST_INIT, LGUEST_DATA, 0, 0);
        return g;
    }

    private static void initFirst(Observer o, HypercallDispatcherFactory dispatchers) {
        Guest g = fresh(dispatchers);
        o.see("the launcher's runAsync before LHCALL_LGUEST_INIT: the host's actions", g.runAsync());
        o.see(shown(Hypercalls.LGUEST_INIT, LGUEST_DATA), g.call(Hypercalls.LGUEST_INIT, LGUEST_DATA, 0, 0));
        o.see("then " + shown(Hypercalls.HALT), g.call(Hypercalls.HALT, 0, 0, 0));
    }

    /** Each on a new guest: a call that does something, one that does nothing, and one that looks like the ring's flush. */
    private static void beforeInit(Observer o, HypercallDispatcherFactory dispatchers) {
        for (int call : new int[] {Hypercalls.SET_PTE, Hypercalls.HALT, Hypercalls.FLUSH_ASYNC}) {
            Guest g = fresh(dispatchers);
            o.see("as a new guest's first call, " + shown(call, PGDIR, 0xBFFF_F000, 0x00C2_3067),
                g.call(call, PGDIR, 0xBFFF_F000, 0x00C2_3067));
            o.see("... and the reason names " + Hypercalls.name(call), namesIt(g, Hypercalls.name(call)));
        }
    }

    private static void initTwice(Observer o, HypercallDispatcherFactory dispatchers) {
        Guest g = initialized(dispatchers);
        o.see("LHCALL_LGUEST_INIT(" + RecordingHost.hex(LGUEST_DATA + 0x1000) + ") again: the host's actions",
            g.call(Hypercalls.LGUEST_INIT, LGUEST_DATA + 0x1000, 0, 0));
        o.see("... and the reason names LHCALL_LGUEST_INIT", namesIt(g, "LHCALL_LGUEST_INIT"));
    }

    private static void pageTableCalls(Observer o, Guest g) {
        see(o, g, Hypercalls.NEW_PGTABLE, PGDIR, 0, 0);
        see(o, g, Hypercalls.FLUSH_TLB, 0, 0, 0);
        see(o, g, Hypercalls.FLUSH_TLB, 1, 0, 0);
        see(o, g, Hypercalls.SET_PTE, PGDIR, 0xBFFF_F000, 0x00C2_3067);
        see(o, g, Hypercalls.SET_PGD, PGDIR, 0x2FF, 0);
    }

    private static void otherCalls(Observer o, Guest g) {
        see(o, g, Hypercalls.LOAD_IDT_ENTRY, 14, 0x0008_1234, 0x0040_AE00);
        see(o, g, Hypercalls.LOAD_GDT_ENTRY, 12, 0x0000_FFFF, 0x00CF_9A00);
        see(o, g, Hypercalls.SET_STACK, 0x11, 0x00BF_E000, 0);
        see(o, g, Hypercalls.TS, 1, 0, 0);
        see(o, g, Hypercalls.TS, 0, 0, 0);
        see(o, g, Hypercalls.SET_CLOCKEVENT, 10_000_000, 0, 0);
        see(o, g, Hypercalls.SET_CLOCKEVENT, 0xC000_0000, 0, 0);
        see(o, g, Hypercalls.NOTIFY, 0x0080_4000, 0, 0);
        see(o, g, Hypercalls.HALT, 0, 0, 0);
        see(o, g, Hypercalls.SHUTDOWN, 0x0050_0100, Hypercalls.SHUTDOWN_RESTART, 0);
        see(o, g, Hypercalls.SHUTDOWN, 0, Hypercalls.SHUTDOWN_POWEROFF, 0);
    }

    private static void noOps(Observer o, Guest g) {
        see(o, g, Hypercalls.FLUSH_ASYNC, 1, 2, 3);
        see(o, g, Hypercalls.SEND_INTERRUPTS, 1, 2, 3);
    }

    /** 3 and 11..13 are numbers lguest gave up; 16 is LOAD_TLS, which the kit's lguest does not have. */
    private static void unknown(Observer o, HypercallDispatcherFactory dispatchers) {
        for (int call : new int[] {3, 12, Hypercalls.LOAD_TLS, 20, 0x7FFF_FFFF, -1}) {
            Guest g = initialized(dispatchers);
            o.see(shown(call, 1, 2, 3), g.call(call, 1, 2, 3));
            o.see("... and the reason names " + Hypercalls.name(call), namesIt(g, Hypercalls.name(call)));
        }
    }

    /** Three queued calls run before the synchronous one, in slot order, each slot marked done after its call ran. */
    private static void ringInOrder(Observer o, Guest g) {
        g.host().queue(0, Hypercalls.SET_PTE, PGDIR, 0x0804_9000, 0x00C2_4065);
        g.host().queue(1, Hypercalls.TS, 1, 0, 0);
        g.host().queue(2, Hypercalls.SET_PGD, PGDIR, 0x20, 0);
        o.see("slots 0..2 hold SET_PTE, TS, SET_PGD; then " + shown(Hypercalls.NOTIFY, 0x0080_4000),
            g.call(Hypercalls.NOTIFY, 0x0080_4000, 0, 0));
        o.see("the launcher's runAsync with no slot pending", g.runAsync());
        g.host().queue(3, Hypercalls.SET_CLOCKEVENT, 5_000_000, 0, 0);
        g.host().queue(4, Hypercalls.HALT, 0, 0, 0);
        o.see("slots 3..4 hold SET_CLOCKEVENT, HALT; the launcher's runAsync", g.runAsync());
    }

    /**
     * 60 calls, then eight more in slots 60..63 and 0..3: the ring goes on at 60 and wraps. A
     * status byte that is neither pending nor done (the guest is still writing the slot) stops it.
     * Which calls ran, in which order, and which slots were marked done, each on its own: when a
     * slot is marked is the other check's rule.
     */
    private static void ringWraps(Observer o, Guest g) {
        for (int slot = 0; slot < 60; slot++) {
            g.host().queue(slot, Hypercalls.SET_CLOCKEVENT, slot, 0, 0);
        }
        seeRing(o, "slots 0..59 pending: the launcher's runAsync", g.runAsync());
        for (int i = 0; i < 8; i++) {
            int slot = (60 + i) % 64;
            g.host().queue(slot, Hypercalls.SET_CLOCKEVENT, 1000 + slot, 0, 0);
        }
        g.host().setStatus(4, 1);
        g.host().queue(5, Hypercalls.HALT, 0, 0, 0);
        seeRing(o, "slots 60..63 and 0..3 pending, slot 4's status 1, slot 5 pending: the launcher's runAsync", g.runAsync());
        g.host().setStatus(4, 0);
        seeRing(o, "slot 4 now pending: " + shown(Hypercalls.FLUSH_ASYNC), g.call(Hypercalls.FLUSH_ASYNC, 0, 0, 0));
    }

    private static void seeRing(Observer o, String what, String actions) {
        List<String> calls = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (String action : actions.split("; ")) {
            (action.startsWith("markDone(") ? done : calls).add(action);
        }
        o.see(what + " ran the calls", String.join("; ", calls));
        o.see(what + " marked done the slots", done.stream().map(d -> d.substring(9, d.length() - 1)).toList());
    }

    private static void see(Observer o, Guest g, int call, int arg1, int arg2, int arg3) {
        o.see(shown(call, arg1, arg2, arg3), g.call(call, arg1, arg2, arg3));
    }

    private static String namesIt(Guest g, String name) {
        String reason = g.host().killedFor();
        return reason == null ? "not killed" : reason.contains(name) ? "yes" : "no: \"" + reason + "\"";
    }

    private static String shown(int call, int... args) {
        StringBuilder s = new StringBuilder(Hypercalls.name(call)).append('(');
        for (int i = 0; i < args.length; i++) {
            s.append(i == 0 ? "" : ", ").append(RecordingHost.hex(args[i]));
        }
        return s.append("): the host's actions").toString();
    }
}
