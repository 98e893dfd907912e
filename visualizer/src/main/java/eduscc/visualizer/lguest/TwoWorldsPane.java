package eduscc.visualizer.lguest;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The two-worlds pane of the lguest view ({@link WorldsViewModel}): a grid of GDTR, IDTR, TR and
 * CR3 with the host's column beside the guest's, the world the core is in with its heading
 * filled, each value a register holds now highlighted, and below it the Switcher's regs page:
 * trapnum and errcode in words, then the guest's registers as the last exit saved them.
 *
 * <p>Node ids, with N the core: {@code #lguest-worlds-header-N}, {@code #lguest-world-host-N},
 * {@code #lguest-world-guest-N} (the headings; the live one has style class {@code live-world}),
 * {@code #lguest-world-REGISTER-host-N} and {@code -guest-N} (the cells, e.g.
 * {@code #lguest-world-GDTR-guest-0}; a live one has {@code live-value}), {@code #lguest-trap-N},
 * {@code #lguest-regs-N}.
 */
final class TwoWorldsPane {
    private final int core;
    private final VBox root = new VBox(6);
    private final Label header = new Label();
    private final GridPane worlds = new GridPane();
    private final Label hostHeading = new Label("host (ring 0)");
    private final Label guestHeading = new Label("guest (rings 1 and 3)");
    private final Label trap = new Label();
    /** Equal-width cells that wrap to the pane's width: columns at 100 %, fewer per row at a projector's scale. */
    private final FlowPane regs = new FlowPane();

    TwoWorldsPane(int core) {
        this.core = core;
        root.getStyleClass().add("lguest-worlds");
        header.setId("lguest-worlds-header-" + core);
        header.setWrapText(true);
        hostHeading.setId("lguest-world-host-" + core);
        guestHeading.setId("lguest-world-guest-" + core);
        hostHeading.getStyleClass().add("world-heading");
        guestHeading.getStyleClass().add("world-heading");
        worlds.setHgap(12);
        worlds.setVgap(4);
        worlds.add(hostHeading, 1, 0);
        worlds.add(guestHeading, 2, 0);
        Label legend = new Label("highlighted: the value the core's register holds now; the other comes from the Switcher's"
            + " read-only state page, where the next LGDT, LIDT, LTR or MOV CR3 takes it");
        legend.setWrapText(true);
        legend.getStyleClass().add("lguest-legend");
        Label regsTitle = new Label("regs page (struct lguest_regs at 0xFFC01FB8): what the last exit saved");
        regsTitle.getStyleClass().add("panel-title");
        trap.setId("lguest-trap-" + core);
        trap.setWrapText(true);
        regs.setId("lguest-regs-" + core);
        regs.setHgap(18);
        regs.setVgap(2);
        regs.setPrefWrapLength(1);
        regs.getStyleClass().add("lguest-regs");
        root.getChildren().addAll(header, worlds, legend, regsTitle, trap, regs);
    }

    Node node() {
        return root;
    }

    void show(WorldsViewModel model) {
        header.setText(model.header());
        mark(hostHeading, "live-world", model.liveWorld() == WorldsViewModel.World.HOST);
        mark(guestHeading, "live-world", model.liveWorld() == WorldsViewModel.World.GUEST);
        worlds.getChildren().retainAll(hostHeading, guestHeading);
        int r = 1;
        for (WorldsViewModel.Row row : model.rows()) {
            Label name = new Label(row.register());
            name.getStyleClass().add("panel-title");
            worlds.addRow(r++, name, cell(row.register(), "host", row.host(), row.hostLive()),
                cell(row.register(), "guest", row.guest(), row.guestLive()));
        }
        trap.setText(model.trap());
        regs.getChildren().clear();
        List<String> values = model.regs();
        for (String value : values) {
            Label l = new Label(value);
            l.setMinWidth(Region.USE_PREF_SIZE);
            regs.getChildren().add(l);
        }
    }

    private Label cell(String register, String world, String text, boolean live) {
        Label l = new Label(text);
        l.setId("lguest-world-" + register + "-" + world + "-" + core);
        l.getStyleClass().add("world-value");
        mark(l, "live-value", live);
        return l;
    }

    private static void mark(Label l, String styleClass, boolean on) {
        l.getStyleClass().remove(styleClass);
        if (on) {
            l.getStyleClass().add(styleClass);
        }
    }
}
