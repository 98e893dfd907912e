package eduscc.visualizer.console;

import eduscc.labs.debug.DebugSnapshot;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The console panel: one tab per core that has written to port 0xE9, its output as text,
 * appended as the run produces it. The tab of the selected core comes to the front.
 *
 * <p>Node ids: {@code #console-tabs}, {@code #console-N} (the tab of core N),
 * {@code #console-text-N} (its text area), {@code #console-empty}.
 */
public final class ConsoleView {
    private final TabPane tabs = new TabPane();
    private final Label empty = new Label("No core has written to its console (port 0xE9) yet.");
    private final VBox root = new VBox(empty, tabs);
    private final Map<Integer, TextArea> areas = new HashMap<>();

    public ConsoleView() {
        root.getStylesheets().add(ConsoleView.class.getResource("console.css").toExternalForm());
        root.getStyleClass().add("console-view");
        tabs.setId("console-tabs");
        empty.setId("console-empty");
        empty.getStyleClass().add("empty");
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    /** Brings the text up to {@code snapshot}; shows {@code core}'s tab if it has one. */
    public void show(DebugSnapshot snapshot, int core) {
        ConsoleViewModel model = ConsoleViewModel.of(snapshot);
        model.consoles().forEach(this::update);
        for (Map.Entry<Integer, TextArea> e : areas.entrySet()) {
            if (!model.consoles().containsKey(e.getKey()) && !e.getValue().getText().isEmpty()) {
                e.getValue().clear();
            }
        }
        empty.setVisible(model.consoles().isEmpty());
        empty.setManaged(model.consoles().isEmpty());
        tabs.getTabs().stream().filter(t -> t.getId().equals("console-" + core)).findFirst()
            .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The text core {@code core}'s console shows now ("" if it has no tab). */
    public String text(int core) {
        TextArea area = areas.get(core);
        return area == null ? "" : area.getText();
    }

    private void update(int core, String text) {
        TextArea area = areas.computeIfAbsent(core, this::newTab);
        ConsoleViewModel.Update update = ConsoleViewModel.Update.from(area.getText(), text);
        if (update.nothing()) {
            return;
        }
        if (update.append()) {
            area.appendText(update.text());
        } else {
            area.setText(update.text());
        }
        area.positionCaret(area.getLength());
        area.setScrollTop(Double.MAX_VALUE);
    }

    /** Tabs stay in core order, whichever core prints first. */
    private TextArea newTab(int core) {
        TextArea area = new TextArea();
        area.setId("console-text-" + core);
        area.setEditable(false);
        area.getStyleClass().add("console-text");
        Tab tab = new Tab("core " + core, area);
        tab.setId("console-" + core);
        tab.setClosable(false);
        int at = 0;
        while (at < tabs.getTabs().size() && Integer.parseInt(tabs.getTabs().get(at).getId().substring(8)) < core) {
            at++;
        }
        tabs.getTabs().add(at, tab);
        return area;
    }
}
