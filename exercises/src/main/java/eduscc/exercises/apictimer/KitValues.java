package eduscc.exercises.apictimer;

import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.kernel.arch.KitApicTimer;
import eduscc.machine.Machine;
import eduscc.machine.cpu.LocalApic;
import eduscc.machine.cpu.WriteWatch;
import java.util.Map;
import java.util.TreeMap;

/**
 * The set-up under test as the lab check runs it: its own code, writing the registers it writes
 * in its own order at its own cycles, but each register a register check judges holds the kit's
 * value once written. So the lab's ticks show only what the register checks cannot see (when the
 * timer starts, and with which divider in force; the cycles the set-up spends), and a wrong
 * register value costs its own check's points alone.
 *
 * <p>A {@link WriteWatch} on the lab's machine is told of each write before its bytes change; the
 * kit's value replaces the set-up's at the writing core's next data write, or when the set-up
 * returns, whichever comes first. Nothing but the set-up itself reads these registers in between
 * (interrupts are off while the kernel runs it), and the divider in force when the initial count is
 * written is the one settled before that write. The initial count restarts the timer at the cycle
 * the set-up wrote it, so only its value is the kit's. The replacements are the model's own
 * register stores: they cost the core nothing.
 */
final class KitValues implements WriteWatch {
    /** The kit's register values, by offset, as {@link SetupRun} reads them back. */
    private final Map<Integer, Integer> kit;
    /** Per core, the register its last write went to and the cycle of that write, not yet settled. */
    private final Map<Integer, Write> pending = new TreeMap<>();
    private Machine machine;

    KitValues(Map<Integer, Integer> kit) {
        this.kit = kit;
    }

    /** Watches {@code booted}'s writes from now on; call before it runs. */
    void watch(Machine booted) {
        machine = booted;
        booted.setWriteWatch(this);
    }

    /** The set-up {@code graded}, whose register values are settled to the kit's when it returns. */
    ApicTimerSetup around(ApicTimerSetup graded) {
        return (ops, timerFreq) -> {
            graded.start(ops, timerFreq);
            settleAll();
        };
    }

    @Override
    public void written(int pid, int linear, int size) {
        settle(pid);
        int offset = linear & 0xFF0;
        if ((linear & -LocalApic.SIZE) == LocalApic.BASE && kit.containsKey(offset)) {
            pending.put(pid, new Write(offset, machine.core(pid).cycles()));
        }
    }

    private void settleAll() {
        for (int pid : pending.keySet().stream().toList()) {
            settle(pid);
        }
    }

    private void settle(int pid) {
        Write write = pending.remove(pid);
        if (write == null) {
            return;
        }
        long cycle = write.offset() == LocalApic.TIMER_INITIAL ? write.cycle() : machine.core(pid).cycles();
        machine.core(pid).apic().write(write.offset(), kit.get(write.offset()), cycle);
    }

    /** The kit's values at {@code timerFreq} Hz. */
    static KitValues at(int timerFreq) {
        return new KitValues(SetupRun.of(KitApicTimer::new, timerFreq).registers());
    }

    /** A register write the kit's value has not replaced yet. */
    private record Write(int offset, long cycle) {
    }
}
