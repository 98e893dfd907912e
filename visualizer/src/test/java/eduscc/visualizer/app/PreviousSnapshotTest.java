package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.descriptors.DescriptorTablesViewModel;
import eduscc.visualizer.descriptors.GdtRow;
import org.junit.jupiter.api.Test;

/** "Changed since the last step" compares with the run one step earlier, not with what was shown last. */
class PreviousSnapshotTest {

    @Test
    void afterAStepBackTheTssPaneDoesNotCallTheNextTasksTssThePreviousTasks() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            PreviousSnapshot views = new PreviousSnapshot();
            for (int i = 0; i < 6; i++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "a task switch");
            }
            DebugSnapshot afterSwitch = session.snapshot();
            assertTrue(DescriptorTablesViewModel.of(afterSwitch, views.before(afterSwitch), 0).savedTss().isPresent(),
                "right after the far JMP the pane shows what the switch saved into the previous task's TSS");
            session.stepBack();
            DebugSnapshot back = session.snapshot();
            var model = DescriptorTablesViewModel.of(back, views.before(back), 0);
            assertTrue(model.savedTss().isEmpty(), "one step before the switch nothing was saved into any TSS yet, but"
                + " the pane showed " + model.savedTss().map(t -> t.title()).orElse(""));
        }
    }

    @Test
    void afterNextEventOnlyWhatTheLastStepChangedIsMarked() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            PreviousSnapshot views = new PreviousSnapshot();
            views.before(session.snapshot());
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "a task switch");
            DebugSnapshot now = session.snapshot();
            DebugSnapshot before = views.before(now);
            assertEquals(now.position() - 1, before.position(), "compared with one step earlier, not with the start");
            long changedRows = DescriptorTablesViewModel.of(now, before, 0).gdt().stream().filter(GdtRow::changed).count();
            assertTrue(changedRows <= 2, "one far JMP changes at most the busy bits of two TSS descriptors, but "
                + changedRows + " GDT rows were marked new");
        }
    }
}
