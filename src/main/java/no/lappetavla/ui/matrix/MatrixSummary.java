package no.lappetavla.ui.matrix;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.MustCanMatrix.Totals;
import no.lappetavla.ui.Messages;

/**
 * What the decisions mean per profession, one column each: how many M, K and K*, and, when the
 * notes have durations, minutes per day today against after the decisions and what that frees.
 */
final class MatrixSummary extends GridPane {

    MatrixSummary() {
        getStyleClass().add("matrix-summary");
        setHgap(14);
        setVgap(3);
    }

    void show(MustCanMatrix matrix) {
        getChildren().clear();
        getColumnConstraints().clear();
        add(caption("matrix.summary.title"), 0, 0);
        add(caption("matrix.summary.countsCaption"), 0, 1);
        if (matrix.hasDurations()) {
            add(caption("matrix.summary.minutesCaption"), 0, 2);
            add(caption("matrix.summary.changeCaption"), 0, 3);
        } else {
            Label hint = new Label(Messages.get("matrix.summary.noDurations"));
            hint.getStyleClass().add("matrix-hint");
            add(hint, 0, 2, matrix.totals().size() + 1, 1);
        }
        getColumnConstraints().add(new ColumnConstraints());
        int column = 1;
        for (Totals t : matrix.totals()) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
            add(ProfessionChip.of(t.profession()), column, 0);
            add(value("matrix-summary-counts",
                    Messages.format("matrix.summary.counts", t.must(), t.can(), t.canAfterTraining())), column, 1);
            if (t.minutesToday() != null) {
                add(value("matrix-summary-minutes",
                        Messages.format("matrix.summary.minutes", t.minutesToday(), t.minutesAfter())), column, 2);
                add(value("matrix-summary-change", change(t.minutesToday(), t.minutesAfter())), column, 3);
            }
            column++;
        }
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("matrix-summary-caption");
        return l;
    }

    private static Label value(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** "90 min frigjort", "30 min mer" or "uendret". */
    static String change(int today, int after) {
        if (today == after) {
            return Messages.get("matrix.summary.unchanged");
        }
        return Messages.format(after < today ? "matrix.summary.freed" : "matrix.summary.more", Math.abs(today - after));
    }
}
