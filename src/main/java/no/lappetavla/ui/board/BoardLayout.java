package no.lappetavla.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Note;

/**
 * Where everything on a board goes, in world coordinates. Pure geometry (no JavaFX) so it can be
 * tested and benchmarked alone. Notes are placed by (lane, step); the form only decides which of
 * the two is the column, so switching form transposes the grid.
 */
public final class BoardLayout {

    public static final double NOTE_W = 190;
    public static final double NOTE_H = 120;
    public static final double GAP = 10;
    public static final double PAD = 12;
    public static final double HEADER_W = 230;
    public static final double HEADER_H = 60;
    public static final double UNSORTED_GAP = 48;
    private static final int MAX_NOTES_ACROSS = 4;
    private static final double BUCKET = 512;

    /** An axis-aligned rectangle in world coordinates. */
    public record Rect(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px < x + w && py >= y && py < y + h;
        }

        public boolean intersects(Rect o) {
            return o.x < x + w && o.x + o.w > x && o.y < y + h && o.y + o.h > y;
        }

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /** A drop target: a lane and a step, or the unsorted area when both are null. */
    public record Cell(String laneId, String stepId) {
        public static final Cell UNSORTED = new Cell(null, null);
        public static final Cell PARKING = new Cell(null, Note.PARKING);

        public boolean isUnsorted() {
            return stepId == null;
        }

        public boolean isParking() {
            return Note.PARKING.equals(stepId);
        }

        /** The unsorted area or the parking area: no lane, no step. */
        public boolean isArea() {
            return laneId == null;
        }
    }

    /** A lane or step label and the band it heads. */
    public record Header(String id, boolean lane, Rect rect, Rect band) {
    }

    private final Board board;
    private final List<String> lanes;
    private final double[] colX;
    private final double[] colW;
    private final double[] rowY;
    private final double[] rowH;
    private final int[] notesAcross;
    private final int[] columnMax;
    private final Map<String, Rect> noteRects = new LinkedHashMap<>();
    private final Map<String, Cell> noteCells = new HashMap<>();
    private final Map<Cell, Integer> counts = new HashMap<>();
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final List<Header> headers = new ArrayList<>();
    private final Rect unsorted;
    private final Rect parking;
    private final int unsortedAcross;
    private final Rect bounds;

