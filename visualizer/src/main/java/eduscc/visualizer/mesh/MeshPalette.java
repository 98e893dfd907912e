package eduscc.visualizer.mesh;

import javafx.scene.paint.Color;

/**
 * The mesh view's colours, chosen for a projector: light fills with black text, or dark fills with
 * white text, from the Okabe-Ito set so that the common colour-vision deficiencies still tell the
 * categories apart. The state is always written in the box as well; colour only helps.
 */
final class MeshPalette {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = Color.BLACK;
    static final Color TILE = Color.web("#F4F4F4");
    static final Color TILE_BORDER = Color.web("#9A9A9A");
    static final Color LINK = Color.web("#6E6E6E");
    static final Color ROUTER = Color.web("#3A3A3A");
    static final Color DEVICE = Color.web("#FFFFFF");
    static final Color DEVICE_BORDER = Color.web("#3A3A3A");
    static final Color SELECTION = Color.web("#0072B2");
    /** Mesh packets: Okabe-Ito blue, drawn as round dots. */
    static final Color MESH_PACKET = Color.web("#0072B2");
    /** Inter-core interrupts: Okabe-Ito vermillion, drawn as diamonds. */
    static final Color IPI = Color.web("#D55E00");

    private MeshPalette() {
    }

    /** A core box's fill. */
    static Color fill(CoreCategory category) {
        return switch (category) {
            case IN_RESET -> Color.web("#D0D0D0");
            case REAL_MODE -> Color.web("#F5EC8A");     // Okabe-Ito yellow, lightened
            case PROTECTED_MODE -> Color.web("#A9D8F5"); // sky blue, lightened
            case RUNNING_TASK -> Color.web("#7ED3B8");   // bluish green, lightened
            case IDLE -> Color.web("#FFFFFF");
            case HALTED -> Color.web("#EDEDED");
            case PANICKED -> Color.web("#B34700");       // vermillion, darkened for white text
            case HUNG -> Color.web("#7A2E5E");           // reddish purple, darkened
            case SHUT_DOWN -> Color.web("#1E1E1E");
        };
    }

    /** The text colour that contrasts with {@link #fill}. */
    static Color text(CoreCategory category) {
        return category.stopped() ? Color.WHITE : TEXT;
    }

    /** Idle and halted cores get a dashed border, so "waiting" reads apart from "running". */
    static boolean dashed(CoreCategory category) {
        return category == CoreCategory.IDLE || category == CoreCategory.HALTED;
    }

    static Color packet(PacketTrail.Kind kind) {
        return kind == PacketTrail.Kind.IPI ? IPI : MESH_PACKET;
    }
}
