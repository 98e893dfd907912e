package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;
import eduscc.machine.memory.LutEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static eduscc.machine.scc.ConfigRegisters.GCBCFG;
import static eduscc.machine.scc.ConfigRegisters.GCBCFG_DEFAULT;
import static eduscc.machine.scc.ConfigRegisters.GLCFG0;
import static eduscc.machine.scc.ConfigRegisters.GLCFG1;
import static eduscc.machine.scc.ConfigRegisters.LOCK0;
import static eduscc.machine.scc.ConfigRegisters.LOCK1;
import static eduscc.machine.scc.ConfigRegisters.LUT0;
import static eduscc.machine.scc.ConfigRegisters.LUT1;
import static eduscc.machine.scc.ConfigRegisters.MYTILEID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigRegistersTest {

    private static final TileId TILE = new TileId(2, 1);       // cores 16 and 17
    private static final CoreId CORE16 = CoreId.of(TILE, 0);
    private static final CoreId CORE17 = CoreId.of(TILE, 1);
    private static final CoreId REMOTE = new CoreId(47);

    private final RecordingWires wires = new RecordingWires();
    private final ConfigRegisters crb = new ConfigRegisters(TILE, wires);

    @Test
    void lockReadAcquiresOnceAndAnyWriteReleases() {
        assertEquals(1, crb.read32(CORE16, LOCK0), "a free lock reads 1: acquired");
        assertTrue(crb.lockHeld(0));
        assertEquals(0, crb.read32(REMOTE, LOCK0), "a held lock reads 0");
        assertEquals(0, crb.read32(CORE16, LOCK0));
        crb.write32(REMOTE, LOCK0, 0);
        assertFalse(crb.lockHeld(0));
        assertEquals(1, crb.read32(REMOTE, LOCK0));
    }

    @Test
    void eachCoreHasItsOwnLock() {
        assertEquals(1, crb.read32(CORE16, LOCK0));
        assertEquals(1, crb.read32(CORE16, LOCK1));
        assertEquals(0, crb.read32(CORE17, LOCK1));
    }

    @Test
    void gcbcfgStartsAt00A8E2FFWithBothCoresInReset() {
        assertEquals(0x00A8E2FF, crb.read32(CORE16, GCBCFG));
        assertTrue(crb.inReset(0));
        assertTrue(crb.inReset(1));
        assertEquals(533, crb.tileFrequency().mhz());
        assertEquals(List.of(), wires.calls, "construction drives no wires");
    }

    @Test
    void clearingResc1AndResl21ReleasesCore1Only() {
        wires.time = 900;
        crb.write32(REMOTE, GCBCFG, GCBCFG_DEFAULT & ~((1 << 1) | (1 << 3)));
        assertEquals(List.of("core 17 released @900"), wires.calls);
        assertTrue(crb.inReset(0));
        assertFalse(crb.inReset(1));
    }

    @Test
    void aCoreRunsOnlyWhenBothItsCoreAndL2ResetBitsAreClear() {
        crb.write32(REMOTE, GCBCFG, GCBCFG_DEFAULT & ~1);
        assertEquals(List.of(), wires.calls, "RESL20 still holds core 16");
        crb.write32(REMOTE, GCBCFG, GCBCFG_DEFAULT & ~1 & ~4);
        assertEquals(List.of("core 16 released @0"), wires.calls);
        crb.write32(REMOTE, GCBCFG, GCBCFG_DEFAULT & ~4);
        assertEquals(List.of("core 16 released @0", "core 16 held in reset @0"), wires.calls);
    }

    @Test
    void glcfgIntrBitDrivesLint0OfThatRegistersCore() {
        wires.time = 1234;
        crb.write32(REMOTE, GLCFG1, ConfigRegisters.GLCFG_DEFAULT | ConfigRegisters.GLCFG_INTR);
        assertEquals(List.of("core 17 LINT0 high @1234"), wires.calls);
        assertEquals(0xDFA, crb.read32(CORE17, GLCFG1), "reading GLCFG returns the level");
        crb.write32(REMOTE, GLCFG1, 0xDFA);
        assertEquals(1, wires.calls.size(), "rewriting the same level is no edge");
        crb.write32(CORE17, GLCFG1, 0xDF8);
        assertEquals("core 17 LINT0 low @1234", wires.calls.get(1));
    }

    @Test
    void glcfgNmiBitDrivesLint1() {
        crb.write32(CORE16, GLCFG0, 0xDF9);
        assertEquals(List.of("core 16 LINT1 high @0"), wires.calls);
    }

    @Test
    void glcfgStatusBitsAreNotWritable() {
        crb.write32(CORE16, GLCFG0, 0xFFFF_FFFC);
        assertEquals(0xFFC, crb.read32(CORE16, GLCFG0));
    }

    @Test
    void myTileIdReportsThisTileAndTheRequestersSubId() {
        assertEquals(CORE16.myTileId(), crb.read32(CORE16, MYTILEID));
        assertEquals(CORE17.myTileId(), crb.read32(CORE17, MYTILEID));
        assertEquals((1 << 7) | (2 << 3) | 1, crb.read32(REMOTE, MYTILEID), "remote core 47 has z=1");
    }

    @Test
    void lutEntriesAreReadableAndWritableAtEightByteStride() {
        LutEntry e = new LutEntry(0x1EC, SubDestination.PERIE, new TileId(5, 0), false);
        crb.write32(REMOTE, LUT1 + 8 * 0x29, e.encode());
        assertEquals(e, crb.lut(1, 0x29));
        assertEquals(e.encode(), crb.read32(CORE17, LUT1 + 8 * 0x29));
        assertEquals(0, crb.read32(CORE17, LUT1 + 8 * 0x29 + 4), "the upper word reads 0");
        assertEquals(crb.lut(0, 0xF8).encode(), crb.read32(CORE16, LUT0 + 8 * 0xF8));
        assertEquals(0, crb.read32(CORE16, LUT0 + 8 * 0x29), "unmapped entries read 0");
    }

    @Test
    void writingReservedLutBitsIsABusErrorNamingTheValue() {
        BusError e = assertThrows(BusError.class, () -> crb.write32(CORE16, LUT0, 0x0040_0000));
        assertTrue(e.getMessage().contains("0x00400000"), e.getMessage());
        assertEquals(CORE16, e.core());
    }

    @Test
    void undefinedOffsetsAreBusErrors() {
        BusError e = assertThrows(BusError.class, () -> crb.read32(CORE16, 0x030));
        assertTrue(e.getMessage().contains("core 16"), e.getMessage());
        assertTrue(e.getMessage().contains("0x030"), e.getMessage());
        assertThrows(BusError.class, () -> crb.write32(CORE16, 0x1800, 0));
        assertThrows(BusError.class, () -> crb.read32(CORE16, 0x802));
    }

    @Test
    void resetPutsReleasedCoresBackAndDropsRaisedPins() {
        crb.write32(CORE16, GCBCFG, 0x00A8E2F0);
        crb.write32(CORE16, GLCFG0, 0xDFA);
        crb.read32(CORE16, LOCK1);
        crb.setLut(0, 0x00, null);
        wires.calls.clear();
        crb.reset();
        assertEquals(List.of("core 16 held in reset @0", "core 17 held in reset @0", "core 16 LINT0 low @0"),
                wires.calls);
        assertEquals(GCBCFG_DEFAULT, crb.gcbcfg());
        assertEquals(ConfigRegisters.GLCFG_DEFAULT, crb.glcfg(0));
        assertFalse(crb.lockHeld(1));
        assertEquals(10 * 41, crb.lut(0, 0x00).addressBits(), "core 16 is MC0's 11th core");
    }
}