    private BoardLayout(Board board, List<String> lanes, List<Note> notes) {
        this.board = board;
        this.lanes = List.copyOf(lanes);
        boolean horizontal = board.form() == BoardForm.HORIZONTAL;
        List<String> columns = horizontal ? board.steps().stream().map(s -> s.id()).toList() : this.lanes;
        List<String> rows = horizontal ? this.lanes : board.steps().stream().map(s -> s.id()).toList();

        Map<String, List<Note>> byCell = new HashMap<>();
        List<Note> waiting = new ArrayList<>();
        List<Note> parked = new ArrayList<>();
        for (Note n : notes) {
            if (n.parked()) {
                parked.add(n);
            } else if (this.lanes.contains(n.professionId()) && board.hasStep(n.stepId())) {
                byCell.computeIfAbsent(n.professionId() + "\u0000" + n.stepId(), k -> new ArrayList<>()).add(n);
            } else {
                waiting.add(n);
            }
        }

        int nc = columns.size();
        int nr = rows.size();
        notesAcross = new int[nc];
        columnMax = new int[nc];
        int[] notesDown = new int[nr];
        for (int c = 0; c < nc; c++) {
            int max = 0;
            for (int r = 0; r < nr; r++) {
                max = Math.max(max, cellNotes(byCell, horizontal, columns.get(c), rows.get(r)).size());
            }
            columnMax[c] = max;
            notesAcross[c] = across(max);
        }
        for (int r = 0; r < nr; r++) {
            int down = 1;
            for (int c = 0; c < nc; c++) {
                int count = cellNotes(byCell, horizontal, columns.get(c), rows.get(r)).size();
                down = Math.max(down, (count + notesAcross[c] - 1) / notesAcross[c]);
            }
            notesDown[r] = down;
        }
        colX = new double[nc];
        colW = new double[nc];
        rowY = new double[nr];
        rowH = new double[nr];
        double x = HEADER_W;
        for (int c = 0; c < nc; c++) {
            colX[c] = x;
            colW[c] = span(notesAcross[c], NOTE_W);
            x += colW[c];
        }
        double y = HEADER_H;
        for (int r = 0; r < nr; r++) {
            rowY[r] = y;
            rowH[r] = span(notesDown[r], NOTE_H);
            y += rowH[r];
        }
        double gridRight = Math.max(x, HEADER_W + span(MAX_NOTES_ACROSS, NOTE_W));
        double gridBottom = y;

        for (int c = 0; c < nc; c++) {
            headers.add(new Header(columns.get(c), !horizontal, new Rect(colX[c], 0, colW[c], HEADER_H),
                    new Rect(colX[c], 0, colW[c], gridBottom)));
        }
        for (int r = 0; r < nr; r++) {
            headers.add(new Header(rows.get(r), horizontal, new Rect(0, rowY[r], HEADER_W, rowH[r]),
                    new Rect(0, rowY[r], x, rowH[r])));
        }

        for (int c = 0; c < nc; c++) {
            for (int r = 0; r < nr; r++) {
                String laneId = horizontal ? rows.get(r) : columns.get(c);
                String stepId = horizontal ? columns.get(c) : rows.get(r);
                List<Note> cell = byCell.getOrDefault(laneId + "\u0000" + stepId, List.of());
                Cell key = new Cell(laneId, stepId);
                counts.put(key, cell.size());
                for (int i = 0; i < cell.size(); i++) {
                    place(cell.get(i), key, slot(colX[c], rowY[r], notesAcross[c], i));
                }
            }
        }

        double unsortedTop = gridBottom + UNSORTED_GAP;
        unsortedAcross = Math.max(1, (int) ((gridRight - 2 * PAD + GAP) / (NOTE_W + GAP)));
        int unsortedDown = Math.max(1, (waiting.size() + unsortedAcross - 1) / unsortedAcross);
        unsorted = new Rect(0, unsortedTop, gridRight, HEADER_H + span(unsortedDown, NOTE_H));
        counts.put(Cell.UNSORTED, waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            place(waiting.get(i), Cell.UNSORTED, slot(0, unsortedTop + HEADER_H, unsortedAcross, i));
        }
        double parkingTop = unsorted.y() + unsorted.h() + UNSORTED_GAP;
        int parkedDown = Math.max(1, (parked.size() + unsortedAcross - 1) / unsortedAcross);
        parking = new Rect(0, parkingTop, gridRight, HEADER_H + span(parkedDown, NOTE_H));
        counts.put(Cell.PARKING, parked.size());
        for (int i = 0; i < parked.size(); i++) {
            place(parked.get(i), Cell.PARKING, slot(0, parkingTop + HEADER_H, unsortedAcross, i));
        }
        bounds = new Rect(0, 0, gridRight, parking.y() + parking.h());
    }

    /** Lays out the notes of one board; lanes are the profession ids shown, in order. */
    public static BoardLayout compute(Board board, List<String> lanes, List<Note> notesOnBoard) {
        return new BoardLayout(board, lanes, notesOnBoard);
    }

    public Board board() {
        return board;
    }

    public List<String> lanes() {
        return lanes;
    }

    public Rect bounds() {
        return bounds;
    }

    public Rect unsortedArea() {
        return unsorted;
    }

    public Rect parkingArea() {
        return parking;
    }

    public List<Header> headers() {
        return headers;
    }

    public Rect noteRect(String noteId) {
        return noteRects.get(noteId);
    }

    public Cell cellOf(String noteId) {
        return noteCells.get(noteId);
    }

    public int count(Cell cell) {
        return counts.getOrDefault(cell, 0);
    }

    public int noteCount() {
        return noteRects.size();
    }

