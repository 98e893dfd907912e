package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.TileId;
import eduscc.machine.memory.SystemAddress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route cached per LUT entry must answer exactly what classifying every access answered. */
class LutRouteTest {

    private static final CoreId CORE0 = new CoreId(0);
    private static final TileId TILE00 = new TileId(0, 0);
    /** LUT0 entry n of tile (0,0)'s CRB, as core 0 reaches it (facts A.6). */
    private static final int LUT0_ENTRY_0 = 0xF8000800;
    /** Physical addresses in core 0's private DRAM, shared DRAM, an MPB, the CRB and the FPGA. */
    private static final int[] EVERY_KIND = {0x00000100, 0x28FFFF00, 0x83000040, 0xC6001000, 0xD8000020,
        0xF8000080, 0xF9008224, 0xFA000000};

    private final Interconnect chip = new Interconnect(new RecordingWires());

    @Test
    void cachedCostsEqualTheCostModelForEveryTargetAndEveryDwordOfALine() {
        for (int base : EVERY_KIND) {
            for (int dword = 0; dword < AccessCost.DWORDS_PER_LINE; dword++) {
                int physical = base + 4 * dword;
                SystemAddress a = chip.translate(CORE0, physical);
                Target target = Target.of(CORE0, a);
                for (Access kind : Access.values()) {
                    assertEquals(AccessCost.cycles(CORE0, physical, a, target, kind),
                        chip.accessCycles(CORE0, physical, kind),
                        String.format("%s of 0x%08x (%s)", kind, physical, target));
                }
                assertEquals(target, chip.target(CORE0, physical), String.format("target of 0x%08x", physical));
            }
        }
    }

    @Test
    void aLutWriteThroughTheCrbReclassifiesTheEntryAtOnce() {
        chip.write(CORE0, 0x00000100, 4, 0x1111);
        assertEquals(Target.PRIVATE_DRAM, chip.target(CORE0, 0x00000100));
        int sharedSlot = chip.crb(TILE00).lut(0, 0x83).encode();

        chip.write(CORE0, LUT0_ENTRY_0, 4, sharedSlot);

        assertEquals(Target.SHARED_DRAM, chip.target(CORE0, 0x00000100));
        assertTrue(chip.isShared(CORE0, 0x00000100), "entry 0 now leads to shared DRAM");
        chip.write(new CoreId(47), 0x83000100, 4, 0x2222);
        assertEquals(0x2222, chip.read(CORE0, 0x00000100, 4), "entry 0 aliases shared slot 0x83");
        assertEquals(chip.accessCycles(CORE0, 0x83000104, Access.WRITE),
            chip.accessCycles(CORE0, 0x00000104, Access.WRITE), "costs follow the new entry");
    }

    @Test
    void unmappingAnEntryMakesItABusErrorAndAResetMapsItBack() {
        chip.write(CORE0, 0x00000100, 4, 0x1111);
        chip.write(CORE0, LUT0_ENTRY_0, 4, 0);
        assertEquals(Target.UNMODELLED, chip.target(CORE0, 0x00000100));
        assertFalse(chip.isShared(CORE0, 0x00000100));
        assertEquals(0, chip.accessCycles(CORE0, 0x00000100, Access.READ));
        assertThrows(BusError.class, () -> chip.read(CORE0, 0x00000100, 4));

        chip.resetAll();

        assertEquals(Target.PRIVATE_DRAM, chip.target(CORE0, 0x00000100));
        assertEquals(0x1111, chip.read(CORE0, 0x00000100, 4), "DRAM survives the reset");
    }
}
