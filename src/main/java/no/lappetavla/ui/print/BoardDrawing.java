package no.lappetavla.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.board.BoardLayout;
import no.lappetavla.ui.board.BoardLayout.Rect;
import no.lappetavla.ui.print.PrintGrid.Band;

/**
 * Draws a board, or part of one, in world units: cells with their notes, and the lane and step
 * headers. Shared by printed pages (which repeat the headers) and the whole-board image.
 */
final class BoardDrawing {

    static final Color INK = Color.web("#1A1A1A");
    private static final Color LINE = Color.web("#8C877D");
    private static final Color ROW_ALT = Color.web("#F3F0E8");
    private static final Color UNSORTED = Color.web("#E8EDF2");
    private static final Color HEADER = Color.web("#E4DFD4");
    private static final double HEADER_PAD = 8;

    private final PrintedBoard board;
    private final double minTextSize;

    /** @param minTextSize the smallest note text in world units (the reader's 9 pt at the print scale) */
    BoardDrawing(PrintedBoard board, double minTextSize) {
        this.board = board;
        this.minTextSize = minTextSize;
    }

    /** Rows, grid lines and the notes that meet the area. */
    Node cells(Rect area) {
        PrintGrid g = board.grid();
        double left = BoardLayout.HEADER_W;
        double right = g.bounds().w();
        List<Node> nodes = new ArrayList<>();
        nodes.add(filled(area.x(), area.y(), area.w(), area.h(), Color.WHITE));
        List<Band> rows = g.rows();
        for (int i = 0; i < rows.size(); i++) {
            Band r = rows.get(i);
            Color fill = r.unsorted() ? UNSORTED : i % 2 == 1 ? ROW_ALT : Color.WHITE;
            nodes.add(filled(left, r.start(), right - left, r.size(), fill));
        }
        for (Band c : g.columns()) {
            nodes.add(line(c.start(), BoardLayout.HEADER_H, c.start(), g.bounds().h()));
            nodes.add(line(c.end(), BoardLayout.HEADER_H, c.end(), g.bounds().h()));
        }
        for (Band r : rows) {
            nodes.add(line(left, r.start(), right, r.start()));
            nodes.add(line(left, r.end(), right, r.end()));
        }
        for (Note n : board.notes()) {
            Rect r = g.notes().get(n.id());
            if (r != null && r.intersects(area)) {
                Node note = PrintNote.draw(n, board.profession(n.professionId()),
                        board.taskIndex().professionCount(n.taskKey()), minTextSize);
                note.relocate(r.x(), r.y());
                nodes.add(note);
            }
        }
        return new Group(nodes);
    }

    /** The header of a column, drawn over [from, to) of its width at the top of the board. */
    Node columnHeader(Band column, double from, double to) {
        return header(column, new Rect(from, 0, to - from, BoardLayout.HEADER_H), from > column.start() + 1);
    }

    /** The header of a row, drawn over [from, to) of its height at the left of the board. */
    Node rowHeader(Band row, double from, double to) {
        return header(row, new Rect(0, from, BoardLayout.HEADER_W, to - from), from > row.start() + 1);
    }

    /** The top-left corner: the board's name. */
    Node corner() {
        Rectangle box = box(new Rect(0, 0, BoardLayout.HEADER_W, BoardLayout.HEADER_H), Color.WHITE);
        Text name = wrapped(board.board().name(), PrintNote.bold(PrintNote.TEXT_SIZE), BoardLayout.HEADER_W - 2 * HEADER_PAD, TextAlignment.LEFT);
        name.relocate(HEADER_PAD, HEADER_PAD);
        Group g = new Group(box, name);
        g.setClip(new Rectangle(0, 0, BoardLayout.HEADER_W, BoardLayout.HEADER_H));
        return g;
    }

    private Node header(Band band, Rect at, boolean continued) {
        String more = continued ? " (" + Messages.get("print.continued") + ")" : "";
        double textW = at.w() - 2 * HEADER_PAD;
        List<Node> nodes = new ArrayList<>();
        nodes.add(box(at, band.unsorted() ? UNSORTED : HEADER));
        if (band.lane()) {
            Profession p = board.profession(band.id());
            Rectangle swatch = new Rectangle(22, 22, PrintNote.fx(p.colourValue()));
            swatch.setStroke(INK);
            swatch.relocate(at.x() + HEADER_PAD, at.y() + 5);
            Text code = PrintNote.text(p.code(), PrintNote.bold(PrintNote.TEXT_SIZE + 2), INK);
            code.relocate(at.x() + HEADER_PAD + 30, at.y() + 5);
            Text name = wrapped(p.name() + more, Font.font("System", PrintNote.TEXT_SIZE), textW, TextAlignment.LEFT);
            name.relocate(at.x() + HEADER_PAD, at.y() + 32);
            nodes.addAll(List.of(swatch, code, name));
        } else {
            String label = band.unsorted()
                    ? Messages.format("print.unsorted", board.grid().unsortedCount())
                    : board.stepLabel(band.id());
            boolean column = at.y() == 0 && at.x() > 0;
            Text t = wrapped(label + more, PrintNote.bold(PrintNote.TEXT_SIZE), textW, column ? TextAlignment.CENTER : TextAlignment.LEFT);
            t.relocate(at.x() + HEADER_PAD, at.y() + 6);
            nodes.add(t);
        }
        Group g = new Group(nodes);
        g.setClip(new Rectangle(at.x(), at.y(), at.w(), at.h()));
        return g;
    }

    private static Text wrapped(String s, Font font, double width, TextAlignment align) {
        Text t = PrintNote.text(s, font, INK);
        t.setWrappingWidth(width);
        t.setTextAlignment(align);
        return t;
    }

    private static Rectangle box(Rect r, Color fill) {
        Rectangle box = new Rectangle(r.x(), r.y(), r.w(), r.h());
        box.setFill(fill);
        box.setStroke(LINE);
        box.setStrokeWidth(1.5);
        return box;
    }

    private static Rectangle filled(double x, double y, double w, double h, Color fill) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(fill);
        return r;
    }

    private static Line line(double x0, double y0, double x1, double y1) {
        Line l = new Line(x0, y0, x1, y1);
        l.setStroke(LINE);
        l.setStrokeWidth(1.5);
        return l;
    }
}
