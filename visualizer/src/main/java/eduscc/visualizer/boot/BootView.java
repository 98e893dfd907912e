package eduscc.visualizer.boot;

import eduscc.visualizer.app.DockedView;
import eduscc.visualizer.app.PreviousSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.scenario.Scenario;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The boot view: the strip of boot steps on top, how CS:EIP makes the linear address the core
 * fetches from, the listing of the boot code it is in (the reset stub, then the kernel head at
 * 1 MiB) with the next instruction marked, and below it what the last step changed in the
 * registers and descriptor caches. Drawn from a {@link BootViewModel}; a listing is loaded when
 * the core enters its code, otherwise only the marked line moves.
 *
 * <p>Ids for tests: {@code #boot-strip} with one {@code Label} per step ({@link BootStep#lampId()},
 * style classes {@code lit} and {@code latest}), {@code #boot-mode}, {@code #boot-address},
 * {@code #boot-where}, {@code #boot-listing-title}, {@code #boot-listing} (the current paragraph has
 * style class {@code current-line}), {@code #boot-diff-note}, {@code #boot-diff}.
 */
public final class BootView implements DockedView {
    public static final String CURRENT_LINE = "current-line";
    public static final String BOUND_LINE = "bound-line";

    private final VBox root = new VBox(6);
    private final Map<BootStep, Label> lamps = new EnumMap<>(BootStep.class);
    private final Label mode = new Label();
    private final Label where = new Label();
    private final Label address = new Label();
    private final Label listingTitle = new Label();
    private final CodeArea listing = new CodeArea();
    private BootListing loaded = BootListing.RESET;
    /** The reset stub of the lab shown: the kit's, or the one the lab names. */
    private BootListing reset = BootListing.RESET;
    private final IntegerProperty currentLine = new SimpleIntegerProperty(-1);
    /** The paragraph carrying a line style now: the current line, or kernel_entry while Java code runs. */
    private int markedLine = -1;
    private final Label diffNote = new Label();
    private final TableView<RegisterChange> diff = new TableView<>();
    private final PreviousSnapshot previous = new PreviousSnapshot();

    public BootView() {
        root.getStyleClass().add("boot-view");
        root.getStylesheets().add(BootView.class.getResource("boot.css").toExternalForm());
        HBox strip = new HBox(6);
        strip.setId("boot-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        for (BootStep step : BootStep.values()) {
            Label lamp = new Label(step.label());
            lamp.setId(step.lampId());
            lamp.getStyleClass().add("boot-stage");
            lamps.put(step, lamp);
            strip.getChildren().add(lamp);
        }
        mode.setId("boot-mode");
        where.setId("boot-where");
        where.setWrapText(true);
        mode.setWrapText(true);
        address.setId("boot-address");
        address.setWrapText(true);
        listingTitle.setId("boot-listing-title");
        listingTitle.setText(loaded.title());
        listing.setId("boot-listing");
        listing.setEditable(false);
        listing.replaceText(String.join("\n", loaded.lines()));
        listing.setParagraphGraphicFactory(this::arrow);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(listing);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        diffNote.setId("boot-diff-note");
        diff.setId("boot-diff");
        diff.setPrefHeight(180);
        column("register", 150, RegisterChange::register);
        column("before", 130, RegisterChange::before);
        column("after", 130, RegisterChange::after);
        root.getChildren().addAll(strip, mode, address, where, listingTitle, scroll, diffNote, diff);
    }

    @Override
    public String title() {
        return "Boot";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Draws {@code core} at {@code snapshot}, with the changes since the snapshot shown before it. */
    @Override
    public void show(DebugSnapshot snapshot, int core) {
        draw(BootViewModel.of(snapshot, previous.before(snapshot), core, reset));
    }

    /**
     * The lab whose boot is shown from now on: its reset stub's listing, e.g. a student's
     * {@code student-reset.asm} in a lab with {@code "resetStub": "student"}.
     *
     * @throws IllegalArgumentException for a stub that is not registered or does not assemble (the
     *                                  lab could not boot either)
     */
    public void setLab(Scenario lab) {
        reset = BootListing.reset(lab.kernel().resetStub());
    }

    private void draw(BootViewModel vm) {
        for (BootStrip.Lamp lamp : vm.strip().lamps()) {
            ObservableList<String> classes = lamps.get(lamp.step()).getStyleClass();
            classes.removeAll("lit", "latest");
            if (lamp.lit()) {
                classes.add("lit");
            }
        }
        vm.strip().latest().ifPresent(step -> lamps.get(step).getStyleClass().add("latest"));
        mode.setText(vm.mode());
        address.setText(vm.address());
        where.setText(vm.where());
        int line = vm.currentLine().orElse(vm.boundLine().orElse(-1));
        String style = vm.currentLine().isPresent() ? CURRENT_LINE : BOUND_LINE;
        if (vm.shownListing() != loaded) {
            loaded = vm.shownListing();
            markedLine = -1;
            listing.replaceText(String.join("\n", loaded.lines()));
            listingTitle.setText(loaded.title());
        }
        if (markedLine >= 0) {
            listing.setParagraphStyle(markedLine, List.of());
        }
        markedLine = line;
        currentLine.set(vm.currentLine().orElse(-1)); // the arrow: only on an instruction that executes next
        if (line >= 0) {
            listing.setParagraphStyle(line, List.of(style));
            reveal(line);
        }
        diffNote.setText(vm.changesNote());
        diff.setItems(FXCollections.observableList(vm.changes()));
    }

    /** Scrolls only when the line is not in full view, and then centres it so its neighbours show too. */
    private void reveal(int line) {
        boolean laidOut = !listing.getVisibleParagraphs().isEmpty();
        if (!laidOut || line <= listing.firstVisibleParToAllParIndex() || line >= listing.lastVisibleParToAllParIndex()) {
            listing.showParagraphAtCenter(line);
        }
    }

    /** The gutter: a green arrow on the line that executes next (javafx-notes §3). */
    private Node arrow(int line) {
        Polygon arrow = new Polygon(0, 0, 8, 5, 0, 10);
        arrow.getStyleClass().add("exec-arrow");
        arrow.visibleProperty().bind(currentLine.isEqualTo(line));
        HBox box = new HBox(arrow);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(14);
        return box;
    }

    private void column(String title, double width, Function<RegisterChange, String> text) {
        TableColumn<RegisterChange, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        diff.getColumns().add(c);
    }
}
