package no.lappetavla.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.MustCanMatrix.Totals;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;

/**
 * What the decisions mean per profession, one column each: how many M, K and K*, and, when the
 * notes have durations, minutes per day today against after the decisions and what that frees.
 * After a decision only the texts change; the grid is rebuilt when professions or durations do.
 */
final class MatrixSummary extends GridPane {

    private List<Profession> shownFor = List.of();
    private boolean shownWithMinutes;
    private final List<Label> counts = new ArrayList<>();
    private final List<Label> minutes = new ArrayList<>();
    private final List<Label> changes = new ArrayList<>();

    MatrixSummary() {
        getStyleClass().add("matrix-summary");
        setHgap(14);
        setVgap(3);
    }

    void show(MustCanMatrix matrix) {
        if (!matrix.professions().equals(shownFor) || matrix.hasDurations() != shownWithMinutes) {
            build(matrix);
        }
        for (int i = 0; i < matrix.totals().size(); i++) {
            Totals t = matrix.totals().get(i);
            counts.get(i).setText(Messages.format("matrixView.summary.counts", t.must(), t.can(), t.canAfterTraining()));
            if (t.minutesToday() != null) {
                minutes.get(i).setText(Messages.format("matrixView.summary.minutes", t.minutesToday(), t.minutesAfter()));
                changes.get(i).setText(change(t.minutesToday(), t.minutesAfter()));
            }
        }
    }

    private void build(MustCanMatrix matrix) {
        shownFor = matrix.professions();
        shownWithMinutes = matrix.hasDurations();
        getChildren().clear();
        getColumnConstraints().clear();
        counts.clear();
        minutes.clear();
        changes.clear();
        add(caption("matrixView.summary.title"), 0, 0);
        add(caption("matrixView.summary.countsCaption"), 0, 1);
        if (shownWithMinutes) {
            add(caption("matrixView.summary.minutesCaption"), 0, 2);
            add(caption("matrixView.summary.changeCaption"), 0, 3);
        } else {
            Label hint = new Label(Messages.get("matrixView.summary.noDurations"));
            hint.getStyleClass().add("matrix-hint");
            add(hint, 0, 2, shownFor.size() + 1, 1);
        }
        getColumnConstraints().add(new ColumnConstraints());
        int column = 1;
        for (Profession p : shownFor) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
            add(ProfessionChip.of(p), column, 0);
            add(value("matrix-summary-counts", counts), column, 1);
            if (shownWithMinutes) {
                add(value("matrix-summary-minutes", minutes), column, 2);
                add(value("matrix-summary-change", changes), column, 3);
            }
            column++;
        }
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("matrix-summary-caption");
        return l;
    }

    private static Label value(String styleClass, List<Label> into) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Label.USE_PREF_SIZE);
        into.add(l);
        return l;
    }

    /** "90 min frigjort", "30 min mer" or "uendret". */
    static String change(int today, int after) {
        if (today == after) {
            return Messages.get("matrixView.summary.unchanged");
        }
        return Messages.format(after < today ? "matrixView.summary.freed" : "matrixView.summary.more", Math.abs(today - after));
    }
}
