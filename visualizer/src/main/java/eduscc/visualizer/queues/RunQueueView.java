package eduscc.visualizer.queues;

import eduscc.kernel.sched.Priority;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.visualizer.app.PreviousSnapshot;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The run-queue panel: the 32 cells of {@code prioBitmap} in two rows of 16 (bit 31 at the top
 * left, as the bits are written), the cell the last decision's BSR found marked, the decision
 * itself ("why did this task run": the bitmap it read, BSR, the chosen priority, the reason in
 * words), one row per non-empty priority with its tasks in FIFO order, the running, idle,
 * blocked, sleeping and finished tasks, and where tasks wait: the core's semaphores and mailbox
 * with the tasks waiting at each. It only draws a {@link RunQueueViewModel}; what changed since
 * the previous {@link #show} carries the style class {@code changed} and is also said in words in
 * the line at the bottom.
 *
 * <p>Node ids for tests and stylesheets: {@code #bit-N} (classes {@code lit} or {@code unlit},
 * {@code bsr}, {@code changed}), {@code #rq-bitmap-hex}, {@code #rq-bsr}, {@code #prio-N} rows with
 * {@code .task-chip} labels, {@code #rq-running}, {@code #rq-idle}, {@code #rq-blocked},
 * {@code #rq-sleeping} (chips followed by a {@code .wake-tick} label), {@code #rq-finished},
 * {@code #rq-decision} with {@code #rq-decision-read}, {@code #rq-decision-outcome} and
 * {@code #rq-decision-because}, {@code #rq-waits} with a {@code .wait-line} per semaphore, mutex
 * and used mailbox (shown only when the core has one), {@code #rq-changes}, and {@code #rq-damage}
 * (shown only when the kernel's bytes could not be decoded: which field at which address).
 */
public final class RunQueueView {
    static final String STYLESHEET = "/eduscc/visualizer/debugger.css";

    private final VBox root = new VBox();
    private final Label title = new Label();
    private final VBox bitmap = new VBox();
    /** Bits 31 to 16 and 15 to 0: two rows of 16 fit the tab beside the mesh, even on a projector's scale. */
    private final HBox highBits = new HBox();
    private final HBox lowBits = new HBox();
    private final Label hex = label("rq-bitmap-hex", "bitmap-hex");
    private final Label bsr = label("rq-bsr", "bsr-text");
    private final VBox lists = new VBox();
    /** A flow, not a row: "running: high at priority 16, being switched out: normal-a" wraps at a projector's scale. */
    private final FlowPane running = flow("rq-running", "running-box");
    private final HBox idle = row("rq-idle", "task-box");
    private final HBox blocked = row("rq-blocked", "task-box");
    private final HBox sleeping = row("rq-sleeping", "task-box");
    /** The core's semaphores, mutexes and mailbox, a line each: where a blocked task waits. */
    private final VBox waits = new VBox();
    private final Label decisionTitle = label("rq-decision-title", "box-title");
    private final Label decisionRead = label("rq-decision-read", "decision-text");
    private final Label decisionOutcome = label("rq-decision-outcome", "decision-text");
    private final Label decisionBecause = label("rq-decision-because", "decision-text");
    private final VBox decision = new VBox(decisionTitle, decisionRead, decisionOutcome, decisionBecause);
    private final HBox finished = row("rq-finished", "task-box");
    private final Label changes = label("rq-changes", "changes");
    /** A scribbled link or status word: said right under the title, as the kernel would panic over it. */
    private final Label damage = label("rq-damage", "damage");
    private DebugSnapshot previous;
    private int previousCore = -1;
    /** The model drawn last: a frame whose model is the same (the core did not move) changes no node. */
    private RunQueueViewModel drawn;
    private int redraws;

    public RunQueueView() {
        root.getStyleClass().add("run-queue");
        root.getStylesheets().add(RunQueueView.class.getResource(STYLESHEET).toExternalForm());
        title.setId("rq-title");
        title.getStyleClass().add("panel-title");
        bitmap.setId("rq-bitmap");
        bitmap.getStyleClass().add("bitmap");
        highBits.getStyleClass().add("bitmap-row");
        lowBits.getStyleClass().add("bitmap-row");
        bitmap.getChildren().addAll(highBits, lowBits);
        lists.setId("rq-ready-lists");
        lists.getStyleClass().add("ready-lists");
        changes.setWrapText(true);
        damage.setWrapText(true);
        damage.managedProperty().bind(damage.visibleProperty());
        waits.setId("rq-waits");
        waits.getStyleClass().add("waits");
        waits.managedProperty().bind(waits.visibleProperty());
        decision.setId("rq-decision");
        decision.getStyleClass().add("decision-box");
        for (Label l : List.of(decisionRead, decisionOutcome, decisionBecause, bsr)) {
            l.setWrapText(true); // sentences: they wrap at a projector's scale rather than end in "..."
        }
        root.getChildren().addAll(title, damage, bitmap, hex, bsr, decision, lists, running, idle, blocked, sleeping,
            waits, finished, changes);
    }

    public Node node() {
        return root;
    }

    /** Shows {@code core}'s queues in {@code snapshot}, highlighting what changed since the last call for that core. */
    public void show(DebugSnapshot snapshot, int core) {
        RunQueueViewModel m = RunQueueViewModel.of(snapshot,
            PreviousSnapshot.of(snapshot, core == previousCore ? previous : null), core);
        previous = snapshot;
        previousCore = core;
        if (m.equals(drawn)) {
            return;
        }
        drawn = m;
        redraws++;
        title.setText(m.hasKernel() ? "Ready queues, core " + core + ", tick " + m.tick()
            : "Ready queues, core " + core + ": no kernel");
        List<Node> cells = m.cells().stream().map(RunQueueView::cell).toList();
        highBits.getChildren().setAll(cells.subList(0, 16));
        lowBits.getChildren().setAll(cells.subList(16, 32));
        damage.setVisible(!m.damage().isEmpty());
        damage.setText(m.damage().isEmpty() ? "" : "The kernel's data is broken here (the debugger shows what it"
            + " could decode): " + String.join("; ", m.damage()) + ".");
        hex.setText("prioBitmap = " + m.bitmapHex());
        bsr.setText(m.bsrText());
        lists.getChildren().clear();
        for (ReadyList list : m.readyLists()) {
            HBox row = row("prio-" + list.priority(), "prio-row");
            row.getChildren().add(label(null, "prio-number", "prio " + list.priority()
                + " (" + Priority.name(list.priority()) + ")"));
            list.tasks().forEach(t -> row.getChildren().add(chip(t)));
            lists.getChildren().add(row);
        }
        if (m.readyLists().isEmpty()) {
            lists.getChildren().add(label("rq-no-ready", "empty", "no task is ready"));
        }
        running.getChildren().setAll(label(null, "box-title", "running:"));
        if (m.running() != null) {
            running.getChildren().addAll(chip(m.running()), label(null, "running-priority",
                m.idleRuns() ? "(the idle task: nothing is ready)" : "at priority " + m.runningPriority()));
            if (m.switchingOut() != null) {
                running.getChildren().addAll(label("rq-switching-out", "box-title", "being switched out:"),
                    chip(m.switchingOut()));
            }
        } else {
            running.getChildren().add(label(null, "empty", "nothing yet: the scheduler has not started"));
        }
        fill(idle, "idle task:", m.idle() == null ? List.of() : List.of(m.idle()));
        fill(blocked, "blocked:", m.blocked());
        fill(sleeping, "sleeping:", m.sleeping());
        showWaits(m.waits());
        showDecision(m);
        fill(finished, "finished:", m.finished());
        changes.setText(m.changes().isEmpty() ? "No change since the last step."
            : "Changed since the last step: " + String.join("; ", m.changes()) + ".");
    }

    private void showWaits(List<RunQueueViewModel.WaitLine> lines) {
        waits.setVisible(!lines.isEmpty());
        waits.getChildren().setAll(label(null, "box-title", "where tasks wait (oldest first):"));
        for (RunQueueViewModel.WaitLine line : lines) {
            Label l = label(null, "wait-line", line.text());
            l.setWrapText(true);
            if (line.changed()) {
                l.getStyleClass().add("changed");
            }
            waits.getChildren().add(l);
        }
    }

    private void showDecision(RunQueueViewModel m) {
        if (m.decision().isEmpty()) {
            decisionTitle.setText("Why this task runs: no scheduler decision yet");
            decisionRead.setText(m.hasKernel() ? "the first timer tick calls the scheduler" : "");
            decisionOutcome.setText("");
            decisionBecause.setText("");
            return;
        }
        DecisionExplained d = m.decision().get();
        decisionTitle.setText("Why this task runs: the last decision (trace #" + d.seq() + ")");
        decisionRead.setText(d.readText());
        decisionOutcome.setText(d.outcomeText());
        decisionBecause.setText(d.because());
    }

    private static Node cell(BitmapCell c) {
        VBox cell = new VBox(label(null, "bit-number", Integer.toString(c.bit())),
            label(null, "bit-value", c.lit() ? "1" : "0"),
            label(null, "bsr-marker", c.bsr() ? "BSR" : " "));
        cell.setId("bit-" + c.bit());
        cell.setMinWidth(Region.USE_PREF_SIZE); // never squeezed until "16" reads "..."
        cell.getStyleClass().addAll("bitmap-cell", c.lit() ? "lit" : "unlit");
        if (c.bsr()) {
            cell.getStyleClass().add("bsr");
        }
        if (c.flipped()) {
            cell.getStyleClass().add("changed");
        }
        if (c.bit() % 4 == 0 && c.bit() % 16 != 0) {
            cell.getStyleClass().add("nibble-end"); // a gap every four bits, so the hex can be read off
        }
        return cell;
    }

    private static Label chip(TaskChip t) {
        Label chip = label(null, "task-chip", t.name());
        if (t.moved()) {
            chip.getStyleClass().add("changed");
        }
        return chip;
    }

    private static void fill(HBox box, String title, List<TaskChip> tasks) {
        box.getChildren().setAll(label(null, "box-title", title));
        if (tasks.isEmpty()) {
            box.getChildren().add(label(null, "empty", "none"));
        }
        for (TaskChip t : tasks) {
            box.getChildren().add(chip(t));
            if (!t.note().isEmpty()) {
                box.getChildren().add(label(null, "wake-tick", t.note()));
            }
        }
    }

    private static FlowPane flow(String id, String styleClass) {
        FlowPane flow = new FlowPane();
        flow.setId(id);
        flow.getStyleClass().add(styleClass);
        flow.setHgap(6);
        flow.setVgap(4);
        return flow;
    }

    private static HBox row(String id, String styleClass) {
        HBox row = new HBox();
        row.setId(id);
        row.getStyleClass().add(styleClass);
        return row;
    }

    private static Label label(String id, String styleClass) {
        return label(id, styleClass, "");
    }

    private static Label label(String id, String styleClass, String text) {
        Label l = new Label(text);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** How often the nodes were redrawn (a snapshot that changed nothing here is not counted). */
    int redraws() {
        return redraws;
    }
}
