package eduscc.machine.chip;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileIdTest {

    @Test
    void routeBytesAreRowInHighNibbleColumnInLowNibble() {
        List<Integer> expected = new ArrayList<>();
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                expected.add(y * 0x10 + x);
            }
        }
        assertEquals(expected, TileId.all().stream().map(TileId::route).toList());
        assertEquals(0x00, new TileId(0, 0).route());
        assertEquals(0x35, new TileId(5, 3).route());
        assertEquals(0x03, new TileId(3, 0).route());
    }

    @Test
    void allListsTwentyFourTilesInIndexOrder() {
        List<TileId> all = TileId.all();
        assertEquals(24, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).index(), "tile " + all.get(i));
            assertEquals(all.get(i), TileId.ofIndex(i));
            assertEquals(all.get(i), TileId.ofRoute(all.get(i).route()));
        }
        assertEquals(new TileId(2, 3), TileId.ofIndex(20));
    }

    @Test
    void coordinatesOutsideTheMeshAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TileId(6, 0));
        assertTrue(e.getMessage().contains("was 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TileId(0, -1));
        assertTrue(e.getMessage().contains("was -1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TileId.ofIndex(24));
    }

    @Test
    void routeBytesThatNameNoTileAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TileId.ofRoute(0x06));
        assertTrue(e.getMessage().contains("0x06"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TileId.ofRoute(0x40));
        assertThrows(IllegalArgumentException.class, () -> TileId.ofRoute(0x100));
    }

    @Test
    void printsAsCoordinatePair() {
        assertEquals("(3,0)", new TileId(3, 0).toString());
    }
}
