package eduscc.exercises.apictimer;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.machine.cpu.LocalApic;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks of the set-up one register group at a time: each runs the set-up on a freshly reset
 * core ({@link SetupRun}) and records the registers of its group as the APIC holds them afterwards,
 * decoded the way the SDM describes them, so that a wrong bit reads as what it means. The grader
 * compares them with what the kit's set-up left. Each group is a separate check, so that one
 * mistake costs the points of its own registers; the lab check runs the set-up with the kit's
 * values, so a wrong value in the timer's registers does not cost its points too.
 */
final class RegisterChecks {
    private RegisterChecks() {
    }

    static List<ObservedCheck> all(Supplier<ApicTimerSetup> setups) {
        return List.of(
            new ObservedCheck("the APIC is on: SVR with the enable bit and spurious vector 127, TPR 0", 15,
                o -> enabled(o, SetupRun.of(setups, 100))),
            new ObservedCheck("LINT0, LINT1 and the error LVT: vectors 124, 125 and 126, not masked", 10,
                o -> localPins(o, SetupRun.of(setups, 100))),
            new ObservedCheck("the timer counts core clocks: divide configuration 0xB, divide by 1", 15,
                o -> divide(o, SetupRun.of(setups, 100))),
            new ObservedCheck("the timer's LVT: vector 123, periodic, not masked", 15,
                o -> timerLvt(o, SetupRun.of(setups, 100))),
            new ObservedCheck("the initial count: core clocks per tick at 100, 250 and 60 Hz", 20,
                o -> initialCounts(o, setups)));
    }

    private static void enabled(Observer o, SetupRun run) {
        o.see("the first failure while the set-up ran", run.failure());
        int svr = run.register(LocalApic.SVR);
        o.see("SVR (0xFEE000F0)", String.format("0x%08X: APIC %s, spurious vector %d", svr,
            (svr & LocalApic.SVR_ENABLE) != 0 ? "enabled" : "disabled (bit 8 clear)", svr & 0xFF));
        o.see("TPR (0xFEE00080)", String.format("0x%08X: priority class %d", run.register(LocalApic.TPR),
            run.register(LocalApic.TPR) >>> 4));
    }

    private static void localPins(Observer o, SetupRun run) {
        o.see("the first failure while the set-up ran", run.failure());
        o.see("LVT LINT0 (0xFEE00350)", lvt(run.register(LocalApic.LVT_LINT0)));
        o.see("LVT LINT1 (0xFEE00360)", lvt(run.register(LocalApic.LVT_LINT1)));
        o.see("LVT error (0xFEE00370)", lvt(run.register(LocalApic.LVT_ERROR)));
    }

    private static void divide(Observer o, SetupRun run) {
        o.see("the first failure while the set-up ran", run.failure());
        o.see("the divide configuration (0xFEE003E0)", String.format("0x%X: divide by %d",
            run.register(LocalApic.TIMER_DIVIDE), run.divisor()));
    }

    private static void timerLvt(Observer o, SetupRun run) {
        o.see("the first failure while the set-up ran", run.failure());
        int value = run.register(LocalApic.LVT_TIMER);
        o.see("LVT timer (0xFEE00320)", lvt(value) + ", " + ((value & LocalApic.LVT_PERIODIC) != 0 ? "periodic"
            : "one-shot (bit 17 clear)"));
    }

    /** 100 Hz is eduOS's TIMER_FREQ, 250 the thread-create-250hz lab's; at 60 Hz rounding would differ. */
    private static void initialCounts(Observer o, Supplier<ApicTimerSetup> setups) {
        for (int hz : new int[] {100, 250, 60}) {
            SetupRun run = SetupRun.of(setups, hz);
            o.see("the first failure while the set-up ran at " + hz + " Hz", run.failure());
            o.see("the initial count (0xFEE00380) at " + hz + " Hz", String.format("%,d",
                Integer.toUnsignedLong(run.register(LocalApic.TIMER_INITIAL))));
        }
    }

    /** An LVT entry: its vector and mask bit (SDM Vol. 3A Figure 10-8). */
    private static String lvt(int value) {
        return String.format("0x%08X: vector %d, %s", value, value & 0xFF,
            (value & LocalApic.LVT_MASKED) != 0 ? "masked (bit 16 set)" : "not masked");
    }
}
