package eduscc.machine.memory;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LutTest {

    @Test
    void translationUsesTheTopByteAndKeepsTheLow24Bits() {
        Lut lut = Lut.defaultFor(new CoreId(1));
        SystemAddress a = lut.translate(0x05ABCDEF);
        assertEquals(((41L + 5) << 24) | 0xABCDEF, a.address());
        assertEquals(new TileId(0, 0), a.tile());
        assertNull(lut.translate(0x29000000));
    }

    @Test
    void wordZeroUnmapsAndReadsBackAsZero() {
        Lut lut = Lut.defaultFor(new CoreId(0));
        lut.writeWord(0x00, 0);
        assertNull(lut.get(0x00));
        assertEquals(0, lut.readWord(0x00));
        assertNull(lut.translate(0x00001000));
    }

    @Test
    void writtenWordsDecodeIntoEntries() {
        Lut lut = new Lut();
        LutEntry e = new LutEntry(0x1EC, SubDestination.PERIE, new TileId(5, 0), false);
        lut.writeWord(0x29, e.encode());
        assertEquals(e, lut.get(0x29));
        assertEquals(e.encode(), lut.readWord(0x29));
        assertThrows(IllegalArgumentException.class, () -> lut.writeWord(0x29, 0xFFC00000));
        assertThrows(IllegalArgumentException.class, () -> lut.get(256));
    }

    /** Every entry written moves the count the cores' translation shortcuts watch. */
    @Test
    void everyWriteIsCountedAsAChange() {
        FrameChanges changes = new FrameChanges();
        Lut lut = new Lut(changes);
        lut.loadDefault(new CoreId(0));
        lut.set(0x29, lut.get(0x00));
        lut.writeWord(0x2A, 0);
        assertEquals(3, changes.count());
    }
}
