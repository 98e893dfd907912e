package eduscc.visualizer.source;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The kernel's Java source next to the run (issue: "the current line of the selected core's
 * running context marked, and breakpoints toggled in the gutter"), in a read-only RichTextFX
 * CodeArea with syntax colouring and line numbers (javafx-notes §3), styled by {@code source.css}.
 * The view follows the selected core into whatever file its context stands in; below the source
 * the core's kernel call stack ({@link CallStack}) lists every frame, and a click on one opens it.
 *
 * <p>Node ids: {@code #source}, {@code #source-file}, {@code #source-why}, {@code #call-stack};
 * the marked line's paragraph has the style class {@code current-line}, a frame opened from the
 * call stack {@code selected-frame}.
 */
public final class SourceView {
    private final CodeArea area = new CodeArea();
    private final ComboBox<String> files = new ComboBox<>();
    private final Label why = new Label();
    private final ListView<CallStack.Frame> stack = new ListView<>();
    private final Label stackTitle = new Label("Call stack");
    private final BorderPane root = new BorderPane();
    private final ObservableSet<SourceLine> breakpoints = FXCollections.observableSet();
    private final IntegerProperty currentLine = new SimpleIntegerProperty(-1);
    private final List<Integer> styledParagraphs = new ArrayList<>();
    private String file;
    /** The line the run stands at (or the event's place), in whichever file it is. */
    private SourceLine marked;
    /** A frame the user opened from the call stack, highlighted apart from the marked line. */
    private SourceLine selectedFrame;
    private boolean filling;

    public SourceView() {
        root.getStylesheets().add(SourceView.class.getResource("source.css").toExternalForm());
        root.getStyleClass().add("source-view");
        area.setId("source");
        area.setEditable(false);
        files.setId("source-file");
        files.getItems().setAll(KernelSources.MAIN_FILES);
        files.setOnAction(e -> open(files.getValue()));
        why.setId("source-why");
        why.getStyleClass().add("source-why");
        why.setWrapText(true);
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(paragraph -> gutter(paragraph, numbers));
        stack.setId("call-stack");
        stack.getStyleClass().add("call-stack");
        stack.setCellFactory(list -> new FrameCell());
        stack.getSelectionModel().selectedItemProperty().addListener((o, before, frame) -> {
            if (frame != null && !filling) {
                openFrame(frame.line());
            }
        });
        stackTitle.getStyleClass().add("call-stack-title");
        stackTitle.setWrapText(true);
        VBox stackBox = new VBox(stackTitle, stack);
        VBox.setVgrow(stack, Priority.ALWAYS);
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(area), stackBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        root.setTop(new VBox(files, why));
        root.setCenter(split);
        open(KernelSources.MAIN_FILES.get(0));
    }

    /** The gutter of one line: a breakpoint dot (click to toggle), the execution arrow, the number. */
    private Node gutter(int paragraph, IntFunction<Node> numbers) {
        int line = paragraph + 1;
        Circle dot = new Circle(4);
        dot.getStyleClass().add("breakpoint");
        dot.visibleProperty().bind(Bindings.createBooleanBinding(
            () -> breakpoints.contains(new SourceLine(file, line)), breakpoints));
        Label arrow = new Label("\u25B6");
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
        styledParagraphs.clear();
        area.replaceText(text);
        area.setStyleSpans(0, JavaHighlighter.highlight(text));
        restyle();
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

    /** The marked line in the open file, or -1 if the mark is in another file or there is none. */
    public int currentLine() {
        return currentLine.get();
    }

    /** The call stack shown (tests and the status read it). */
    public List<CallStack.Frame> frames() {
        return List.copyOf(stack.getItems());
    }

    /**
     * Marks the line the selected core's running context stands at (see {@link CallStack} for a
     * breakpoint or an event on the stack), opening its file, and lists the core's call stack.
     */
    public void show(DebugSnapshot snapshot, int core) {
        CallStack calls = CallStack.of(snapshot, core, breakpoints);
        filling = true;
        stack.getItems().setAll(calls.frames());
        filling = false;
        stackTitle.setText("Call stack of core " + core + " (innermost first; click a frame to open it)");
        why.setText(calls.why());
        marked = calls.marked();
        selectedFrame = null;
        if (marked != null) {
            open(marked.file());
        }
        restyle();
        if (marked != null && marked.file().equals(file) && marked.line() <= area.getParagraphs().size()) {
            area.showParagraphAtCenter(marked.line() - 1);
        }
    }

    /** Opens a frame of the call stack: its file, its line highlighted apart from the marked line. */
    public void openFrame(SourceLine frame) {
        selectedFrame = frame;
        open(frame.file());
        restyle();
        if (frame.line() <= area.getParagraphs().size()) {
            area.showParagraphAtCenter(frame.line() - 1);
        }
    }

    /** Puts the paragraph styles and the arrow on the marked line and the selected frame of this file. */
    private void restyle() {
        for (int paragraph : styledParagraphs) {
            if (paragraph < area.getParagraphs().size()) {
                area.setParagraphStyle(paragraph, List.of());
            }
        }
        styledParagraphs.clear();
        currentLine.set(marked != null && marked.file().equals(file) ? marked.line() : -1);
        if (selectedFrame != null && selectedFrame.file().equals(file) && !selectedFrame.equals(marked)) {
            style(selectedFrame.line(), "selected-frame");
        }
        if (currentLine.get() > 0) {
            style(currentLine.get(), "current-line");
        }
    }

    private void style(int line, String styleClass) {
        if (line >= 1 && line <= area.getParagraphs().size()) {
            area.setParagraphStyle(line - 1, List.of(styleClass));
            styledParagraphs.add(line - 1);
        }
    }

    /** A frame, with its group's heading above the first frame of a group. */
    private static final class FrameCell extends ListCell<CallStack.Frame> {
        /** A frame's line wraps rather than ending in "..." when the panel is narrow or the scale large. */
        FrameCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(CallStack.Frame frame, boolean empty) {
            super.updateItem(frame, empty);
            getStyleClass().remove("frame-group-start");
            if (empty || frame == null) {
                setText(null);
                return;
            }
            setText(frame.heading().isEmpty() ? frame.toString() : frame.heading() + ":\n" + frame);
            if (!frame.heading().isEmpty()) {
                getStyleClass().add("frame-group-start");
            }
        }
    }
}
