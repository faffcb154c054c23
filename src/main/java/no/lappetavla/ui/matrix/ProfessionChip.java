package no.lappetavla.ui.matrix;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Profession;

/** A profession's code on its own colour, as on the notes: the code is always there, not only colour. */
final class ProfessionChip {

    private ProfessionChip() {
    }

    static Label of(Profession p) {
        Label chip = new Label(p.code());
        chip.getStyleClass().add("profession-chip");
        Colour fill = p.colourValue();
        chip.setStyle("-fx-background-color: " + fill.hex() + "; -fx-text-fill: " + fill.textColour().hex() + ";");
        chip.setTooltip(new Tooltip(p.name()));
        return chip;
    }
}
