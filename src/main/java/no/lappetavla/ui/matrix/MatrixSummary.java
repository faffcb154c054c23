package no.lappetavla.ui.matrix;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.MustCanMatrix.Totals;
import no.lappetavla.ui.Messages;

/**
 * What the decisions mean per profession: how many M, K and K*, and, when the notes have
 * durations, minutes per day today against after the decisions.
 */
final class MatrixSummary extends FlowPane {

    MatrixSummary() {
        getStyleClass().add("matrix-summary");
        setHgap(10);
        setVgap(6);
    }

    void show(MustCanMatrix matrix) {
        getChildren().clear();
        Label title = new Label(Messages.get("matrix.summary.title"));
        title.getStyleClass().add("matrix-summary-title");
        getChildren().add(title);
        for (Totals t : matrix.totals()) {
            getChildren().add(tile(t));
        }
        if (!matrix.hasDurations()) {
            Label hint = new Label(Messages.get("matrix.summary.noDurations"));
            hint.getStyleClass().add("matrix-hint");
            getChildren().add(hint);
        }
    }

    private static VBox tile(Totals t) {
        Label code = ProfessionChip.of(t.profession());
        Label counts = new Label(Messages.format("matrix.summary.counts", t.must(), t.can(), t.canAfterTraining()));
        counts.getStyleClass().add("matrix-summary-counts");
        VBox tile = new VBox(2, new HBox(6, code, counts));
        tile.getStyleClass().add("matrix-summary-tile");
        if (t.minutesToday() != null) {
            Label minutes = new Label(minutes(t.minutesToday(), t.minutesAfter()));
            minutes.getStyleClass().add("matrix-summary-minutes");
            tile.getChildren().add(minutes);
        }
        Tooltip.install(tile, new Tooltip(t.profession().name()));
        return tile;
    }

    /** "240 → 150 min, 90 min frigjort" (or "… min mer" when the decisions add work). */
    static String minutes(int today, int after) {
        if (today == after) {
            return Messages.format("matrix.summary.minutesSame", today);
        }
        return Messages.format(after < today ? "matrix.summary.minutesFreed" : "matrix.summary.minutesMore",
                today, after, Math.abs(today - after));
    }
}
