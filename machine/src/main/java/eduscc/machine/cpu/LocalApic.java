package eduscc.machine.cpu;

/**
 * The P54C's local APIC as the kernel uses it (SDM Vol. 3A ch. 10 "Advanced Programmable
 * Interrupt Controller"): memory-mapped registers at 0xFEE00000, a timer with one-shot and
 * periodic modes, and the two local interrupt pins LINT0 and LINT1. On the SCC those pins are
 * driven by the INTR and NMI bits of the core's GLCFG register (facts A.6).
 *
 * <p>Modelling choices: the timer counts core clocks through the divide register (the facts give
 * no separate bus clock on the SCC); LINT inputs are taken on their rising edge. After reset the
 * APIC is enabled in hardware (GLCFG's APIC enable bits default to set) but disabled in software:
 * until the kernel sets SVR bit 8, every local vector behaves as masked (SDM §10.4.7.2), so
 * neither the timer nor the LINT pins raise anything.
 *
 * <p>The core asks {@link #highestDeliverable()} at every instruction boundary. The hardware's
 * priority logic answers at once; the model keeps a count of the IRR bits that are set, so a
 * boundary with nothing pending, by far the common case, does not scan the 256-bit IRR.
 */
public final class LocalApic {
    public static final int BASE = 0xFEE00000;
    public static final int SIZE = 0x1000;

    public static final int ID = 0x020;
    public static final int VERSION = 0x030;
    public static final int TPR = 0x080;
    public static final int EOI = 0x0B0;
    public static final int SVR = 0x0F0;
    public static final int ISR = 0x100;
    public static final int IRR = 0x200;
    public static final int ESR = 0x280;
    public static final int LVT_TIMER = 0x320;
    public static final int LVT_LINT0 = 0x350;
    public static final int LVT_LINT1 = 0x360;
    public static final int LVT_ERROR = 0x370;
    public static final int TIMER_INITIAL = 0x380;
    public static final int TIMER_CURRENT = 0x390;
    public static final int TIMER_DIVIDE = 0x3E0;

    public static final int LVT_MASKED = 1 << 16;
    public static final int LVT_PERIODIC = 1 << 17;
    public static final int SVR_ENABLE = 1 << 8;
    private static final int DELIVERY_NMI = 4;

    private final int apicId;
    // Everything below is the state a reset returns to.
    private final int[] irr = new int[8];
    /** How many IRR bits are set: changed only by {@link #setIrr} and {@link #accept}. */
    private int pendingCount;
    private final int[] isr = new int[8];
    private int tpr;
    private int svr = 0xFF;
    private int lvtTimer = LVT_MASKED;
    private int lvtLint0 = LVT_MASKED;
    private int lvtLint1 = LVT_MASKED;
    private int lvtError = LVT_MASKED;
    private int divideConfig;
    private int initialCount;
    private long timerStartCycle;
    private long timerDeadlineCycle = Long.MAX_VALUE;
    private boolean nmiPending;
    private final boolean[] lintLevel = new boolean[2];

    public LocalApic(int apicId) {
        this.apicId = apicId;
    }

    /** The power-up state (SDM §10.4.7.1): nothing pending, every local vector masked, timer stopped. */
    public void reset() {
        java.util.Arrays.fill(irr, 0);
        pendingCount = 0;
        java.util.Arrays.fill(isr, 0);
        tpr = 0;
        svr = 0xFF;
        lvtTimer = LVT_MASKED;
        lvtLint0 = LVT_MASKED;
        lvtLint1 = LVT_MASKED;
        lvtError = LVT_MASKED;
        divideConfig = 0;
        initialCount = 0;
        timerStartCycle = 0;
        timerDeadlineCycle = Long.MAX_VALUE;
        nmiPending = false;
        lintLevel[0] = false;
        lintLevel[1] = false;
    }

    public boolean enabled() {
        return (svr & SVR_ENABLE) != 0;
    }

    public int read(int offset, long nowCycle) {
        return switch (offset) {
            case ID -> apicId << 24;
            case VERSION -> 0x00030010;
            case TPR -> tpr;
            case SVR -> svr;
            case LVT_TIMER -> lvtTimer;
            case LVT_LINT0 -> lvtLint0;
            case LVT_LINT1 -> lvtLint1;
            case LVT_ERROR -> lvtError;
            case TIMER_INITIAL -> initialCount;
            case TIMER_CURRENT -> currentCount(nowCycle);
            case TIMER_DIVIDE -> divideConfig;
            case ESR -> 0;
            default -> readBitmap(offset);
        };
    }

    public void write(int offset, int value, long nowCycle) {
        switch (offset) {
            case TPR -> tpr = value & 0xFF;
            case EOI -> endOfInterrupt();
            case SVR -> svr = value & 0x3FF;
            case LVT_TIMER -> lvtTimer = value & 0x300FF;
            case LVT_LINT0 -> lvtLint0 = value & 0x1A7FF;
            case LVT_LINT1 -> lvtLint1 = value & 0x1A7FF;
            case LVT_ERROR -> lvtError = value & 0x100FF;
            case TIMER_INITIAL -> startTimer(value, nowCycle);
            case TIMER_DIVIDE -> divideConfig = value & 0xB;
            default -> { }
        }
    }

