package no.lappetavla.ui.legend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import no.lappetavla.model.Board;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;

/**
 * The always-visible legend of professions, which is also the palette: clicking one gives the
 * selected notes that profession; keys 1–9 do the same for the board's first nine lanes.
 */
public final class LegendBar extends FlowPane {

    /** Narrower than this (e.g. 1280×720) the legend shows codes only; names are in the lane headers. */
    private static final double COMPACT_BELOW = 1300;

    private final WorkshopSession session;
    private final Consumer<String> onPick;

    public LegendBar(WorkshopSession session, Consumer<String> onPick) {
        this.session = session;
        this.onPick = onPick;
        getStyleClass().add("legend-bar");
        setHgap(6);
        setVgap(6);
        setAccessibleText(Messages.get("legend.accessible"));
        session.workshopProperty().addListener((o, a, b) -> rebuild());
        session.currentBoardIdProperty().addListener((o, a, b) -> rebuild());
        session.room().presentingProperty().addListener((o, a, b) -> rebuild());
        widthProperty().addListener((o, a, b) -> {
            if ((a.doubleValue() < COMPACT_BELOW) != (b.doubleValue() < COMPACT_BELOW)) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        Workshop w = session.workshop();
        Board board = w.board(session.currentBoardIdProperty().get()).orElse(null);
        Map<String, Integer> counts = new HashMap<>();
        for (Note n : w.notes()) {
            if (board == null || n.boardId().equals(board.id())) {
                counts.merge(n.professionId(), 1, Integer::sum);
            }
        }
        List<String> lanes = board == null ? List.of()
                : board.laneIds().stream().filter(id -> w.profession(id).map(p -> !p.hidden()).orElse(false)).toList();
        getChildren().clear();
        for (Profession p : w.professions()) {
            if (p.hidden()) {
                continue;
            }
            int key = lanes.indexOf(p.id()) + 1;
            getChildren().add(chip(p, counts.getOrDefault(p.id(), 0), key >= 1 && key <= 9 ? key : 0));
        }
    }

    private Button chip(Profession p, int count, int key) {
        Colour c = p.colourValue();
        Label code = new Label(p.code());
        code.getStyleClass().add("legend-code");
        code.setStyle("-fx-background-color: " + c.hex() + ";");
        code.setTextFill(Color.web(c.textColour().hex()));
        HBox box = new HBox(6, code);
        if (!session.room().isPresenting() && getWidth() >= COMPACT_BELOW) {
            // On the projector the codes alone keep the legend to one line; names are in the lane headers.
            box.getChildren().add(new Label(p.name() + " (" + count + ")"));
        }
        box.setAlignment(Pos.CENTER_LEFT);
        if (key > 0) {
            Label k = new Label(String.valueOf(key));
            k.getStyleClass().add("legend-key");
            box.getChildren().addFirst(k);
        }
        Button b = new Button(null, box);
        b.getStyleClass().add("legend-chip");
        b.setFocusTraversable(false);
        b.setAccessibleText(p.code() + " " + p.name() + ", " + Messages.format("legend.count", count));
        b.setTooltip(new Tooltip(Messages.get("legend.tooltip")));
        b.setOnAction(e -> onPick.accept(p.id()));
        return b;
    }
}
