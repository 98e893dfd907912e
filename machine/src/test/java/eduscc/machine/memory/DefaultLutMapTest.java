package eduscc.machine.memory;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DefaultLutMapTest {

    private static final CoreId CORE0 = new CoreId(0);
    private static final CoreId CORE47 = new CoreId(47);

    @Test
    void ownCrbAndMpbEntriesPointAtTheCoresTile() {
        for (CoreId core : new CoreId[] {CORE0, CORE47}) {
            LutEntry[] lut = DefaultLutMap.forCore(core);
            assertEquals(new LutEntry(0, SubDestination.CRB, core.tile(), false), lut[0xF8], core.toString());
            assertEquals(new LutEntry(0, SubDestination.MPB, core.tile(), false), lut[0xD8], core.toString());
        }
        assertEquals(new TileId(5, 3), DefaultLutMap.forCore(CORE47)[0xF8].tile());
    }

    @Test
    void entriesC0AndE0PlusTNameTheMpbAndCrbOfTileT() {
        LutEntry[] lut = DefaultLutMap.forCore(CORE47);
        for (TileId t : TileId.all()) {
            assertEquals(new LutEntry(0, SubDestination.MPB, t, false), lut[0xC0 + t.index()], "MPB of " + t);
            assertEquals(new LutEntry(0, SubDestination.CRB, t, false), lut[0xE0 + t.index()], "CRB of " + t);
        }
    }

    @Test
    void twoCoresOfOneControllerGetDisjointBlocksOfFortyOneSlots() {
        LutEntry[] core0 = DefaultLutMap.forCore(CORE0);
        LutEntry[] core1 = DefaultLutMap.forCore(new CoreId(1));
        for (int i = 0; i <= 0x28; i++) {
            assertEquals(MemoryController.MC0.tile(), core0[i].tile());
            assertEquals(SubDestination.PERIW, core0[i].subdest());
            assertEquals(i, core0[i].addressBits());
            assertEquals(41 + i, core1[i].addressBits());
            assertNotEquals(core0[i], core1[i]);
        }
        LutEntry[] core47 = DefaultLutMap.forCore(CORE47);
        assertEquals(new LutEntry(11 * 41, SubDestination.PERIE, new TileId(5, 2), false), core47[0]);
    }

    @Test
    void entryFfAliasesTheLastPrivateSlot() {
        for (CoreId core : CoreId.all()) {
            LutEntry[] lut = DefaultLutMap.forCore(core);
            assertEquals(lut[0x28], lut[0xFF], core.toString());
        }
    }

    @Test
    void sharedEntriesNameOneSlotPerControllerAboveThePrivateBlocks() {
        for (CoreId core : new CoreId[] {CORE0, CORE47}) {
            LutEntry[] lut = DefaultLutMap.forCore(core);
            for (MemoryController mc : MemoryController.values()) {
                assertEquals(new LutEntry(0x1EC, mc.port(), mc.tile(), false), lut[0x80 + mc.ordinal()]);
            }
        }
        assertEquals(12 * 41, DefaultLutMap.SHARED_SLOT);
    }

    @Test
    void fpgaEntryGoesToTheSystemInterfaceSouthPort() {
        LutEntry f9 = DefaultLutMap.forCore(CORE0)[0xF9];
        assertEquals(new TileId(3, 0), f9.tile());
        assertEquals(SubDestination.PERIS, f9.subdest());
        for (int sif : new int[] {0xFA, 0xFB, 0xFC}) {
            assertEquals(new TileId(3, 0), DefaultLutMap.forCore(CORE47)[sif].tile());
        }
    }

    @Test
    void unusedEntriesAreUnmapped() {
        LutEntry[] lut = DefaultLutMap.forCore(CORE0);
        for (int i : new int[] {0x29, 0x7F, 0x84, 0xBF, 0xD9, 0xDF, 0xFD, 0xFE}) {
            assertNull(lut[i], String.format("entry 0x%02x", i));
        }
    }

    @Test
    void addressHelpersMatchTheIntelMacros() {
        assertEquals(0xD7002000, DefaultLutMap.mpbAddress(new TileId(5, 3), 1));
        assertEquals(0xC0000000, DefaultLutMap.mpbAddress(new TileId(0, 0), 0));
        assertEquals(0xE7000000, DefaultLutMap.crbAddress(new TileId(1, 1)));
        assertEquals(0x83000000, DefaultLutMap.sharedAddress(MemoryController.MC3));
        assertEquals(0xF9000000, DefaultLutMap.fpgaAddress());
    }
}