    /** Ids of the notes whose rectangles meet the area; cost follows the area, not the board. */
    public List<String> notesIn(Rect area) {
        List<String> out = new ArrayList<>();
        int bx0 = (int) Math.floor(area.x() / BUCKET);
        int bx1 = (int) Math.floor((area.x() + area.w()) / BUCKET);
        int by0 = (int) Math.floor(area.y() / BUCKET);
        int by1 = (int) Math.floor((area.y() + area.h()) / BUCKET);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int bx = Math.max(bx0, -1); bx <= bx1; bx++) {
            for (int by = Math.max(by0, -1); by <= by1; by++) {
                List<String> ids = buckets.get(key(bx, by));
                if (ids == null) {
                    continue;
                }
                for (String id : ids) {
                    if (seen.add(id) && noteRects.get(id).intersects(area)) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    /** The cell under a world point, or null outside every cell. */
    public Cell cellAt(double x, double y) {
        if (unsorted.contains(x, y)) {
            return Cell.UNSORTED;
        }
        if (parking.contains(x, y)) {
            return Cell.PARKING;
        }
        int c = index(colX, colW, x);
        int r = index(rowY, rowH, y);
        if (c < 0 || r < 0) {
            return null;
        }
        Header column = headers.get(c);
        Header row = headers.get(colX.length + r);
        return board.form() == BoardForm.HORIZONTAL
                ? new Cell(row.id(), column.id())
                : new Cell(column.id(), row.id());
    }

    /** The rectangle of a cell (the unsorted area for {@link Cell#UNSORTED}), or null if absent. */
    public Rect cellRect(Cell cell) {
        if (cell.isUnsorted()) {
            return unsorted;
        }
        if (cell.isParking()) {
            return parking;
        }
        boolean horizontal = board.form() == BoardForm.HORIZONTAL;
        int c = headerIndex(horizontal ? cell.stepId() : cell.laneId(), 0, colX.length);
        int r = headerIndex(horizontal ? cell.laneId() : cell.stepId(), colX.length, headers.size());
        if (c < 0 || r < 0) {
            return null;
        }
        return new Rect(colX[c], rowY[r - colX.length], colW[c], rowH[r - colX.length]);
    }

    private static int across(int maxNotesInColumn) {
        return Math.clamp((int) Math.ceil(Math.sqrt(maxNotesInColumn)), 1, MAX_NOTES_ACROSS);
    }

    /**
     * Where the next note added to the cell will appear (used to edit a new note in place). Only
     * this column can widen, so nothing left of or above the cell moves.
     */
    public Rect nextSlot(Cell cell) {
        Rect r = cellRect(cell);
        if (r == null) {
            return null;
        }
        if (cell.isArea()) {
            return slot(0, r.y() + HEADER_H, unsortedAcross, count(cell));
        }
        boolean horizontal = board.form() == BoardForm.HORIZONTAL;
        int c = headerIndex(horizontal ? cell.stepId() : cell.laneId(), 0, colX.length);
        int count = count(cell);
        return slot(r.x(), r.y(), across(Math.max(columnMax[c], count + 1)), count);
    }

    private int headerIndex(String id, int from, int to) {
        for (int i = from; i < to; i++) {
            if (headers.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void place(Note n, Cell cell, Rect rect) {
        noteRects.put(n.id(), rect);
        noteCells.put(n.id(), cell);
        int bx0 = (int) Math.floor(rect.x() / BUCKET);
        int bx1 = (int) Math.floor((rect.x() + rect.w()) / BUCKET);
        int by0 = (int) Math.floor(rect.y() / BUCKET);
        int by1 = (int) Math.floor((rect.y() + rect.h()) / BUCKET);
        for (int bx = bx0; bx <= bx1; bx++) {
            for (int by = by0; by <= by1; by++) {
                buckets.computeIfAbsent(key(bx, by), k -> new ArrayList<>()).add(n.id());
            }
        }
    }

    private static List<Note> cellNotes(Map<String, List<Note>> byCell, boolean horizontal, String column, String row) {
        String lane = horizontal ? row : column;
        String step = horizontal ? column : row;
        return byCell.getOrDefault(lane + "\u0000" + step, List.of());
    }

    private static Rect slot(double cellX, double cellY, int across, int index) {
        int col = index % across;
        int row = index / across;
        return new Rect(cellX + PAD + col * (NOTE_W + GAP), cellY + PAD + row * (NOTE_H + GAP), NOTE_W, NOTE_H);
    }

    private static double span(int notes, double size) {
        return notes * size + (notes - 1) * GAP + 2 * PAD;
    }

    private static int index(double[] starts, double[] sizes, double v) {
        for (int i = 0; i < starts.length; i++) {
            if (v >= starts[i] && v < starts[i] + sizes[i]) {
                return i;
            }
        }
        return -1;
    }

    private static long key(int bx, int by) {
        return ((long) bx << 32) ^ (by & 0xFFFFFFFFL);
    }
}
