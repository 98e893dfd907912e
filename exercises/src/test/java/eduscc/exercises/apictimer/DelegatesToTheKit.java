package eduscc.exercises.apictimer;

import eduscc.kernel.arch.Apic;
import eduscc.machine.cpu.Operations;

/** Takes the count from the kernel's driver instead of working it out: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedApicTimer {
    @Override
    public void start(Operations ops, int timerFreq) {
        super.start(ops, timerFreq);
    }

    @Override
    int count(int timerFreq) {
        return (int) Apic.countFor(timerFreq);
    }
}
