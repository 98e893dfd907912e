package eduscc.kernel.sched;

import eduscc.machine.trace.TraceEvent;
import java.util.function.Consumer;

/**
 * eduOS's {@code spinlock_irqsave_t} around the ready queues: interrupts off first (PUSHF, CLI,
 * remembering IF), then the lock word taken with a locked exchange, and on release the word
 * cleared with a plain store and IF given back (STI only if it was on).
 *
 * <p>On the SCC the locked exchange is the expensive part: XCHG with memory costs 35 cycles,
 * measured [BF], against 3 in the P5 table. eduOS builds its spinlock as a ticket lock on
 * {@code lock xadd}, whose SCC cost was not measured; the kit takes the word with XCHG, the
 * locked primitive with a measured cost. Each core's kernel owns its own ready queues, so the lock
 * is never contended: the exchange finds it free on the first try, and the cost is that one XCHG.
 *
 * <p>Because interrupts are off while it is held, the lock can only be found taken if the same
 * code takes it twice (eduOS's irqsave lock counts such nesting; the kit's kernel never nests
 * it). On one core that would spin forever, so it panics instead and says so.
 */
public final class IrqSaveSpinlock {
    private final KernelData data;
    private final int address;
    private final String name;
    private final String owner;
    private final Consumer<TraceEvent> trace;

    /**
     * @param address where the lock word lives (0 = free, 1 = held)
     * @param name    for the trace and the panic, e.g. {@code "readyqueues.lock"}
     * @param owner   whose lock, for the panic, e.g. {@code "core 3"}
     * @param trace   where acquire and release are recorded (the core's trace)
     */
    public IrqSaveSpinlock(KernelData data, int address, String name, String owner, Consumer<TraceEvent> trace) {
        this.data = data;
        this.address = address;
        this.name = name;
        this.owner = owner;
        this.trace = trace;
    }

    /**
     * eduOS {@code spinlock_irqsave_lock}: interrupts off, then the lock.
     *
     * @return the EFLAGS from before, to hand back to {@link #unlock}
     * @throws KernelPanic if the lock is already held: with interrupts off nobody could release it
     */
    public int lock() {
        int flags = data.irqNestedDisable();
        if (data.xchg32(address, 1) != 0) {
            throw new KernelPanic(owner + ": " + name + " at " + String.format("0x%08X", address) + " is taken again by the code that holds it; with interrupts off this"
                + " core would spin forever");
        }
        trace.accept(new TraceEvent.SpinlockChange(name, true));
        return flags;
    }

    /** eduOS {@code spinlock_irqsave_unlock}: the word cleared by one store, then IF as it was. */
    public void unlock(int flags) {
        data.store32(address, 0);
        trace.accept(new TraceEvent.SpinlockChange(name, false));
        data.irqNestedEnable(flags);
    }

    /** Whether the lock is held, read as the debugger reads it. */
    public boolean isHeld() {
        return data.probe32(address) != 0;
    }

    public int address() {
        return address;
    }
}
