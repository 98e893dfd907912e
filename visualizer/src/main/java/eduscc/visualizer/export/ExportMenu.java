package eduscc.visualizer.export;

import eduscc.visualizer.timeline.TimelineModel;
import java.io.File;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/**
 * An "Export" button for a tool bar: the timeline as a Chrome trace for Perfetto, or a node as a
 * PNG. It only asks for the file; {@link ChromeTrace} and {@link PngExport} do the writing.
 */
public final class ExportMenu {
    private ExportMenu() {
    }

    /** The menu for the timeline: {@code model} gives the model last shown (null: nothing to export yet). */
    public static MenuButton forTimeline(Supplier<TimelineModel> model, Node picture) {
        MenuItem trace = new MenuItem("Trace for Perfetto (JSON)\u2026");
        trace.setId("export-chrome-trace");
        trace.setOnAction(e -> {
            TimelineModel m = model.get();
            File file = m == null ? null : choose(picture, "Chrome trace", "*.json", m.lab() + "-trace.json");
            if (file != null) {
                ChromeTrace.write(m, file.toPath());
            }
        });
        MenuItem png = new MenuItem("Picture (PNG)\u2026");
        png.setId("export-png");
        png.setOnAction(e -> {
            File file = choose(picture, "PNG picture", "*.png", "timeline.png");
            if (file != null) {
                PngExport.write(picture, file.toPath());
            }
        });
        MenuButton menu = new MenuButton("Export", null, trace, png);
        menu.setId("export");
        return menu;
    }

    private static File choose(Node owner, String what, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + what);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName(name);
        return chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
    }
}
