package no.lappetavla.ui.matrix;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import no.lappetavla.model.MustCanMatrix.Row;
import no.lappetavla.model.Task;
import no.lappetavla.ui.Messages;

/** The cells of the fixed columns: time, task and the row's flags. */
final class LineCells {

    private LineCells() {
    }

    /** Tid: the step in bold on its header line, and muted on each task so a filtered list still reads. */
    static final class Time extends TableCell<LineSlot, MatrixLine> {

        Time() {
            getStyleClass().add("time-cell");
        }

        @Override
        protected void updateItem(MatrixLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("step-label");
            if (empty || line == null) {
                setText(null);
            } else if (line instanceof MatrixLine.StepHeader header) {
                setText(stepLabel(header.label()));
                getStyleClass().add("step-label");
            } else if (line instanceof MatrixLine.TaskLine task) {
                setText(stepLabel(task.row().task().stepLabel()));
            }
        }
    }

    static final class TaskText extends TableCell<LineSlot, MatrixLine> {

        private final Label extra = new Label();
        private final Tooltip tip = new Tooltip();

        TaskText() {
            getStyleClass().add("task-cell");
            extra.getStyleClass().add("task-extra");
            setContentDisplay(ContentDisplay.RIGHT);
            tip.setWrapText(true);
            tip.setMaxWidth(600);
        }

        @Override
        protected void updateItem(MatrixLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("step-count");
            setGraphic(null);
            setTooltip(null);
            if (empty || line == null) {
                setText(null);
            } else if (line instanceof MatrixLine.StepHeader header) {
                setText(Messages.format("matrixView.step.count", header.taskCount()));
                getStyleClass().add("step-count");
            } else if (line instanceof MatrixLine.TaskLine taskLine) {
                Task task = taskLine.row().task();
                setText(task.text());
                String more = extras(task);
                if (!more.isEmpty()) {
                    extra.setText(more);
                    setGraphic(extra);
                }
                tip.setText(task.text());
                setTooltip(tip);
            }
        }

        private static String extras(Task task) {
            StringBuilder s = new StringBuilder();
            if (task.durationMinutes() != null) {
                s.append(Messages.format("matrixView.task.minutes", task.durationMinutes()));
            }
            if (task.timeThief()) {
                s.append(s.isEmpty() ? "" : " · ").append(Messages.get("matrixView.task.timeThief"));
            }
            return s.toString();
        }
    }

    static final class Flags extends TableCell<LineSlot, MatrixLine> {

        Flags() {
            getStyleClass().add("flags-cell");
        }

        @Override
        protected void updateItem(MatrixLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || !(line instanceof MatrixLine.TaskLine task)) {
                setGraphic(null);
                return;
            }
            Row row = task.row();
            HBox flags = new HBox(6);
            for (RowFlag flag : RowFlag.of(row)) {
                Label l = new Label(flag.label(row));
                l.getStyleClass().addAll("row-flag", flag.styleClass());
                l.setTooltip(new Tooltip(flag.tip(row)));
                l.setMinWidth(Label.USE_PREF_SIZE);
                flags.getChildren().add(l);
            }
            setGraphic(flags);
        }
    }

    static String stepLabel(String label) {
        return label.isEmpty() ? Messages.get("matrixView.step.unplaced") : label;
    }
}
