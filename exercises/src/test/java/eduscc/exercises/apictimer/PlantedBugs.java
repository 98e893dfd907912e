package eduscc.exercises.apictimer;

import eduscc.machine.cpu.Operations;

/**
 * One mistake each, as students make them. {@link #BY_CHECK} has one per check, and each loses its
 * own check alone: a wrong divider or LVT would move the ticks too, but the lab check runs the
 * set-up with the kit's register values. The others are the handout's common mistakes, and
 * {@link #CountsAtTheMeshClock} one that is wrong at every frequency; {@link #WritesTheSvrTwice} is
 * what the lab check still sees besides the order: a store too many, which moves every tick.
 */
final class PlantedBugs {
    /** The mistake that check {@code i} is there to catch. */
    static final Class<?>[] BY_CHECK = {SpuriousVector255.class, SwapsTheLintPins.class, WritesTheDivisor.class,
        OneShot.class, RoundsTheCount.class, StartsTheTimerFirst.class};

    private PlantedBugs() {
    }

    /** SVR 0x1FF: enabled, but spurious interrupts would come on vector 255, which has no gate. */
    public static final class SpuriousVector255 extends SolvedApicTimer {
        @Override
        int svr() {
            return 0x1FF;
        }
    }

    /** LINT0 on 125 and LINT1 on 124: the SCC's INTR bit would reach the NMI's handler. */
    public static final class SwapsTheLintPins extends SolvedApicTimer {
        @Override
        int lint0() {
            return 125;
        }

        @Override
        int lint1() {
            return 124;
        }
    }

    /** Divide configuration 1, the divider itself, which encodes "divide by 4". */
    public static final class WritesTheDivisor extends SolvedApicTimer {
        @Override
        int divide() {
            return 1;
        }
    }

    /** Bit 17 clear: the timer fires once and stops. */
    public static final class OneShot extends SolvedApicTimer {
        @Override
        int timerLvt() {
            return 123;
        }
    }

    /** Rounded to the nearest count, as eduOS's PIT LATCH does: the same at 100 and 250 Hz, one more at 60. */
    public static final class RoundsTheCount extends SolvedApicTimer {
        @Override
        int count(int timerFreq) {
            return (int) ((CORE_HZ + timerFreq / 2) / timerFreq);
        }
    }

    /** The initial count first: the timer starts dividing by 2 (the reset divider), before it is set up. */
    public static final class StartsTheTimerFirst extends SolvedApicTimer {
        @Override
        void timer(Operations ops, int timerFreq) {
            ops.write32(APIC + 0x380, count(timerFreq));
            ops.write32(APIC + 0x3E0, divide());
            ops.write32(APIC + 0x320, timerLvt());
        }
    }

    /** Bit 16 set: the timer counts, but its interrupts never come. */
    public static final class MasksTheTimer extends SolvedApicTimer {
        @Override
        int timerLvt() {
            return 1 << 16 | 1 << 17 | 123;
        }
    }

    /** Divide by 16, and the count as if the timer counted core clocks: ticks 16 times too far apart. */
    public static final class ForgetsTheDivider extends SolvedApicTimer {
        @Override
        int divide() {
            return 0b0011;
        }
    }

    /** The count at the mesh's 1.6 GHz instead of the core's 533 MHz: every tick three times too far apart. */
    public static final class CountsAtTheMeshClock extends SolvedApicTimer {
        @Override
        int count(int timerFreq) {
            return (int) (1_600_000_000L / timerFreq);
        }
    }

    /** SVR written twice, first without the enable bit: right in the end, but one store too many before the count. */
    public static final class WritesTheSvrTwice extends SolvedApicTimer {
        @Override
        public void start(Operations ops, int timerFreq) {
            ops.write32(APIC + 0x0F0, 127);
            super.start(ops, timerFreq);
        }
    }
}
