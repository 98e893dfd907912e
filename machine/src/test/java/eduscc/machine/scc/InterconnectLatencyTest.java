package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.TileId;
import org.junit.jupiter.api.Test;

import static eduscc.machine.scc.Access.READ;
import static eduscc.machine.scc.Access.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InterconnectLatencyTest {

    private static final CoreId CORE0 = new CoreId(0);  // tile (0,0)
    private static final CoreId CORE46 = new CoreId(46); // tile (5,3)
    private static final CoreId CORE17 = new CoreId(17); // tile (2,1)

    private final Interconnect chip = new Interconnect(new RecordingWires());

    private static int mpbOf(int x, int y) {
        return 0xC0000000 + (6 * y + x) * 0x0100_0000;
    }

    @Test
    void readingTheFarthestMpbFromTile00Costs102AndTheOwnMpb20() {
        assertEquals(102, chip.accessCycles(CORE0, mpbOf(5, 3), READ));
        assertEquals(20, chip.accessCycles(CORE0, 0xD8000000, READ));
        assertEquals(20, chip.accessCycles(CORE0, mpbOf(0, 0) + 0x2000, READ));
    }

    @Test
    void mpbCostsDependOnTheRelativeOffsetFromAnyTile() {
        assertEquals(102, chip.accessCycles(CORE46, mpbOf(0, 0), READ));
        assertEquals(20, chip.accessCycles(CORE46, 0xD8000000, READ));
        assertEquals(69, chip.accessCycles(CORE17, mpbOf(3, 2), READ), "one column and one row away");
        assertEquals(72, chip.accessCycles(CORE17, mpbOf(5, 1), READ), "three columns away");
    }

    @Test
    void sharedDramReadsCostTheMeasuredValuePerController() {
        assertEquals(97, chip.accessCycles(CORE0, 0x80000000, READ));
        assertEquals(121, chip.accessCycles(CORE0, 0x81000000, READ));
        assertEquals(105, chip.accessCycles(CORE0, 0x82000000, READ));
        assertEquals(134, chip.accessCycles(CORE0, 0x83000000, READ));
        assertEquals(101, chip.accessCycles(CORE46, 0x83000000, READ),
                "MC3 at (5,2) is one hop from (5,3): halfway between the 0- and 2-hop figures");
    }

    @Test
    void ownPrivateMemoryUncachedCostsTheDramLatencyToItsController() {
        // What a cache miss to private memory becomes (the caches decide whether it gets here):
        // core 0 reads from MC0 on its own tile, measured 97 [BF-TN]; core 46 on (5,3) writes
        // to MC3 on (5,2), one hop: the line write 811 (779 and 843 interpolated), DWORD 4's share.
        assertEquals(97, chip.accessCycles(CORE0, 0x00001000, READ));
        assertEquals(811, eduscc.machine.cost.MeshLatency.dramLineWrite(1));
        assertEquals(5 * 811 / 8 - 4 * 811 / 8, chip.accessCycles(CORE46, 0xFFFFFFF0, WRITE));
    }

    @Test
    void writingAWholeLineCostsTheMeasuredLineWrite() {
        assertEquals(119, lineWriteCost(CORE0, mpbOf(5, 3)));
        assertEquals(39, lineWriteCost(CORE0, 0xD8000000));
        assertEquals(1069, lineWriteCost(CORE0, 0x83000020));
    }

    private int lineWriteCost(CoreId core, int lineAddress) {
        int sum = 0;
        for (int dword = 0; dword < 8; dword++) {
            sum += chip.accessCycles(core, lineAddress + 4 * dword, WRITE);
        }
        return sum;
    }

    @Test
    void registerAccessesAreChargedByTheDocumentedApproximations() {
        assertEquals(102, chip.accessCycles(CORE0, 0xF7000010, READ), "CRB of (5,3) like its MPB");
        assertEquals(20, chip.accessCycles(CORE0, 0xF8000200, WRITE));
        assertEquals(110, chip.accessCycles(CORE0, 0xF9008224, READ), "SIF (3,0) is 3 hops from (0,0)");
        assertEquals(97, chip.accessCycles(new CoreId(6), 0xF9008224, READ), "core 6 sits on the SIF tile");
        assertEquals(0, chip.accessCycles(CORE0, 0x29000000, READ), "unmapped: the access will fail");
        assertEquals(new TileId(3, 0), new CoreId(6).tile());
    }
}
