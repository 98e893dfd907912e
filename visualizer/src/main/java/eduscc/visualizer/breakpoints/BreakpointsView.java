package eduscc.visualizer.breakpoints;

import eduscc.labs.debug.BreakpointText;
import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.DebugBreakpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The breakpoints panel (DESIGN §5): the breakpoints set, one a line ("event ModeSwitch",
 * "write 0x00110000..0x001101FF", "Kernel.java:120"), a kind chooser and a text field to add
 * one, and a button to remove the selected one. The set itself is the labs model
 * {@link Breakpoints}; the window hands it to {@code Session.runToBreakpoints} and listens for
 * changes to save them with the session.
 */
public final class BreakpointsView {
    private final ListView<DebugBreakpoint> list = new ListView<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField text = new TextField();
    private final Label problem = new Label();
    private final VBox root;
    private final List<Consumer<Breakpoints>> listeners = new ArrayList<>();
    private Breakpoints breakpoints = Breakpoints.NONE;

    public BreakpointsView() {
        list.setId("breakpoints");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DebugBreakpoint b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.text());
            }
        });
        kind.setId("breakpoint-kind");
        kind.getItems().setAll(BreakpointText.KINDS);
        kind.getSelectionModel().selectFirst();
        text.setId("breakpoint-text");
        text.setPromptText(BreakpointText.EXAMPLES.get(kind.getValue()));
        kind.valueProperty().addListener((o, was, now) -> text.setPromptText(BreakpointText.EXAMPLES.getOrDefault(now, "")));
        text.setOnAction(e -> addTyped());
        Button add = new Button("Add");
        add.setId("breakpoint-add");
        add.setOnAction(e -> addTyped());
        Button remove = new Button("Remove");
        remove.setId("breakpoint-remove");
        remove.setOnAction(e -> removeSelected());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        problem.setId("breakpoint-problem");
        problem.setWrapText(true);
        HBox controls = new HBox(4, kind, text, add, remove);
        HBox.setHgrow(text, Priority.ALWAYS);
        root = new VBox(4, list, controls, problem);
        root.setPadding(new Insets(4));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    public Breakpoints breakpoints() {
        return breakpoints;
    }

    /** Shows {@code set} (a lab's breakpoints, or an opened session's) and tells the listeners. */
    public void setBreakpoints(Breakpoints set) {
        breakpoints = set;
        list.getItems().setAll(set.all());
        problem.setText("");
        listeners.forEach(l -> l.accept(set));
    }

    /** Called on the FX thread with the new set after every add, remove or set. */
    public void addListener(Consumer<Breakpoints> listener) {
        listeners.add(listener);
    }

    private void addTyped() {
        try {
            setBreakpoints(breakpoints.with(BreakpointText.parse(kind.getValue(), text.getText())));
            text.clear();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void removeSelected() {
        DebugBreakpoint selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            setBreakpoints(breakpoints.without(selected));
        }
    }
}
