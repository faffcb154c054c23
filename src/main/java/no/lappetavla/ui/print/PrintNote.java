package no.lappetavla.ui.print;

import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.board.BoardLayout;

/**
 * One note on paper, in world units: the profession's colour and code, the text in black or white
 * (whichever reads better on that colour), "×N" when N professions do the task, and the time-thief
 * mark and votes along the bottom. Plain shapes and text, so it prints the same on every printer.
 */
final class PrintNote {

    /** The size of note text (and of codes and headers) before it is shrunk to fit. */
    static final double TEXT_SIZE = 16;
    private static final double INSET = 8;
    private static final double TOP = 28;
    private static final double BOTTOM_LINE = 22;

    private PrintNote() {
    }

    /**
     * @param profession   null when the note's profession no longer exists
     * @param sharedBy     how many professions do this note's task
     * @param minTextSize  smallest text size in world units the note text may shrink to
     */
    static Node draw(Note note, Profession profession, int sharedBy, double minTextSize) {
        Colour colour = profession == null ? Colour.parse("#CCCCCC") : profession.colourValue();
        Color ink = fx(colour.textColour());
        double w = BoardLayout.NOTE_W;
        double h = BoardLayout.NOTE_H;
        Rectangle paper = new Rectangle(w, h, fx(colour));
        paper.setArcWidth(10);
        paper.setArcHeight(10);
        paper.setStroke(Color.web("#444444"));
        paper.setStrokeWidth(1.5);
        Group g = new Group(paper);

        Text code = text(profession == null ? "?" : profession.code(), bold(TEXT_SIZE), ink);
        code.relocate(INSET, 6);
        g.getChildren().add(code);
        if (sharedBy >= 2) {
            Text badge = text("×" + sharedBy, bold(TEXT_SIZE), ink);
            badge.relocate(w - INSET - badge.getLayoutBounds().getWidth(), 6);
            g.getChildren().add(badge);
        }
        boolean marks = note.timeThief() || note.votes() > 0;
        if (note.timeThief()) {
            Text thief = text(Messages.get("note.timeThiefMark"), bold(TEXT_SIZE - 2), ink);
            thief.relocate(INSET, h - BOTTOM_LINE + 2);
            g.getChildren().add(thief);
        }
        if (note.votes() > 0) {
            Text votes = text("● " + note.votes(), bold(TEXT_SIZE - 2), ink);
            votes.relocate(w - INSET - votes.getLayoutBounds().getWidth(), h - BOTTOM_LINE + 2);
            g.getChildren().add(votes);
        }
        double areaH = h - TOP - (marks ? BOTTOM_LINE : INSET);
        Text body = fitted(note.text(), w - 2 * INSET, areaH, Math.min(TEXT_SIZE, minTextSize), ink);
        body.relocate(INSET, TOP + Math.max(0, (areaH - body.getLayoutBounds().getHeight()) / 2));
        g.getChildren().add(body);
        return g;
    }

    /** Wrapped, centred text shrunk step by step to fit the box; still too long, it ends in "…". */
    static Text fitted(String s, double width, double height, double minSize, Color ink) {
        Text t = text(s, Font.font("System", TEXT_SIZE), ink);
        t.setWrappingWidth(width);
        t.setTextAlignment(TextAlignment.CENTER);
        for (double size = TEXT_SIZE; size >= minSize; size -= 1) {
            t.setFont(Font.font("System", size));
            if (t.getLayoutBounds().getHeight() <= height && widestWord(s, t.getFont()) <= width) {
                return t;
            }
        }
        t.setFont(Font.font("System", minSize));
        String shown = s;
        while (t.getLayoutBounds().getHeight() > height && shown.length() > 1) {
            int cut = shown.lastIndexOf(' ');
            shown = (cut > 0 ? shown.substring(0, cut) : shown.substring(0, shown.length() - 1)).strip();
            t.setText(shown + "…");
        }
        return t;
    }

    /** A word wider than the note would be broken mid-word ("ekspeder / e"); shrink instead. */
    private static double widestWord(String s, Font font) {
        double widest = 0;
        for (String word : s.split("\\s+")) {
            Text w = new Text(word);
            w.setFont(font);
            widest = Math.max(widest, w.getLayoutBounds().getWidth());
        }
        return widest;
    }

    static Text text(String s, Font font, Color ink) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(ink);
        t.setTextOrigin(VPos.TOP);
        return t;
    }

    static Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, size);
    }

    static Color fx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
