package eduscc.kernel.sync;

import eduscc.kernel.ipc.MessagingMappings;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEvent;

/**
 * A lock that all 48 cores can share: one of the SCC's test-and-set registers, LOCK0 or LOCK1 in
 * a tile's configuration registers, one per core (facts A.6). RCCE calls it
 * {@code RCCE_acquire_lock(ID)} and {@code RCCE_release_lock(ID)} (facts B.5).
 *
 * <p>The register does the atomic part by itself, which is why the SCC needs it: its cores share
 * no cache and no bus, so a locked XCHG is atomic only on the core's own memory path, never
 * across cores. A <em>read</em> of the register is the test-and-set: it returns 1 and clears
 * the bit when the lock was free (the reader now holds it), and 0 when someone holds it. Any
 * <em>write</em> sets the bit back to 1: released. The register page is mapped uncached
 * ({@link MessagingMappings}), so every look is a packet across the mesh to the owner's tile and
 * back, charged at its hop latency.
 *
 * <pre>
 *   acquire:  while (read LOCK == 0) ;     spin: each read asks the tile again
 *   release:  write LOCK                   the bit is 1 again; the next reader gets it
 * </pre>
 *
 * <p>What the lock does not do: make memory coherent. A core that updates shared data under the
 * lock must still read MPB lines fresh (CL1INVMB before the read) and push its last write out
 * of the write-combine buffer (a store to another MPB line) before it releases; otherwise the
 * next holder reads the old value although the lock worked.
 *
 * <p>Like RCCE's, the lock leaves interrupts on: a task preempted while it holds the lock keeps
 * it, and every other taker spins until that task runs again. The trace records the lock changing
 * hands ({@link TraceEvent.SpinlockChange}, e.g. {@code "LOCK 17"}), not every look while spinning.
 */
public final class TestAndSetLock {
    /** Bit 0 of the register: 1 read back means "acquired" (facts A.6). */
    private static final int ACQUIRED = 1;
    private final Core core;
    private final Operations ops;
    private final int owner;
    private final int register;

    /**
     * The LOCK register of core {@code owner} (0..47), as this core's kernel reaches it; the
     * kernel must have mapped the registers ({@link MessagingMappings#map}).
     */
    public TestAndSetLock(Core core, int owner) {
        if (owner < 0 || owner >= CoreId.COUNT) {
            throw new IllegalArgumentException("core " + core.pid() + ": no LOCK register of core " + owner
                + "; the SCC has one per core, 0.." + (CoreId.COUNT - 1));
        }
        this.core = core;
        this.ops = core.ops();
        this.owner = owner;
        this.register = MessagingMappings.lockRegister(owner);
    }

    /** RCCE_acquire_lock: reads the register until a read returns "acquired". */
    public void acquire() {
        while (!tryAcquire()) {
            // spin: each look is an uncached read across the mesh, as on the chip
        }
    }

    /** One test-and-set: true if this read took the lock (then the trace says so), false if it is held. */
    public boolean tryAcquire() {
        if ((ops.read32(register) & ACQUIRED) == 0) {
            return false;
        }
        core.trace(new TraceEvent.SpinlockChange(name(), true));
        return true;
    }

    /** RCCE_release_lock: one write, whatever its value, frees the lock. */
    public void release() {
        ops.write32(register, 0);
        core.trace(new TraceEvent.SpinlockChange(name(), false));
    }

    /** The name in the trace and the debugger, e.g. "LOCK 17". */
    public String name() {
        return "LOCK " + owner;
    }

    /** The core whose register this is. */
    public int owner() {
        return owner;
    }

    /** The register's address in the kernel's lock window. */
    public int register() {
        return register;
    }
}
