package eduscc.visualizer.app;

import eduscc.labs.scenario.Replay;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The strip under the tool bar of a debugger opened on a failed check ({@code gui --replay FILE}):
 * which check of which exercise failed, where the debugger stopped for it, and the value the
 * kit's own code showed there beside the one the student's code showed. It stays until closed;
 * stepping on from here shows what the student's code did next.
 */
final class ReplayBanner {
    private final VBox node = new VBox();

    ReplayBanner(Replay replay, Runnable close) {
        Label title = new Label("Check failed: '" + replay.check() + "' (exercise " + replay.exercise() + ", lab "
            + replay.lab() + "). The debugger stopped at " + replay.stopAt()
            + "; step back to see how your code got here, or on to see what it does next.");
        title.setId("replay-title");
        title.setWrapText(true);
        title.getStyleClass().add("panel-title");
        GridPane values = new GridPane();
        values.setHgap(16);
        values.add(heading("Expected (the kit's code)"), 0, 0);
        values.add(heading("Your code"), 1, 0);
        values.add(value("replay-expected", replay.expected()), 0, 1);
        values.add(value("replay-actual", replay.actual()), 1, 1);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            values.getColumnConstraints().add(half);
        }
        Button dismiss = new Button("Close");
        dismiss.setId("replay-close");
        dismiss.setOnAction(e -> close.run());
        node.getChildren().setAll(title, values, dismiss);
        node.setId("replay");
        node.setSpacing(4);
        node.setPadding(new Insets(6));
        node.setStyle("-fx-background-color: #fff4e5; -fx-border-color: #b35c00; -fx-border-width: 0 0 2 0;");
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }

    Node node() {
        return node;
    }
}
