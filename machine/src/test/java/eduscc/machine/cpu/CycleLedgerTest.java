package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cycle ledger books every charged clock to one part of the path: by a kernel mark, by the
 * code range of the instruction's address, or to task code; memory latency in the stall column.
 */
class CycleLedgerTest {
    private final ProtectedModeFixture f = new ProtectedModeFixture();
    private final CycleLedger ledger = f.core.ledger();
    private final Operations ops = f.core.ops();

    private long cycles(String component) {
        return ledger.totals()[2 * ledger.component(component)];
    }

    private long stalls(String component) {
        return ledger.totals()[2 * ledger.component(component) + 1];
    }

    @Test
    void unmappedCodeIsTaskCodeAndTheTotalsAddUpToTheCycleCounter() {
        ops.work(5);
        ops.read32(0x8000);
        assertEquals(6, cycles(CycleLedger.TASK_CODE), "work 5 and one MOV");
        long sum = 0;
        long[] totals = ledger.totals();
        for (int i = 0; i < totals.length; i += 2) {
            sum += totals[i];
        }
        assertEquals(f.core.cycles(), sum);
    }

    @Test
    void codeRangesAndMarksDecideThePart() {
        ledger.mapCode(0x100000, 0x100010, "entry stub");
        ops.work(3);
        ledger.during("scheduler", () -> ops.work(4));
        ops.work(1);
        assertEquals(4, cycles("entry stub"), "the Java code stands at 0x100000, inside the range");
        assertEquals(4, cycles("scheduler"), "the mark wins over the range while its body runs");
        assertEquals(0, cycles(CycleLedger.TASK_CODE));
        assertEquals(List.of(CycleLedger.TASK_CODE, "entry stub", "scheduler"), ledger.components());
    }

    /** Addresses below, inside, between and above two ranges, and at the top of the 32-bit space. */
    @Test
    void everyAddressFindsItsRangeOrTheTaskCodeAroundIt() {
        ledger.mapCode(0x100020, 0x100030, "b");
        ledger.mapCode(0x100000, 0x100010, "a");
        int[] addresses = {0x000FFFFF, 0x00100000, 0x0010000F, 0x00100010, 0x0010001F, 0x00100020, 0x0010002F,
            0x00100030, 0x80000000, 0xFFFFFFFF, 0x00100000};
        String[] parts = {CycleLedger.TASK_CODE, "a", "a", CycleLedger.TASK_CODE, CycleLedger.TASK_CODE, "b", "b",
            CycleLedger.TASK_CODE, CycleLedger.TASK_CODE, CycleLedger.TASK_CODE, "a"};
        for (int i = 0; i < addresses.length; i++) {
            long before = cycles(parts[i]);
            ledger.beginInstruction(addresses[i]);
            ledger.instruction(1, 0);
            assertEquals(before + 1, cycles(parts[i]), String.format("0x%08X", addresses[i]));
        }
    }

    @Test
    void aMarkOnlyCoversTheAddressItWasMadeAt() {
        ledger.during("EOI", () -> {
            f.regs.eip = 0x200000;
            ops.work(2);
            f.regs.eip = 0x100000;
        });
        assertEquals(2, cycles(CycleLedger.TASK_CODE), "code elsewhere (an interrupt's stub) is not the marked part");
        assertEquals(0, cycles("EOI"));
    }

    @Test
    void latencyAddedThroughStallIsBookedAsMemoryStall() {
        // The door a cache or TLB model's miss charge goes through.
        f.core.memory().stall(40);
        ops.read32(0x8000);
        assertEquals(41, f.core.cycles(), "MOV 1 + 40 stall");
        assertEquals(41, cycles(CycleLedger.TASK_CODE));
        assertEquals(40, stalls(CycleLedger.TASK_CODE));
    }

    @Test
    void overlappingRangesAreRefusedAndTheSameRangeTwiceIsNoChange() {
        ledger.mapCode(0x1000, 0x2000, "switch");
        ledger.mapCode(0x1000, 0x2000, "switch");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.mapCode(0x1800, 0x2800, "IRET"));
        assertEquals("cycle ledger: code 0x00001800..0x00002800 for 'IRET' overlaps the range of 'switch'", e.getMessage());
    }

    @Test
    void resetClearsTheTotalsAndFlushesAreCounted() {
        ops.work(7);
        f.core.flushCachesAndTlbs();
        f.core.flushCachesAndTlbs();
        f.core.releaseFromReset(0);
        assertArrayEquals(new long[2 * CycleLedger.CAPACITY], ledger.totals());
        assertEquals(2, f.core.cacheFlushes());
    }
}
