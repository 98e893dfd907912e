package eduscc.exercises.apictimer;

import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.machine.cpu.Operations;

/** A student's correct set-up, written from the handout alone: full marks. The fixtures that get something wrong extend it. */
public class SolvedApicTimer implements ApicTimerSetup {
    static final int APIC = 0xFEE00000;
    static final long CORE_HZ = 1_600_000_000L / 3;

    @Override
    public void start(Operations ops, int timerFreq) {
        ops.write32(APIC + 0x0F0, svr());
        ops.write32(APIC + 0x080, 0);
        ops.write32(APIC + 0x350, lint0());
        ops.write32(APIC + 0x360, lint1());
        ops.write32(APIC + 0x370, 126);
        timer(ops, timerFreq);
    }

    int svr() {
        return 0x100 | 127;
    }

    int lint0() {
        return 124;
    }

    int lint1() {
        return 125;
    }

    /** Divider, LVT, and the count last: writing it starts the timer. */
    void timer(Operations ops, int timerFreq) {
        ops.write32(APIC + 0x3E0, divide());
        ops.write32(APIC + 0x320, timerLvt());
        ops.write32(APIC + 0x380, count(timerFreq));
    }

    int divide() {
        return 0b1011;
    }

    int timerLvt() {
        return 1 << 17 | 123;
    }

    int count(int timerFreq) {
        return (int) (CORE_HZ / timerFreq);
    }
}
