package eduscc.exercises.hypercalls;

import eduscc.kernel.lguest.HypercallHost;
import eduscc.kernel.lguest.Hypercalls;

/**
 * One mistake per check, each in a {@link SolvedHypercalls} otherwise right: the grader must take
 * exactly that check's points, and no other ({@link PlantedBugsTest}). The array {@link #BY_CHECK}
 * lists them in the order of the checks.
 */
final class PlantedBugs {
    /** Index i: the fixture that must lose check i alone. */
    static final Class<?>[] BY_CHECK = {MasksLguestData.class, FlushAsyncBeforeInit.class, InitializesTwice.class,
        FlushesEverything.class, ShutdownAlwaysPowersOff.class, SendInterruptsClearsTs.class, IgnoresUnknownCalls.class,
        MarksBeforeRunning.class, WrapsAt63.class, RingForgetsSendInterrupts.class, DropsHardwareGates.class};

    private PlantedBugs() {
    }

    /** Takes lguest_data to be page-aligned: both labs' guests happen to put it at the start of a page. */
    public static final class MasksLguestData extends SolvedHypercalls {
        @Override
        void initialize(HypercallHost host, int lguestData) {
            host.initialize(lguestData & 0xFFFF_F000);
        }
    }

    /** "LHCALL_FLUSH_ASYNC does nothing anyway": lets it through before LGUEST_INIT. */
    public static final class FlushAsyncBeforeInit extends SolvedHypercalls {
        @Override
        void firstCallNotInit(HypercallHost host, int call) {
            if (call != Hypercalls.FLUSH_ASYNC) {
                super.firstCallNotInit(host, call);
            }
        }
    }

    /** Lets the guest move its lguest_data. */
    public static final class InitializesTwice extends SolvedHypercalls {
        @Override
        void initAgain(HypercallHost host, int lguestData) {
            host.initialize(lguestData);
        }
    }

    /** Always flushes the kernel part too: safe, but not what the guest asked for, and slower. */
    public static final class FlushesEverything extends SolvedHypercalls {
        @Override
        void flushTlb(HypercallHost host, int arg) {
            host.flushTlb(true);
        }
    }

    /** Drops SHUTDOWN's second argument. */
    public static final class ShutdownAlwaysPowersOff extends SolvedHypercalls {
        @Override
        void shutdown(HypercallHost host, int message, int how) {
            host.shutdown(message, Hypercalls.SHUTDOWN_POWEROFF);
        }
    }

    /** A case that fell through into LHCALL_TS's action. */
    public static final class SendInterruptsClearsTs extends SolvedHypercalls {
        @Override
        void sendInterrupts(HypercallHost host) {
            host.setTaskSwitched(false);
        }
    }

    /** An unknown number does nothing: the guest goes on as if the host had served it. */
    public static final class IgnoresUnknownCalls extends SolvedHypercalls {
        @Override
        void unknown(HypercallHost host, int call) {
        }
    }

    /** Marks a slot done before its call runs: the guest may reuse the slot while the host still reads it. */
    public static final class MarksBeforeRunning extends SolvedHypercalls {
        @Override
        void runSlot(HypercallHost host, int slot) {
            host.markDone(slot);
            dispatchFromRing(host, host.ringWord(slot, 0), host.ringWord(slot, 1), host.ringWord(slot, 2),
                host.ringWord(slot, 3));
        }
    }

    /** Wraps one slot early: slot 63 is never looked at. */
    public static final class WrapsAt63 extends SolvedHypercalls {
        @Override
        int following(int slot) {
            return (slot + 1) % (HypercallHost.RING_SIZE - 1);
        }
    }

    /** A second switch for the ring's calls that forgot LHCALL_SEND_INTERRUPTS (the lguest lab's guest queues one). */
    public static final class RingForgetsSendInterrupts extends SolvedHypercalls {
        @Override
        void dispatchFromRing(HypercallHost host, int call, int arg1, int arg2, int arg3) {
            if (call == Hypercalls.SEND_INTERRUPTS) {
                unknown(host, call);
            } else {
                super.dispatchFromRing(host, call, arg1, arg2, arg3);
            }
        }
    }

    /** Keeps the guest's gates for exceptions only: the kit's kernel as guest never gets its timer or system calls. */
    public static final class DropsHardwareGates extends SolvedHypercalls {
        @Override
        void loadIdtEntry(HypercallHost host, int vector, int low, int high) {
            if (vector < 32) {
                super.loadIdtEntry(host, vector, low, high);
            }
        }
    }
}
