package no.lappetavla.ui.board;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;

/**
 * One note on screen. Fixed size; the profession code is always shown beside the colour so that
 * colour is never the only signal. Views are pooled and re-bound while panning.
 */
final class NoteView extends Pane {

    private static final double INSET = 8;
    private static final double TOP = 26;

    private final Rectangle paper = new Rectangle(BoardLayout.NOTE_W, BoardLayout.NOTE_H);
    private final Label code = new Label();
    private final Label badge = new Label();
    private final Label marks = new Label();
    private final Label text = new Label();
    private NoteTextFit fit;
    private Tooltip tooltip;
    private Note note;
    private Profession profession;
    private int professionCount;
    private boolean selected;
    private boolean detailed = true;

    NoteView(NoteTextFit fit) {
        this.fit = fit;
        getStyleClass().add("note");
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(false);
        paper.setArcWidth(8);
        paper.setArcHeight(8);
        code.setFont(Font.font("System", FontWeight.BOLD, 15));
        code.relocate(INSET, 4);
        badge.setFont(Font.font("System", FontWeight.BOLD, 14));
        badge.getStyleClass().add("note-badge");
        badge.setAlignment(Pos.CENTER_RIGHT);
        badge.resizeRelocate(BoardLayout.NOTE_W - INSET - 50, 4, 50, 20);
        marks.setFont(Font.font("System", FontWeight.BOLD, 13));
        marks.setAlignment(Pos.CENTER);
        marks.resizeRelocate(50, 5, BoardLayout.NOTE_W - 100, 18);
        text.setWrapText(true);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(TextAlignment.CENTER);
        text.relocate(INSET, TOP);
        text.setPrefSize(BoardLayout.NOTE_W - 2 * INSET, BoardLayout.NOTE_H - TOP - INSET);
        text.setMaxSize(BoardLayout.NOTE_W - 2 * INSET, BoardLayout.NOTE_H - TOP - INSET);
        text.resize(BoardLayout.NOTE_W - 2 * INSET, BoardLayout.NOTE_H - TOP - INSET);
        getChildren().addAll(paper, code, badge, marks, text);
        resize(BoardLayout.NOTE_W, BoardLayout.NOTE_H);
        setPickOnBounds(true);
    }

    Note note() {
        return note;
    }

    /** Switches text fitting (normal or projector) and forgets what was drawn. */
    void useFit(NoteTextFit newFit) {
        fit = newFit;
        note = null;
    }

    /** Shows a note; cheap when nothing that is drawn has changed. */
    void bind(Note newNote, Profession newProfession, int newProfessionCount) {
        if (newNote == note && newProfession == profession && newProfessionCount == professionCount) {
            return;
        }
        boolean textChanged = note == null || !note.text().equals(newNote.text());
        note = newNote;
        profession = newProfession;
        professionCount = newProfessionCount;
        Colour colour = profession == null ? Colour.parse("#CCCCCC") : profession.colourValue();
        Color ink = toFx(colour.textColour());
        paper.setFill(toFx(colour));
        code.setText(profession == null ? "?" : profession.code());
        code.setTextFill(ink);
        if (professionCount >= 2) {
            badge.setText("×" + professionCount);
            badge.setVisible(detailed);
            badge.setTextFill(ink);

        } else {
            badge.setVisible(false);
        }
        StringBuilder m = new StringBuilder();
        if (note.timeThief()) {
            m.append(Messages.get("note.timeThiefMark"));
        }
        if (note.votes() > 0) {
            m.append(m.isEmpty() ? "" : "  ").append("● ").append(note.votes());
        }
        marks.setText(m.toString());
        marks.setTextFill(ink);
        marks.setVisible(detailed && !m.isEmpty());
        text.setTextFill(ink);
        if (textChanged) {
            NoteTextFit.Fit f = fit.fit(note.text(), BoardLayout.NOTE_W - 2 * INSET, BoardLayout.NOTE_H - TOP - INSET);
            text.setFont(NoteTextFit.font(f.size()));
            text.setText(note.text());
            if (f.overflows()) {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(420);
                    Tooltip.install(this, tooltip);
                }
                tooltip.setText(note.text());
            } else if (tooltip != null) {
                Tooltip.uninstall(this, tooltip);
                tooltip = null;
            }
        }
        String shared = professionCount >= 2 ? " " + Messages.format("note.sharedBy", professionCount) : "";
        setAccessibleText((profession == null ? "" : profession.name() + ": ") + note.text() + shared);
        updateOutline();
    }

    void setSelected(boolean value) {
        if (selected != value) {
            selected = value;
            updateOutline();
        }
    }

    /** Far out only the colour and code are drawn: cheaper, and text would be unreadable anyway. */
    void setDetail(boolean detailed) {
        if (detailed == this.detailed) {
            return;
        }
        this.detailed = detailed;
        // Far out a plain square costs a third of a rounded, outlined note with labels.
        text.setVisible(detailed);
        code.setVisible(detailed);
        badge.setVisible(detailed && professionCount >= 2);
        marks.setVisible(detailed && !marks.getText().isEmpty());
        paper.setArcWidth(detailed ? 8 : 0);
        paper.setArcHeight(detailed ? 8 : 0);
        updateOutline();
    }

    private void updateOutline() {
        paper.setStroke(selected ? Color.web("#111111") : detailed ? Color.web("#00000077") : null);
        paper.setStrokeWidth(selected ? 5 : 1);
    }

    static Color toFx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
