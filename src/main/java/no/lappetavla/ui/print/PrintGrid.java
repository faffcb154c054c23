package no.lappetavla.ui.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.lappetavla.model.Note;
import no.lappetavla.ui.board.BoardLayout;
import no.lappetavla.ui.board.BoardLayout.Rect;

import static no.lappetavla.ui.board.BoardLayout.GAP;
import static no.lappetavla.ui.board.BoardLayout.HEADER_W;
import static no.lappetavla.ui.board.BoardLayout.NOTE_H;
import static no.lappetavla.ui.board.BoardLayout.NOTE_W;
import static no.lappetavla.ui.board.BoardLayout.PAD;

/**
 * The board as it goes on paper, in the board's world units. Cells keep the screen layout; the
 * unsorted notes become one more row ("ikke plassert") whose notes sit inside the grid's columns,
 * so that a page boundary between two columns never cuts one of them. Pure geometry, no JavaFX.
 */
public final class PrintGrid {

    /**
     * A column or row of cells and the header that names it.
     *
     * @param id   the step or profession id, or null for the unsorted row
     * @param lane true when the band is a profession's lane
     */
    public record Band(String id, boolean lane, double start, double size) {
        public double end() {
            return start + size;
        }

        public boolean unsorted() {
            return id == null;
        }
    }

    private final List<Band> columns = new ArrayList<>();
    private final List<Band> rows = new ArrayList<>();
    private final Map<String, Rect> notes = new LinkedHashMap<>();
    private final int unsortedCount;
    private final Rect bounds;

    private PrintGrid(BoardLayout layout, List<Note> notesOnBoard) {
        for (BoardLayout.Header h : layout.headers()) {
            // Column headers sit right of the row-header strip; row headers start at x = 0.
            if (h.rect().x() > 0) {
                columns.add(new Band(h.id(), h.lane(), h.rect().x(), h.rect().w()));
            } else {
                rows.add(new Band(h.id(), h.lane(), h.rect().y(), h.rect().h()));
            }
        }
        List<String> waiting = new ArrayList<>();
        for (Note n : notesOnBoard) {
            Rect r = layout.noteRect(n.id());
            if (r == null) {
                continue;
            }
            if (layout.cellOf(n.id()).isUnsorted()) {
                waiting.add(n.id());
            } else {
                notes.put(n.id(), r);
            }
        }
        unsortedCount = waiting.size();
        // Without steps or lanes there is no grid: the unsorted notes get a column of their own.
        List<Band> slotsFrom = columns.isEmpty()
                ? List.of(new Band(null, false, HEADER_W, span(Math.clamp(waiting.size(), 1, 4), NOTE_W)))
                : columns;
        double gridBottom = rows.isEmpty() ? BoardLayout.HEADER_H : rows.getLast().end();
        if (!waiting.isEmpty()) {
            int perRow = slotsFrom.stream().mapToInt(c -> across(c.size(), NOTE_W)).sum();
            int down = (waiting.size() + perRow - 1) / perRow;
            rows.add(new Band(null, false, gridBottom, span(down, NOTE_H)));
            for (int i = 0; i < waiting.size(); i++) {
                int row = i / perRow;
                int k = i % perRow;
                for (Band c : slotsFrom) {
                    int n = across(c.size(), NOTE_W);
                    if (k < n) {
                        notes.put(waiting.get(i), new Rect(c.start() + PAD + k * (NOTE_W + GAP),
                                gridBottom + PAD + row * (NOTE_H + GAP), NOTE_W, NOTE_H));
                        break;
                    }
                    k -= n;
                }
            }
        }
        if (columns.isEmpty() && !waiting.isEmpty()) {
            columns.add(slotsFrom.getFirst());
        }
        double right = columns.isEmpty() ? HEADER_W : columns.getLast().end();
        double bottom = rows.isEmpty() ? BoardLayout.HEADER_H : rows.getLast().end();
        bounds = new Rect(0, 0, right, bottom);
    }

    /** The print geometry of a board laid out for screen; notes are the ones given to the layout. */
    public static PrintGrid of(BoardLayout layout, List<Note> notesOnBoard) {
        return new PrintGrid(layout, notesOnBoard);
    }

    public List<Band> columns() {
        return columns;
    }

    /** Rows of cells; the unsorted row, when there are unsorted notes, comes last. */
    public List<Band> rows() {
        return rows;
    }

    /** Every note's rectangle, in the order the notes were given. */
    public Map<String, Rect> notes() {
        return notes;
    }

    public int unsortedCount() {
        return unsortedCount;
    }

    /** From (0, 0): the header strips plus every column and row. */
    public Rect bounds() {
        return bounds;
    }

    /** Where a page may end across the board: borders of columns, best first. */
    double[] columnBorders() {
        return borders(columns);
    }

    /** Where a page may end across the board when a column is wider than a page: between notes. */
    double[] betweenNoteColumns() {
        return between(columns, NOTE_W);
    }

    double[] rowBorders() {
        return borders(rows);
    }

    double[] betweenNoteRows() {
        return between(rows, NOTE_H);
    }

    private static double[] borders(List<Band> bands) {
        TreeSet<Double> out = new TreeSet<>();
        for (Band b : bands) {
            out.add(b.start());
            out.add(b.end());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] between(List<Band> bands, double noteSize) {
        TreeSet<Double> out = new TreeSet<>();
        for (Band b : bands) {
            int n = across(b.size(), noteSize);
            for (int k = 1; k < n; k++) {
                out.add(b.start() + PAD + k * (noteSize + GAP) - GAP / 2);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** How many notes fit side by side in a band of this size (inverse of the layout's span). */
    private static int across(double size, double noteSize) {
        return Math.max(1, (int) Math.round((size - 2 * PAD + GAP) / (noteSize + GAP)));
    }

    private static double span(int notes, double size) {
        return notes * size + (notes - 1) * GAP + 2 * PAD;
    }
}
