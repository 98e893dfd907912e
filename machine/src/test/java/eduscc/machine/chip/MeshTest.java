package eduscc.machine.chip;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeshTest {

    private static TileId t(int x, int y) {
        return new TileId(x, y);
    }

    @Test
    void routeGoesAlongXFirstThenAlongY() {
        assertEquals(List.of(t(0, 0), t(1, 0), t(2, 0), t(3, 0), t(4, 0), t(5, 0), t(5, 1), t(5, 2), t(5, 3)),
                Mesh.route(t(0, 0), t(5, 3)));
    }

    @Test
    void reverseRouteAlsoGoesAlongXFirstSoItTakesTheOtherCorner() {
        assertEquals(List.of(t(5, 3), t(4, 3), t(3, 3), t(2, 3), t(1, 3), t(0, 3), t(0, 2), t(0, 1), t(0, 0)),
                Mesh.route(t(5, 3), t(0, 0)));
    }

    @Test
    void routeToTheSameTileIsThatTileAlone() {
        assertEquals(List.of(t(2, 1)), Mesh.route(t(2, 1), t(2, 1)));
        assertEquals(0, Mesh.hops(t(2, 1), t(2, 1)));
    }

    @Test
    void hopsAreManhattanDistanceAndRoutesVisitHopsPlusOneTiles() {
        assertEquals(8, Mesh.hops(t(0, 0), t(5, 3)));
        assertEquals(3, Mesh.hops(t(0, 0), t(3, 0)));
        assertEquals(7, Mesh.hops(t(0, 0), t(5, 2)));
        for (TileId a : TileId.all()) {
            for (TileId b : TileId.all()) {
                List<TileId> path = Mesh.route(a, b);
                assertEquals(Mesh.hops(a, b) + 1, path.size(), a + " -> " + b);
                assertEquals(Mesh.hops(a, b), Mesh.hops(b, a));
                for (int i = 1; i < path.size(); i++) {
                    assertEquals(1, Mesh.hops(path.get(i - 1), path.get(i)), "each step is one hop: " + path);
                }
            }
        }
    }
}
