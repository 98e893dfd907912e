package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;
import eduscc.visualizer.mesh.MeshLayout.Box;
import eduscc.visualizer.mesh.MeshLayout.Point;
import org.junit.jupiter.api.Test;

/** The mesh's geometry: tiles where the SCC diagrams put them, hit tests, fonts that scale. */
class MeshLayoutTest {
    private final MeshLayout layout = new MeshLayout(1280, 800);

    @Test
    void rowZeroIsAtTheBottomAndColumnZeroAtTheLeft() {
        assertTrue(layout.tile(new TileId(0, 0)).y() > layout.tile(new TileId(0, 3)).y(), "y grows upwards (north)");
        assertTrue(layout.tile(new TileId(5, 0)).x() > layout.tile(new TileId(0, 0)).x(), "x grows to the right (east)");
    }

    @Test
    void everyCoreBoxHitsItsOwnPidAndRoutersHitNoCore() {
        for (int pid = 0; pid < 48; pid++) {
            Box b = layout.core(pid);
            assertEquals(pid, layout.coreAt(b.centerX(), b.centerY()), "the centre of core " + pid + "'s box");
        }
        for (TileId tile : TileId.all()) {
            Point r = layout.router(tile);
            assertEquals(-1, layout.coreAt(r.x(), r.y()), "router of " + tile);
        }
    }

    @Test
    void memoryControllersSitOnTheWestAndEastEdgesLevelWithTheirRouters() {
        for (MemoryController mc : MemoryController.values()) {
            Box b = layout.memoryController(mc);
            Box tile = layout.tile(mc.tile());
            if (mc.tile().x() == 0) {
                assertTrue(b.x() + b.w() < tile.x(), mc + " is west of " + mc.tile());
            } else {
                assertTrue(b.x() > tile.x() + tile.w(), mc + " is east of " + mc.tile());
            }
            assertEquals(layout.router(mc.tile()).y(), b.centerY(), 1e-9, mc + " is level with its router");
        }
    }

    @Test
    void systemInterfaceHangsBelowTheRouterOfTile30() {
        Box sif = layout.systemInterface();
        Box tile = layout.tile(SystemInterface.TILE);
        assertTrue(sif.y() > tile.y() + tile.h(), "south of (3,0)");
        assertEquals(layout.router(SystemInterface.TILE).x(), sif.centerX(), 1e-9);
        assertTrue(sif.y() + sif.h() <= layout.height(), "inside the panel");
    }

    @Test
    void fontsGrowWithThePanelAndStayReadableOnAProjector() {
        MeshLayout small = new MeshLayout(640, 420);
        MeshLayout projector = new MeshLayout(1920, 1080);
        assertTrue(small.fontSize() < layout.fontSize() && layout.fontSize() < projector.fontSize());
        assertTrue(projector.fontSize() >= 16, "full-HD projector: at least 16 px, was " + projector.fontSize());
        assertTrue(small.fontSize() >= 7, "never below 7 px");
    }
}
