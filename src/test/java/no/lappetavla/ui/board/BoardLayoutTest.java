package no.lappetavla.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.lappetavla.model.Board;
import no.lappetavla.model.Note;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.board.BoardLayout.Cell;
import no.lappetavla.ui.board.BoardLayout.Rect;
import org.junit.jupiter.api.Test;

class BoardLayoutTest {

    private final Workshop w = Workshops.newWorkshop("T", "B");
    private final Board board = w.boards().getFirst();
    private final List<String> lanes = board.laneIds();

    private Note note(String id, int lane, int step) {
        return Note.of(id, board.id(), "Oppgave " + id, lanes.get(lane), step < 0 ? null : board.steps().get(step).id());
    }

    @Test
    void everyNoteSitsInsideItsCell() {
        List<Note> notes = List.of(note("a", 0, 0), note("b", 0, 0), note("c", 3, 2), note("d", 1, -1));
        BoardLayout layout = BoardLayout.compute(board, lanes, notes);
        for (Note n : notes) {
            Cell cell = layout.cellOf(n.id());
            Rect r = layout.noteRect(n.id());
            Rect c = layout.cellRect(cell);
            assertTrue(c.contains(r.x(), r.y()) && c.contains(r.x() + r.w() - 1, r.y() + r.h() - 1), n.id());
            assertEquals(cell, layout.cellAt(r.centerX(), r.centerY()));
        }
        assertEquals(Cell.UNSORTED, layout.cellOf("d"));
        assertEquals(2, layout.count(new Cell(lanes.get(0), board.steps().get(0).id())));
    }

    @Test
    void switchingFormTransposesTheGrid() {
        List<Note> notes = List.of(note("a", 0, 3), note("b", 5, 1));
        BoardLayout h = BoardLayout.compute(board, lanes, notes);
        BoardLayout v = BoardLayout.compute(board.withForm(board.form().other()), lanes, notes);
        // Horizontal: steps run left to right; vertical: lanes do.
        assertTrue(h.noteRect("a").x() > h.noteRect("b").x());
        assertTrue(h.noteRect("a").y() < h.noteRect("b").y());
        assertTrue(v.noteRect("a").x() < v.noteRect("b").x());
        assertTrue(v.noteRect("a").y() > v.noteRect("b").y());
        assertEquals(h.cellOf("a"), v.cellOf("a"));
        assertEquals(h.cellOf("b"), v.cellOf("b"));
    }

    @Test
    void notesInReturnsOnlyWhatMeetsTheArea() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            notes.add(note("n" + i, i % lanes.size(), i % board.steps().size()));
        }
        BoardLayout layout = BoardLayout.compute(board, lanes, notes);
        Rect view = new Rect(0, 0, 1200, 800);
        List<String> visible = layout.notesIn(view);
        long expected = notes.stream().filter(n -> layout.noteRect(n.id()).intersects(view)).count();
        assertEquals(expected, visible.size());
        assertTrue(visible.size() < 200, "a screenful, not the board: " + visible.size());
        assertEquals(2000, layout.notesIn(layout.bounds()).size());
    }

    @Test
    void nextSlotIsWhereTheNextNoteLands() {
        Cell cell = new Cell(lanes.get(2), board.steps().get(2).id());
        BoardLayout before = BoardLayout.compute(board, lanes, List.of(note("a", 2, 2)));
        Rect slot = before.nextSlot(cell);
        BoardLayout after = BoardLayout.compute(board, lanes, List.of(note("a", 2, 2), note("b", 2, 2)));
        assertEquals(slot, after.noteRect("b"));
    }

    @Test
    void pointsOutsideCellsHitNothing() {
        BoardLayout layout = BoardLayout.compute(board, lanes, List.of());
        assertNull(layout.cellAt(5, 5), "the header corner is no cell");
        assertNull(layout.cellAt(-100, 300));
        Rect u = layout.unsortedArea();
        assertEquals(Cell.UNSORTED, layout.cellAt(u.centerX(), u.centerY()));
    }

    @Test
    void parkedNotesHaveTheirOwnArea() {
        Note parked = Note.of("p", board.id(), "Utenfor tema", lanes.get(0), Note.PARKING);
        BoardLayout layout = BoardLayout.compute(board, lanes, List.of(parked, note("a", 0, 0)));
        assertEquals(Cell.PARKING, layout.cellOf("p"));
        Rect r = layout.noteRect("p");
        assertTrue(layout.parkingArea().contains(r.x(), r.y()));
        assertEquals(Cell.PARKING, layout.cellAt(r.centerX(), r.centerY()));
        assertEquals(0, layout.count(Cell.UNSORTED));
    }
}
