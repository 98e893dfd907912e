package eduscc.visualizer.lab;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.NarrationChecks;
import java.util.List;
import eduscc.labs.scenario.NarrationStep;
import eduscc.labs.scenario.Scenario;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lab's narration for a lecturer walking a class through it: the description, then each
 * step with the tick it belongs to; the step the run has reached is selected. A step's check
 * shows the verdict {@link NarrationChecks} gives at the snapshot shown, never one remembered
 * from another position.
 */
public final class LabView {
    private final Label description = new Label();
    private final ListView<String> steps = new ListView<>();
    private final VBox root = new VBox(6, description, steps);
    private Scenario lab;
    private final java.util.Map<Integer, String> verdicts = new java.util.TreeMap<>();
    private java.util.function.BiConsumer<Integer, Long> onJumpToTick = (core, tick) -> { };

    public LabView() {
        description.setWrapText(true);
        description.setId("lab-description");
        steps.setId("lab-steps");
        steps.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }

            {
                setOnMouseClicked(click -> {
                    if (click.getClickCount() == 2 && !isEmpty() && lab != null && getIndex() < lab.narration().size()) {
                        NarrationStep step = lab.narration().get(getIndex());
                        onJumpToTick.accept(step.core() == null ? lab.machine().cores().get(0) : step.core(), step.tick());
                    }
                });
            }
        });
        VBox.setVgrow(steps, Priority.ALWAYS);
    }

    /** Called with a core and a tick when the user double-clicks a narration line; the window goes there. */
    public void setOnJumpToTick(java.util.function.BiConsumer<Integer, Long> jump) {
        onJumpToTick = jump;
    }

    public Node node() {
        return root;
    }

    public void open(Scenario scenario) {
        lab = scenario;
        verdicts.clear();
        description.setText(scenario.name() + ": " + scenario.description());
        redrawSteps();
    }

    private void redrawSteps() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < lab.narration().size(); i++) {
            NarrationStep n = lab.narration().get(i);
            String text = n.text().startsWith("Tick") ? n.text()
                : "Tick " + n.tick() + (n.core() == null ? "" : ", core " + n.core()) + ": " + n.text();
            if (n.check() != null) {
                text += "\n    " + verdicts.getOrDefault(i, "check (judged at tick " + n.tick() + "): " + n.check().describe());
            }
            lines.add(text);
        }
        int selected = steps.getSelectionModel().getSelectedIndex();
        steps.getItems().setAll(lines);
        if (selected >= 0) {
            steps.getSelectionModel().select(selected);
        }
    }

    /** Selects the last narration step whose tick the run has reached on the lab's first core. */
    public void show(DebugSnapshot snapshot) {
        if (lab == null || lab.narration().isEmpty() || snapshot.kernels().isEmpty()) {
            return;
        }
        long tick = snapshot.kernels().values().iterator().next().tick();
        int reached = -1;
        for (int i = 0; i < lab.narration().size(); i++) {
            NarrationStep step = lab.narration().get(i);
            if (step.tick() <= tick) {
                reached = i;
            }
        }
        int core = lab.machine().cores().get(0);
        java.util.Map<Integer, String> now = new java.util.TreeMap<>();
        for (int i = 0; i < lab.narration().size(); i++) {
            NarrationStep step = lab.narration().get(i);
            NarrationChecks.Result r = NarrationChecks.judge(step, snapshot, core);
            if (r.passed() != null) {
                now.put(i, verdict(r, step));
            }
        }
        if (!now.equals(verdicts)) {
            verdicts.clear();
            verdicts.putAll(now);
            redrawSteps();
        }
        if (reached >= 0 && steps.getSelectionModel().getSelectedIndex() != reached) {
            steps.getSelectionModel().select(reached);
            steps.scrollTo(reached);
        }
    }

    /**
     * A check's line: a tick or a cross once its tick has ended (or while it runs and the check
     * holds); "not yet" while its tick still runs and the check does not hold yet, since the
     * state it asks for may come later in the tick.
     */
    private static String verdict(NarrationChecks.Result r, NarrationStep step) {
        String mark = r.passed() ? "\u2713 check" : r.atTickEnd() ? "\u2717 check" : "\u2026 not yet, tick " + step.tick()
            + " still runs: check";
        String when = r.atTickEnd() ? " (at the end of tick " + step.tick() + ")" : "";
        return mark + when + ": " + step.check().describe() + (r.passed() ? "" : " (seen: " + r.seen() + ")");
    }
}
