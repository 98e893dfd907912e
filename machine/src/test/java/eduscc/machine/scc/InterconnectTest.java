package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.memory.SystemAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterconnectTest {

    private static final CoreId CORE0 = new CoreId(0);
    private static final CoreId CORE1 = new CoreId(1);
    private static final CoreId CORE5 = new CoreId(5);
    private static final CoreId CORE47 = new CoreId(47);

    private final RecordingWires wires = new RecordingWires();
    private final Interconnect chip = new Interconnect(wires);

    @Test
    void twoCoresOfOneTileHaveSeparatePrivateMemoryAtTheSamePhysicalAddress() {
        chip.write(CORE0, 0x1000, 4, 0xAAAA0000);
        chip.write(CORE1, 0x1000, 4, 0xBBBB1111);
        assertEquals(0xAAAA0000, chip.read(CORE0, 0x1000, 4));
        assertEquals(0xBBBB1111, chip.read(CORE1, 0x1000, 4));
        assertEquals(0xAAAA0000, chip.dram(MemoryController.MC0).read32(0x1000));
        assertEquals(0xBBBB1111, chip.dram(MemoryController.MC0).read32((41L << 24) | 0x1000));
    }

    @Test
    void resetVectorPageIsTheSameMemoryAsTheTopOfSlot40() {
        chip.write(CORE5, 0xFFFFFFF0, 1, 0xEA);
        assertEquals(0xEA, chip.read(CORE5, 0x28FFFFF0, 1));
    }

    @Test
    void sharedDramIsTheSameForEveryCore() {
        chip.write(CORE0, 0x83000010, 2, 0x1234);
        assertEquals(0x1234, chip.read(CORE47, 0x83000010, 2));
        assertEquals(0x1234, chip.dram(MemoryController.MC3).read16((0x1ECL << 24) | 0x10));
    }

    @Test
    void mpbOfAnyTileIsReachableByNumberAndAsOwnMpb() {
        chip.write(CORE0, 0xD7000010, 4, 0xC0FFEE);
        assertEquals(0xC0FFEE, chip.read(CORE47, 0xD8000010, 4), "core 47's own MPB is tile (5,3)'s");
        assertEquals(0xC0FFEE, chip.mpbRead32(new TileId(5, 3), 0x10));
        assertEquals(0xEE, chip.mpbRead8(new TileId(5, 3), 0x10));
        chip.mpbWrite8(new TileId(0, 0), 0x3FFF, 0x5A);
        assertEquals(0x5A, chip.read(CORE1, 0xD8003FFF, 1));
    }

    @Test
    void accessBeyondThe16KbOfAnMpbIsABusError() {
        BusError e = assertThrows(BusError.class, () -> chip.read(CORE0, 0xC0004000, 4));
        assertTrue(e.getMessage().contains("16 KB"), e.getMessage());
        assertThrows(BusError.class, () -> chip.read(CORE0, 0xC0003FFE, 4));
    }

    @Test
    void writingAnotherTilesGlcfgThroughItsCrbRaisesThatCoresLint0() {
        wires.time = 42;
        chip.write(CORE0, 0xE8000018, 4, 0xDFA); // CRB of tile (2,1), GLCFG1: core 17
        assertEquals(List.of("core 17 LINT0 high @42"), wires.calls);
        assertEquals(0xDFA, chip.read(CORE0, 0xE8000018, 4));
    }

    @Test
    void myTileIdThroughOwnCrbTellsEachCoreWhereItIs() {
        for (CoreId core : List.of(CORE0, CORE5, CORE47)) {
            assertEquals(core.myTileId(), chip.read(core, 0xF8000100, 4), core.toString());
        }
    }

    @Test
    void releasingACoreThroughGcbcfgDrivesItsResetLine() {
        chip.write(CORE0, 0xE0000080, 4, 0x00A8E2FF & ~0b1010); // tile (0,0): release core 1
        assertEquals(List.of("core 1 released @0"), wires.calls);
    }

    @Test
    void writingALutEntryThroughTheCrbChangesTranslationAtOnce() {
        assertThrows(BusError.class, () -> chip.translate(CORE0, 0x29000000));
        LutEntry sharedMc1 = new LutEntry(0x1EC, SubDestination.PERIE, new TileId(5, 0), false);
        chip.write(CORE0, 0xF8000800 + 8 * 0x29, 4, sharedMc1.encode());
        assertEquals(sharedMc1, chip.crb(new TileId(0, 0)).lut(0, 0x29));
        chip.write(CORE0, 0x29000100, 4, 77);
        assertEquals(77, chip.read(CORE1, 0x81000100, 4), "0x29 now aliases the MC1 shared slot");
        SystemAddress a = chip.translate(CORE0, 0x29000100);
        assertEquals(SubDestination.PERIE, a.subdest());
        assertEquals((0x1ECL << 24) | 0x100, a.address());
    }

    @Test
    void unmappedLutEntryIsABusErrorNamingCoreAndAddress() {
        BusError e = assertThrows(BusError.class, () -> chip.read(CORE5, 0x29000000, 4));
        assertEquals("core 5: physical 0x29000000 → LUT entry 0x29 is not mapped", e.getMessage());
        assertEquals(CORE5, e.core());
        assertEquals(0x29000000, e.physical().getAsInt());
        assertTrue(e.systemAddress().isEmpty());
    }

    @Test
    void unmodelledSifPortsAreBusErrorsWithTheSystemAddress() {
        BusError e = assertThrows(BusError.class, () -> chip.write(new CoreId(3), 0xFA000000, 4, 1));
        assertTrue(e.getMessage().startsWith("core 3: physical 0xfa000000 → (3,0)/PERIS:0x0fa000000 → "),
                e.getMessage());
        assertTrue(e.getMessage().contains("not modelled"), e.getMessage());
        assertEquals(SubDestination.PERIS, e.systemAddress().orElseThrow().subdest());
    }

    @Test
    void registerDevicesTakeAlignedDwordsOnly() {
        BusError e = assertThrows(BusError.class, () -> chip.read(CORE0, 0xF8000100, 1));
        assertTrue(e.getMessage().contains("32-bit"), e.getMessage());
        assertTrue(e.getMessage().contains("0xf8000100"), e.getMessage());
        assertThrows(BusError.class, () -> chip.read(CORE0, 0xF9008226, 4));
        assertThrows(BusError.class, () -> chip.read(CORE0, 0xF8002000, 4));
    }

    @Test
    void fpgaRegistersAreReachedAtF9000000() {
        wires.time = 128 * 10;
        assertEquals(10, chip.read(CORE47, 0xF9008224, 4));
        chip.write(CORE0, 0xF900E004, 4, 3);
        assertEquals(3, chip.read(CORE47, 0xF900E000, 4));
        assertEquals(4, chip.read(CORE0, 0xF900E000, 4));
    }

    @Test
    void anAccessStraddlingTwoLutEntriesGoesThroughBoth() {
        chip.write(CORE0, 0x00FFFFFE, 4, 0x11223344);
        assertEquals(0x11223344, chip.read(CORE0, 0x00FFFFFE, 4));
        assertEquals(0x3344, chip.dram(MemoryController.MC0).read16(0x00FFFFFE));
        assertEquals(0x1122, chip.dram(MemoryController.MC0).read16(0x01000000));
        BusError e = assertThrows(BusError.class, () -> chip.write(CORE0, 0x28FFFFFE, 4, 0));
        assertTrue(e.getMessage().contains("0x29000000"), e.getMessage());
    }

    @Test
    void onlyTheCoresOwnPrivateMemoryIsNotShared() {
        assertFalse(chip.isShared(CORE0, 0x00001000));
        assertFalse(chip.isShared(CORE0, 0xFFFFFFF0));
        assertTrue(chip.isShared(CORE0, 0x80000000));
        assertTrue(chip.isShared(CORE0, 0xD8000000));
        assertTrue(chip.isShared(CORE0, 0xF8000010));
        assertTrue(chip.isShared(CORE0, 0xF9008224));
        assertFalse(chip.isShared(CORE0, 0x29000000), "an unmapped address fails the same at any time");
        chip.crb(new TileId(0, 0)).setLut(0, 0x29, new LutEntry(41, SubDestination.PERIW, new TileId(0, 0), false));
        assertTrue(chip.isShared(CORE0, 0x29000000), "core 1's private memory is shared from core 0's view");
        assertEquals(Target.SHARED_DRAM, Target.of(CORE0, chip.translate(CORE0, 0x29000000)));
    }

    @Test
    void bulkCopiesCrossLutEntriesAndReachMpbs() {
        byte[] image = new byte[100];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i + 1);
        }
        chip.writeBytes(CORE0, 0x00FFFFD0, image, 0, image.length);
        byte[] back = new byte[100];
        chip.readBytes(CORE0, 0x00FFFFD0, back, 0, back.length);
        assertArrayEquals(image, back);
        assertEquals(image[0x30], (byte) chip.read(CORE0, 0x01000000, 1));
        chip.writeBytes(CORE47, 0xD8000020, image, 10, 4);
        assertEquals(0x0E0D0C0B, chip.mpbRead32(new TileId(5, 3), 0x20));
    }

    @Test
    void bulkCopiesToRegistersAreBusErrors() {
        BusError e = assertThrows(BusError.class, () -> chip.readBytes(CORE0, 0xF8000200, new byte[4], 0, 4));
        assertTrue(e.getMessage().contains("bulk"), e.getMessage());
        assertFalse(chip.crb(new TileId(0, 0)).lockHeld(0), "the failed copy did not take the lock");
    }

    @Test
    void globalResetHoldsCoresAndRestoresLutsButKeepsMemory() {
        chip.write(CORE0, 0x1000, 4, 99);
        chip.write(CORE0, 0xD8000000, 4, 98);
        chip.write(CORE0, 0xF8000080, 4, 0x00A8E2FF & ~0b0101);
        chip.crb(new TileId(0, 0)).setLut(0, 0x00, null);
        wires.calls.clear();
        chip.resetAll();
        assertEquals(List.of("core 0 held in reset @0"), wires.calls);
        assertEquals(99, chip.read(CORE0, 0x1000, 4));
        assertEquals(98, chip.read(CORE0, 0xD8000000, 4));
        assertEquals(ConfigRegisters.GCBCFG_DEFAULT, chip.crb(new TileId(0, 0)).gcbcfg());
    }
}
