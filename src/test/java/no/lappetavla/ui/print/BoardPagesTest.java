package no.lappetavla.ui.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.board.BoardLayout;
import no.lappetavla.ui.board.BoardLayout.Rect;
import no.lappetavla.ui.print.PrintGrid.Band;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tiling of a board onto sheets: no note cut, nothing lost, sizes kept readable. */
class BoardPagesTest {

    private static final double EPS = 1e-6;
    private static final double LEGEND = 20;

    @Test
    void cutEndsPiecesAtTheFurthestPreferredBorderThatFits() {
        List<double[]> pieces = BoardPages.cut(0, 100, 45, new double[] {0, 20, 40, 60, 80, 100}, new double[] {});
        assertEquals(3, pieces.size());
        assertArrayEquals(new double[] {0, 40}, pieces.get(0));
        assertArrayEquals(new double[] {40, 80}, pieces.get(1));
        assertArrayEquals(new double[] {80, 100}, pieces.get(2));
    }

    @Test
    void cutFallsBackToBetweenNotesAndOnlyThenCutsAnywhere() {
        // One band 0–100 longer than a page; a note gap at 50.
        List<double[]> between = BoardPages.cut(0, 100, 60, new double[] {0, 100}, new double[] {50});
        assertArrayEquals(new double[] {0, 50}, between.get(0));
        assertArrayEquals(new double[] {50, 100}, between.get(1));
        List<double[]> hard = BoardPages.cut(0, 100, 30, new double[] {0, 100}, new double[] {});
        assertEquals(4, hard.size());
        assertArrayEquals(new double[] {90, 100}, hard.get(3));
    }

    @ParameterizedTest
    @CsvSource({"A4,false,1", "A4,true,1", "A4,true,2", "A3,true,1", "A3,false,3", "A4,false,6"})
    void everyNoteOfTheSampleLandsWholeOnExactlyOnePage(PaperSize paper, boolean landscape, int across) {
        Workshop w = SampleWorkshop.create();
        PrintGrid grid = grid(w, w.boards().getFirst());
        PageSetup setup = new PageSetup(paper, landscape, across);
        BoardPages pages = BoardPages.of(grid, setup.width(), setup.height(), LEGEND, across);

        assertEquals(w.notes().size(), grid.notes().size());
        for (var e : grid.notes().entrySet()) {
            Rect note = e.getValue();
            long whole = pages.pages().stream().filter(p -> inside(note, p.body())).count();
            long touched = pages.pages().stream().filter(p -> note.intersects(p.body())).count();
            assertEquals(1, whole, "note " + e.getKey() + " whole on one page");
            assertEquals(1, touched, "note " + e.getKey() + " on no other page");
        }
        assertPagesTileTheBoard(grid, pages);
        assertFitsOnPaper(pages);
        assertTrue(pages.noteTextPt() >= 9 - EPS, "text " + pages.noteTextPt() + " pt");
    }

    @Test
    void pageEndsFallBetweenColumnsAndRowsOfCells() {
        Workshop w = SampleWorkshop.create();
        PrintGrid grid = grid(w, w.boards().getFirst());
        PageSetup setup = new PageSetup(PaperSize.A4, false, 3);
        BoardPages pages = BoardPages.of(grid, setup.width(), setup.height(), LEGEND, 3);
        assertTrue(pages.pageCount() > 1);
        List<Double> columnBorders = borders(grid.columns());
        List<Double> rowBorders = borders(grid.rows());
        for (BoardPages.Page p : pages.pages()) {
            assertTrue(columnBorders.stream().anyMatch(b -> Math.abs(b - (p.body().x() + p.body().w())) < EPS), "right edge of page " + p.number());
            assertTrue(rowBorders.stream().anyMatch(b -> Math.abs(b - (p.body().y() + p.body().h())) < EPS), "bottom edge of page " + p.number());
        }
    }

    @Test
    void morePagesAcrossGiveLargerNotesUntilTheyAreLifeSize() {
        Workshop w = SampleWorkshop.create();
        PrintGrid grid = grid(w, w.boards().getFirst());
        PageSetup a4 = new PageSetup(PaperSize.A4, true, 1);
        double previous = 0;
        for (int across = 1; across <= 8; across++) {
            BoardPages pages = BoardPages.of(grid, a4.width(), a4.height(), LEGEND, across);
            assertTrue(pages.scale() >= previous - EPS, "scale grows with pages across");
            assertTrue(pages.across() <= across || pages.scale() == BoardPages.MIN_SCALE, "at most the pages asked for");
            previous = pages.scale();
        }
        BoardPages many = BoardPages.of(grid, a4.width(), a4.height(), LEGEND, 20);
        assertEquals(BoardPages.MAX_SCALE, many.scale(), EPS);
        assertTrue(many.across() < 20, "fewer pages than asked when notes would print larger than life");
    }

    @Test
    void aBoardTooWideForOnePageAtReadableSizeGetsMorePagesAcross() {
        Workshop w = SampleWorkshop.create();
        PrintGrid grid = grid(w, w.boards().getFirst());
        PageSetup a4 = new PageSetup(PaperSize.A4, false, 1);
        BoardPages pages = BoardPages.of(grid, a4.width(), a4.height(), LEGEND, 1);
        assertEquals(BoardPages.MIN_SCALE, pages.scale(), EPS);
        assertTrue(pages.across() > 1);
        assertEquals(9.0, pages.noteTextPt(), EPS);
    }

