package eduscc.visualizer.source;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.SourceLine;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The kernel's Java source next to the run (issue: "the current line of the selected core's
 * running context marked, and breakpoints toggled in the gutter"), in a read-only RichTextFX
 * CodeArea with syntax colouring and line numbers (javafx-notes §3). The view follows the selected
 * core into whatever file its context stands in.
 */
public final class SourceView {
    private final CodeArea area = new CodeArea();
    private final ComboBox<String> files = new ComboBox<>();
    private final BorderPane root = new BorderPane();
    private final ObservableSet<SourceLine> breakpoints = FXCollections.observableSet();
    private final IntegerProperty currentLine = new SimpleIntegerProperty(-1);
    private String file;

    public SourceView() {
        area.setId("source");
        area.setEditable(false);
        files.setId("source-file");
        files.getItems().setAll(KernelSources.MAIN_FILES);
        files.setOnAction(e -> open(files.getValue()));
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(paragraph -> gutter(paragraph, numbers));
        root.setTop(files);
        root.setCenter(new VirtualizedScrollPane<>(area));
        open(KernelSources.MAIN_FILES.get(0));
    }

    /** The gutter of one line: a breakpoint dot (click to toggle), the execution arrow, the number. */
    private Node gutter(int paragraph, IntFunction<Node> numbers) {
        int line = paragraph + 1;
        Circle dot = new Circle(4);
        dot.getStyleClass().add("breakpoint");
        dot.visibleProperty().bind(Bindings.createBooleanBinding(
            () -> breakpoints.contains(new SourceLine(file, line)), breakpoints));
        Polygon arrow = new Polygon(0, 0, 8, 5, 0, 10);
        arrow.getStyleClass().add("exec-arrow");
        arrow.visibleProperty().bind(currentLine.isEqualTo(line));
        HBox box = new HBox(3, dot, arrow, numbers.apply(paragraph));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("gutter-" + line);
        box.setOnMouseClicked(e -> toggleBreakpoint(line));
        return box;
    }

    public Node node() {
        return root;
    }

    public void open(String path) {
        if (path.equals(file)) {
            return;
        }
        file = path;
        files.setValue(path);
        String text = KernelSources.read(path);
        area.replaceText(text);
        area.setStyleSpans(0, JavaHighlighter.highlight(text));
        currentLine.set(-1);
    }

    public String file() {
        return file;
    }

    public void toggleBreakpoint(int line) {
        SourceLine at = new SourceLine(file, line);
        if (!breakpoints.remove(at)) {
            breakpoints.add(at);
        }
    }

    /** The line breakpoints of every file, for "run to breakpoint". */
    public Set<SourceLine> breakpoints() {
        return Set.copyOf(breakpoints);
    }

    public int currentLine() {
        return currentLine.get();
    }

    /**
     * Marks the line the selected core's running context stands at, opening its file if needed.
     * Stopped at a breakpoint on a line that calls further, it shows the breakpoint's line rather
     * than the innermost one.
     */
    public void show(DebugSnapshot snapshot, int core) {
        SourceLine at = snapshot.kernelStack(core).stream().filter(breakpoints::contains).findFirst()
            .orElse(snapshot.sourceLine(core));
        if (at == null) {
            currentLine.set(-1);
            return;
        }
        open(at.file());
        int previous = currentLine.get();
        currentLine.set(at.line());
        if (previous > 0 && previous <= area.getParagraphs().size()) {
            area.setParagraphStyle(previous - 1, List.of());
        }
        if (at.line() <= area.getParagraphs().size()) {
            area.setParagraphStyle(at.line() - 1, List.of("current-line"));
            area.showParagraphAtCenter(at.line() - 1);
        }
    }
}
