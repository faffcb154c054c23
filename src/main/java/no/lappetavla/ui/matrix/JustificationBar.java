package no.lappetavla.ui.matrix;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.ui.Messages;

/**
 * The current cell spelled out (profession, task, decision) with its begrunnelse/vilkår in an
 * editable field: Enter or F2 in the matrix comes here, Enter saves, Esc goes back unchanged.
 */
final class JustificationBar extends VBox {

    /** Where a typed begrunnelse goes. */
    interface Target {
        void justify(String taskKey, String professionId, String justification);

        void backToMatrix();
    }

    private final Target target;
    private final Label where = new Label();
    private final TextField field = new TextField();
    private final Label hint = new Label(Messages.get("matrixView.keys.hint"));
    private String taskKey;
    private String professionId;
    private String shown = "";

    JustificationBar(Target target) {
        this.target = target;
        getStyleClass().add("justification-bar");
        where.getStyleClass().add("justification-where");
        where.setMinWidth(0);
        Label caption = new Label(Messages.get("matrixView.justification"));
        caption.getStyleClass().add("justification-caption");
        caption.setLabelFor(field);
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.getStyleClass().add("justification-field");
        field.setAccessibleText(Messages.get("matrixView.justification"));
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox line = new HBox(10, caption, field);
        line.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("matrix-hint");
        setSpacing(4);
        getChildren().addAll(where, line, hint);

        field.setOnAction(e -> {
            commit();
            target.backToMatrix();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(shown);
                e.consume();
                target.backToMatrix();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            hint.setText(Messages.get(is ? "matrixView.justification.hint" : "matrixView.keys.hint"));
            if (!is) {
                commit();
            }
        });
    }

    /** Shows the cell under the cursor, or nothing when there is no task. */
    void show(MustCanMatrix.Row row, String professionId) {
        if (row == null) {
            taskKey = null;
            this.professionId = null;
            shown = "";
            where.setText(Messages.get("matrixView.noTasks"));
            field.setText("");
            field.setDisable(true);
            return;
        }
        MustCanMatrix.Cell cell = row.cell(professionId);
        boolean sameCell = row.task().key().equals(taskKey) && professionId.equals(this.professionId);
        if (field.isFocused()) {
            if (sameCell) {
                return;
            }
            commit();
        }
        taskKey = row.task().key();
        this.professionId = professionId;
        shown = cell.justification();
        String decision = cell.decision() == null ? Messages.get("matrixView.legend.blank")
                : cell.letter() + " " + DecisionCell.meaning(cell.decision());
        where.setText(Messages.format("matrixView.justification.where", cell.profession().code(), cell.profession().name(),
                row.task().text(), decision, cell.doneToday() ? Messages.get("matrixView.justification.doesToday") : ""));
        field.setText(shown);
        field.setDisable(cell.decision() == null);
        field.setPromptText(Messages.get(cell.decision() == null ? "matrixView.justification.needsDecision"
                : "matrixView.justification.prompt"));
    }

    /** Moves the keyboard into the field, if the cell has a decision to justify. */
    boolean edit() {
        if (field.isDisabled()) {
            return false;
        }
        field.requestFocus();
        field.selectAll();
        return true;
    }

    private void commit() {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (taskKey != null && !text.equals(shown)) {
            shown = text;
            target.justify(taskKey, professionId, text);
        }
    }
}