    /** Divide configuration bits 0, 1 and 3 select 2, 4, ... 128, or 1 for 0b1011 (SDM §10.5.4). */
    public int divisor() {
        int code = (divideConfig & 3) | ((divideConfig >>> 1) & 4);
        return code == 7 ? 1 : 2 << code;
    }

    private void startTimer(int count, long nowCycle) {
        initialCount = count;
        timerStartCycle = nowCycle;
        timerDeadlineCycle = count == 0 ? Long.MAX_VALUE : nowCycle + periodCycles();
    }

    private long periodCycles() {
        return Integer.toUnsignedLong(initialCount) * divisor();
    }

    private int currentCount(long nowCycle) {
        if (timerDeadlineCycle == Long.MAX_VALUE) {
            return 0;
        }
        long remaining = timerDeadlineCycle - nowCycle;
        return (int) Math.max(0, remaining / divisor());
    }

    /** The core cycle at which the timer fires next, or {@code Long.MAX_VALUE}. */
    public long timerDeadline() {
        return timerDeadlineCycle;
    }

    /** True when the timer will raise an interrupt at {@link #timerDeadline()}. */
    public boolean timerArmed() {
        return timerDeadlineCycle != Long.MAX_VALUE && (lvtTimer & LVT_MASKED) == 0 && enabled();
    }

    /** Moves the timer forward to {@code nowCycle}, raising its vector for each expiry passed. */
    public void advanceTimer(long nowCycle) {
        while (nowCycle >= timerDeadlineCycle) {
            if ((lvtTimer & LVT_MASKED) == 0 && enabled()) {
                setIrr(lvtTimer & 0xFF);
            }
            if ((lvtTimer & LVT_PERIODIC) != 0 && initialCount != 0) {
                timerDeadlineCycle += periodCycles();
            } else {
                timerDeadlineCycle = Long.MAX_VALUE;
            }
        }
    }

    /** A LINT pin changed level; a rising edge raises the interrupt its LVT entry names. */
    public void lint(int pin, boolean asserted) {
        boolean rising = asserted && !lintLevel[pin];
        lintLevel[pin] = asserted;
        if (!rising) {
            return;
        }
        if (!enabled()) {
            return;
        }
        int lvt = pin == 0 ? lvtLint0 : lvtLint1;
        if ((lvt & LVT_MASKED) != 0) {
            return;
        }
        if (((lvt >>> 8) & 7) == DELIVERY_NMI) {
            nmiPending = true;
        } else {
            setIrr(lvt & 0xFF);
        }
    }

    public boolean lintLevel(int pin) {
        return lintLevel[pin];
    }

    public boolean nmiPending() {
        return nmiPending;
    }

    public void acceptNmi() {
        nmiPending = false;
    }

    /**
     * The highest pending vector whose priority class is above the processor priority (the higher
     * of the TPR and the vector in service, SDM §10.8.3.1), or -1.
     */
    public int highestDeliverable() {
        if (pendingCount == 0) {
            return -1;
        }
        int pending = highest(irr);
        if (pending < 0) {
            return -1;
        }
        int inService = highest(isr);
        int processorPriority = Math.max(tpr & 0xF0, inService < 0 ? 0 : inService & 0xF0);
        return (pending & 0xF0) > processorPriority ? pending : -1;
    }

    /** The core takes the vector: it moves from IRR to ISR until the handler writes EOI. */
    public void accept(int vector) {
        if (isPending(vector)) {
            irr[vector >>> 5] &= ~(1 << (vector & 31));
            pendingCount--;
        }
        isr[vector >>> 5] |= 1 << (vector & 31);
    }

    /** Raises {@code vector}; one already pending stays one request (the IRR holds a bit, not a count). */
    public void setIrr(int vector) {
        if (vector >= 16 && !isPending(vector)) {
            irr[vector >>> 5] |= 1 << (vector & 31);
            pendingCount++;
        }
    }

    /** How many vectors are pending in the IRR. */
    public int pendingCount() {
        return pendingCount;
    }

    public boolean isPending(int vector) {
        return (irr[vector >>> 5] & (1 << (vector & 31))) != 0;
    }

    private void endOfInterrupt() {
        int top = highest(isr);
        if (top >= 0) {
            isr[top >>> 5] &= ~(1 << (top & 31));
        }
    }

    private int readBitmap(int offset) {
        if (offset >= ISR && offset < ISR + 0x80) {
            return isr[(offset - ISR) >>> 4];
        }
        if (offset >= IRR && offset < IRR + 0x80) {
            return irr[(offset - IRR) >>> 4];
        }
        return 0;
    }

    private static int highest(int[] bits) {
        for (int i = bits.length - 1; i >= 0; i--) {
            if (bits[i] != 0) {
                return i * 32 + 31 - Integer.numberOfLeadingZeros(bits[i]);
            }
        }
        return -1;
    }
}