    @Test
    void aCellWiderThanAPageIsSplitBetweenNotesWithHeadersOnBothPages() {
        // Sixteen notes in one cell: four across, 814 units wide; on A4 portrait at life size a
        // page holds about 300 units of board, so the one column spans several pages.
        Workshop w = SampleWorkshop.create();
        Board board = w.boards().getFirst();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            notes.add(Note.of("n" + i, board.id(), "Oppgave " + i, board.laneIds().getFirst(), board.steps().getFirst().id()));
        }
        Board one = new Board(board.id(), board.name(), BoardForm.HORIZONTAL, List.of(board.steps().getFirst()), List.of(board.laneIds().getFirst()));
        PrintGrid grid = PrintGrid.of(BoardLayout.compute(one, one.laneIds(), notes), notes);
        PageSetup setup = new PageSetup(PaperSize.A4, false, 4);
        BoardPages pages = BoardPages.of(grid, setup.width(), setup.height(), LEGEND, 4);
        assertTrue(pages.across() >= 2, "one column over several pages");
        for (Rect note : grid.notes().values()) {
            assertEquals(1, pages.pages().stream().filter(p -> inside(note, p.body())).count());
        }
        Band column = grid.columns().getFirst();
        for (BoardPages.Page p : pages.pages()) {
            assertTrue(p.body().x() >= column.start() - EPS && p.body().x() + p.body().w() <= column.end() + EPS,
                    "every page shows part of the one column, so its header repeats");
        }
    }

    @Test
    void unsortedNotesBecomeALastRowInsideTheColumns() {
        Workshop w = SampleWorkshop.create();
        Board board = w.boards().getFirst();
        List<Note> notes = new ArrayList<>(w.notesOn(board.id()));
        for (int i = 0; i < 7; i++) {
            notes.add(Note.of("loose" + i, board.id(), "Løs " + i, board.laneIds().getFirst(), null));
        }
        PrintGrid grid = PrintGrid.of(BoardLayout.compute(board, board.laneIds(), notes), notes);
        assertEquals(7, grid.unsortedCount());
        Band last = grid.rows().getLast();
        assertTrue(last.unsorted());
        for (int i = 0; i < 7; i++) {
            Rect r = grid.notes().get("loose" + i);
            assertTrue(r.y() >= last.start() && r.y() + r.h() <= last.end(), "in the unsorted row");
            assertTrue(grid.columns().stream().anyMatch(c -> r.x() >= c.start() && r.x() + r.w() <= c.end()), "inside a column");
        }
        assertEquals(last.end(), grid.bounds().h(), EPS);
    }

    @Test
    void aBoardWithoutStepsStillPrintsItsUnsortedNotes() {
        Board empty = new Board("b", "Tom", BoardForm.HORIZONTAL, List.of(), List.of());
        List<Note> notes = List.of(Note.of("a", "b", "Alene", "x", null));
        PrintGrid grid = PrintGrid.of(BoardLayout.compute(empty, List.of(), notes), notes);
        PageSetup setup = new PageSetup(PaperSize.A4, false, 1);
        BoardPages pages = BoardPages.of(grid, setup.width(), setup.height(), LEGEND, 1);
        assertEquals(1, pages.pageCount());
        assertTrue(inside(grid.notes().get("a"), pages.pages().getFirst().body()));
    }

    private static PrintGrid grid(Workshop w, Board board) {
        List<String> lanes = board.laneIds().stream()
                .filter(id -> w.profession(id).map(p -> !p.hidden()).orElse(false)).toList();
        List<Note> notes = w.notesOn(board.id()).stream()
                .filter(n -> w.profession(n.professionId()).map(p -> !p.hidden()).orElse(true)).toList();
        assertTrue(w.professions().stream().noneMatch(Profession::hidden) || !lanes.isEmpty());
        return PrintGrid.of(BoardLayout.compute(board, lanes, notes), notes);
    }

    /** Pages in reading order cover the board right of and below the headers once, without overlap. */
    private static void assertPagesTileTheBoard(PrintGrid grid, BoardPages pages) {
        double area = 0;
        for (BoardPages.Page p : pages.pages()) {
            area += p.body().w() * p.body().h();
            assertEquals(pages.pages().indexOf(p) + 1, p.number());
            assertEquals((p.row() - 1) * pages.across() + p.column(), p.number());
            for (BoardPages.Page q : pages.pages()) {
                if (q != p) {
                    assertTrue(!p.body().intersects(q.body()), "pages " + p.number() + " and " + q.number() + " overlap");
                }
            }
        }
        Rect b = grid.bounds();
        assertEquals((b.w() - BoardLayout.HEADER_W) * (b.h() - BoardLayout.HEADER_H), area, 1e-3);
        assertEquals(pages.across() * pages.down(), pages.pageCount());
    }

    private static void assertFitsOnPaper(BoardPages pages) {
        double s = pages.scale();
        for (BoardPages.Page p : pages.pages()) {
            assertTrue(pages.rowHeaderWidth() + p.body().w() * s <= pages.width() + EPS, "width of page " + p.number());
            double bottom = pages.columnHeaderHeight() + p.body().h() * s + BoardPages.STRIP_GAP + pages.legendHeight() + BoardPages.FOOTER_H;
            assertTrue(bottom <= pages.height() + EPS, "height of page " + p.number());
        }
    }

    private static boolean inside(Rect r, Rect page) {
        return r.x() >= page.x() - EPS && r.y() >= page.y() - EPS
                && r.x() + r.w() <= page.x() + page.w() + EPS && r.y() + r.h() <= page.y() + page.h() + EPS;
    }

    private static List<Double> borders(List<Band> bands) {
        List<Double> out = new ArrayList<>();
        bands.forEach(b -> {
            out.add(b.start());
            out.add(b.end());
        });
        return out;
    }
}
