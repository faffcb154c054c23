package no.lappetavla.ui.matrix;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import no.lappetavla.model.Decision;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.ui.Messages;

/**
 * One profession's cell: the decision letter, large and bold on a fill that always comes with the
 * letter; a dot when the profession does the task today; a corner mark when there is a begrunnelse.
 */
final class DecisionCell extends TableCell<LineSlot, MatrixLine> {

    private static final List<String> FILLS = List.of("decision-must", "decision-can", "decision-can-after-training",
            "decision-should-not", "decision-none", "step-header-cell");

    private final String professionId;
    private final Label letter = new Label();
    private final Circle today = todayMark();
    private final Polygon justified = justificationMark();
    private final StackPane content = new StackPane(letter, today, justified);
    private final Tooltip tip = new Tooltip();

    DecisionCell(String professionId) {
        this.professionId = professionId;
        getStyleClass().add("decision-cell");
        letter.getStyleClass().add("decision-letter");
        StackPane.setAlignment(today, Pos.TOP_LEFT);
        StackPane.setAlignment(justified, Pos.TOP_RIGHT);
        content.setMinSize(0, 0);
        setText(null);
        setAlignment(Pos.CENTER);
    }

    /** The dot for "gjør oppgaven i dag": a shape with a ring, readable on every fill. */
    static Circle todayMark() {
        Circle c = new Circle(5);
        c.getStyleClass().add("today-mark");
        return c;
    }

    /** The corner triangle for "har begrunnelse/vilkår", as spreadsheets mark a comment. */
    static Polygon justificationMark() {
        Polygon p = new Polygon(0, 0, 10, 0, 10, 10);
        p.getStyleClass().add("justification-mark");
        return p;
    }

    @Override
    protected void updateItem(MatrixLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll(FILLS);
        if (empty || line == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (!(line instanceof MatrixLine.TaskLine task)) {
            getStyleClass().add("step-header-cell");
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        MustCanMatrix.Cell cell = task.row().cell(professionId);
        getStyleClass().add(fillClass(cell.decision()));
        letter.setText(cell.letter());
        today.setVisible(cell.doneToday());
        justified.setVisible(!cell.justification().isEmpty());
        setGraphic(content);
        String state = Messages.format("matrixView.cell.accessible", cell.profession().code(),
                cell.decision() == null ? Messages.get("matrixView.legend.blank") : meaning(cell.decision()),
                cell.doneToday() ? Messages.get("matrixView.legend.today") : "");
        setAccessibleText(state);
        if (cell.justification().isEmpty()) {
            setTooltip(null);
        } else {
            tip.setText(cell.justification());
            setTooltip(tip);
        }
    }

    static String fillClass(Decision decision) {
        if (decision == null) {
            return "decision-none";
        }
        return switch (decision) {
            case MUST -> "decision-must";
            case CAN -> "decision-can";
            case CAN_AFTER_TRAINING -> "decision-can-after-training";
            case SHOULD_NOT -> "decision-should-not";
        };
    }

    static String meaning(Decision decision) {
        return switch (decision) {
            case MUST -> Messages.get("matrixView.legend.must");
            case CAN -> Messages.get("matrixView.legend.can");
            case CAN_AFTER_TRAINING -> Messages.get("matrixView.legend.canAfterTraining");
            case SHOULD_NOT -> Messages.get("matrixView.legend.shouldNot");
        };
    }
}
