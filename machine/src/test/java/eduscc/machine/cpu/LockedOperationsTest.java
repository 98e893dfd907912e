package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cost.InstructionCosts;
import org.junit.jupiter.api.Test;

/**
 * XCHG with memory and LOCK CMPXCHG: the read-modify-write spinlocks are made of, charged at the
 * cost measured on the SCC (35 and 39 cycles [BF]), and the free probe of private memory.
 */
class LockedOperationsTest {
    private static final int WORD = 0x5000;
    private final ProtectedModeFixture f = new ProtectedModeFixture();
    private final Operations ops = f.core.ops();

    @Test
    void xchgStoresTheNewWordReturnsTheOldOneAndCosts35() {
        f.memory.write(WORD, 4, 0);
        long before = f.core.cycles();
        assertEquals(0, ops.xchg32(WORD, 1), "the lock was free");
        assertEquals(1, ops.xchg32(WORD, 1), "now it is held");
        assertEquals(1, f.memory.read(WORD, 4));
        assertEquals(2 * 35, f.core.cycles() - before);
        assertEquals(35, InstructionCosts.XCHG_MEM);
    }

    @Test
    void lockCmpxchgWritesOnlyWhenTheWordIsTheExpectedOneAndCosts39EitherWay() {
        f.memory.write(WORD, 4, 7);
        long before = f.core.cycles();
        assertEquals(7, ops.lockCmpxchg32(WORD, 7, 9), "matched: 9 stored, 7 returned");
        assertEquals(9, f.memory.read(WORD, 4));
        assertEquals(9, ops.lockCmpxchg32(WORD, 7, 11), "no match: nothing stored, the word returned");
        assertEquals(9, f.memory.read(WORD, 4));
        assertEquals(2 * 39, f.core.cycles() - before);
    }

    @Test
    void aProbeReadsPrivateMemoryWithoutTime() {
        f.memory.write(WORD, 4, 0x12345678);
        long before = f.core.cycles();
        assertEquals(0x12345678, f.core.probePrivate(WORD, 4));
        assertEquals(0x78, f.core.probePrivate(WORD, 1));
        assertEquals(before, f.core.cycles());
    }
}
