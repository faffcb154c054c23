package no.lappetavla.ui.matrix;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One place in the table. A decision changes the line in its slot, not the table's items, so only
 * that row's cells redraw: replacing an item makes the table rebuild every visible cell, which
 * costs a noticeable pause per keystroke on a large workshop.
 */
final class LineSlot {

    final ObjectProperty<MatrixLine> line;

    LineSlot(MatrixLine line) {
        this.line = new SimpleObjectProperty<>(line);
    }
}
