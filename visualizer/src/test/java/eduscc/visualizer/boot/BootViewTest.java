package eduscc.visualizer.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The boot view on the boot lab, headless: what the projector shows at CR0.PE and after the far jump. */
@ExtendWith(ApplicationExtension.class)
class BootViewTest {
    private Session session;
    private BootView view;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("boot"));
        view = new BootView();
        view.show(session.snapshot(), 0);
        stage.setScene(new Scene((Parent) view.node(), 1000, 700));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static int lineOf(String source) {
        List<String> listing = BootViewModel.listing();
        for (int i = 0; i < listing.size(); i++) {
            if (listing.get(i).contains(source)) {
                return i;
            }
        }
        throw new AssertionError("the stub has no line " + source);
    }

    private static List<Integer> markedParagraphs(CodeArea area) {
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            if (area.getParagraph(i).getParagraphStyle().contains(BootView.CURRENT_LINE)) {
                marked.add(i);
            }
        }
        return marked;
    }

    private boolean lamp(FxRobot robot, BootStep step, String styleClass) {
        return robot.lookup("#" + step.lampId()).queryAs(Label.class).getStyleClass().contains(styleClass);
    }

    @Test
    void atCr0PeTheLampIsLitAndTheFarJumpIsTheMarkedLine(FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> view.show(session.snapshot(), 0));

        assertTrue(lamp(robot, BootStep.CR0_PE, "lit"), "the CR0.PE lamp is lit");
        assertTrue(lamp(robot, BootStep.CR0_PE, "latest"), "and it is the step just passed");
        assertFalse(lamp(robot, BootStep.FAR_JUMP, "lit"), "the far jump is still to come");
        CodeArea listing = robot.lookup("#boot-listing").queryAs(CodeArea.class);
        assertEquals(List.of(lineOf("jmp dword CODE_SELECTOR:protected_start")), markedParagraphs(listing),
            "only the next instruction, the far jump after mov cr0, eax, is marked");
        assertTrue(robot.lookup("#boot-mode").queryAs(Label.class).getText().contains("real-mode cache"));
    }

    @Test
    void stepOverTheFarJumpMovesTheMarkAndListsTheCsCacheChange(FxRobot robot) {
        session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
        robot.interact(() -> view.show(session.snapshot(), 0));
        session.step();
        robot.interact(() -> view.show(session.snapshot(), 0));

        CodeArea listing = robot.lookup("#boot-listing").queryAs(CodeArea.class);
        assertEquals(List.of(lineOf("mov ax, DATA_SELECTOR")), markedParagraphs(listing));
        assertTrue(lamp(robot, BootStep.FAR_JUMP, "latest"));
        assertFalse(lamp(robot, BootStep.CR0_PE, "latest"));
        @SuppressWarnings("unchecked")
        TableView<RegisterChange> diff = robot.lookup("#boot-diff").queryAs(TableView.class);
        assertTrue(diff.getItems().contains(new RegisterChange("CS selector", "F000", "0008")), diff.getItems().toString());
    }

    @Test
    void theAddressLineAndTheKernelHeadListingFollowTheCore(FxRobot robot) {
        assertTrue(robot.lookup("#boot-address").queryAs(Label.class).getText()
            .endsWith("-> linear 0xFFFFFFF0"), "at reset: F000:FFF0 with the hidden base");
        int kernelStart = eduscc.kernel.boot.KernelImage.head().symbols().get("start").intValue();
        robot.interact(() -> {
            session.runUntil(e -> e.event() instanceof TraceEvent.FarJump, "the far jump");
            while (session.snapshot().machine().core(0).eip() != kernelStart) {
                session.step();
            }
            view.show(session.snapshot(), 0);
        });
        assertTrue(robot.lookup("#boot-listing-title").queryAs(Label.class).getText().startsWith("kernel_head.asm at 00100000"));
        CodeArea listing = robot.lookup("#boot-listing").queryAs(CodeArea.class);
        List<Integer> marked = markedParagraphs(listing);
        assertEquals(1, marked.size(), "one line marked");
        assertTrue(listing.getParagraph(marked.get(0)).getText().contains("jmp short kernel_entry"),
            listing.getParagraph(marked.get(0)).getText());
    }
}
