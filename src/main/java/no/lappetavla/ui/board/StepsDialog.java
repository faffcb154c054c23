package no.lappetavla.ui.board;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.lappetavla.model.Board;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Step;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.dialogs.Dialogs;

/** Edit a board's steps or time blocks: rename, add, reorder, remove (notes go to unsorted). */
public final class StepsDialog {

    private final WorkshopSession session;
    private final String boardId;
    private final GridPane grid = new GridPane(8, 6);
    private List<String> shownOrder = List.of();

    private StepsDialog(WorkshopSession session, String boardId) {
        this.session = session;
        this.boardId = boardId;
    }

    public static void show(Window owner, WorkshopSession session, String boardId) {
        StepsDialog s = new StepsDialog(session, boardId);
        ChangeListener<Workshop> refresh = (o, a, b) -> s.refresh();
        session.workshopProperty().addListener(refresh);
        s.refresh();
        Button add = new Button(Messages.get("steps.add"));
        add.setOnAction(e -> s.board().ifPresent(b -> {
            List<Step> steps = new ArrayList<>(b.steps());
            steps.add(new Step(Ids.newId(), Messages.format("steps.newLabel", steps.size() + 1)));
            session.execute(Edits.updateBoard(b.withSteps(steps)));
        }));
        ScrollPane scroll = new ScrollPane(s.grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("steps.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(new VBox(10, new Label(Messages.get("steps.help")), scroll, add));
        d.getDialogPane().getButtonTypes().add(Dialogs.ok());
        d.showAndWait();
        session.workshopProperty().removeListener(refresh);
    }

    private java.util.Optional<Board> board() {
        return session.workshop().board(boardId);
    }

    private void refresh() {
        Board b = board().orElse(null);
        if (b == null) {
            return;
        }
        List<String> order = b.steps().stream().map(Step::id).toList();
        if (order.equals(shownOrder)) {
            return;
        }
        shownOrder = order;
        grid.getChildren().clear();
        for (int i = 0; i < b.steps().size(); i++) {
            addRow(i, b.steps().get(i));
        }
    }

    private void addRow(int row, Step step) {
        TextField label = new TextField(step.label());
        label.setPrefColumnCount(24);
        label.setAccessibleText(Messages.get("steps.label"));
        Runnable rename = () -> board().ifPresent(b -> {
            String text = label.getText() == null ? "" : label.getText().strip();
            if (!text.isEmpty()) {
                session.execute(Edits.updateBoard(b.withSteps(b.steps().stream()
                        .map(s -> s.id().equals(step.id()) ? s.withLabel(text) : s).toList())));
            }
        });
        label.setOnAction(e -> rename.run());
        label.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                rename.run();
            }
        });
        Button up = new Button("↑");
        up.setAccessibleText(Messages.get("steps.up"));
        up.setOnAction(e -> move(step.id(), -1));
        Button down = new Button("↓");
        down.setAccessibleText(Messages.get("steps.down"));
        down.setOnAction(e -> move(step.id(), 1));
        Button remove = new Button(Messages.get("steps.remove"));
        remove.setOnAction(e -> {
            long count = session.workshop().notesOn(boardId).stream().filter(n -> step.id().equals(n.stepId())).count();
            if (count == 0 || Dialogs.confirm(grid.getScene().getWindow(), Messages.format("steps.removeHeader", step.label()),
                    Messages.format("steps.removeText", count), Messages.get("steps.remove"))) {
                session.execute(Edits.removeStep(boardId, step.id()));
            }
        });
        grid.addRow(row, label, up, down, remove);
    }

    private void move(String stepId, int delta) {
        board().ifPresent(b -> {
            List<Step> steps = new ArrayList<>(b.steps());
            int from = steps.stream().map(Step::id).toList().indexOf(stepId);
            int to = from + delta;
            if (from >= 0 && to >= 0 && to < steps.size()) {
                steps.add(to, steps.remove(from));
                session.execute(Edits.updateBoard(b.withSteps(steps)));
            }
        });
    }
}
