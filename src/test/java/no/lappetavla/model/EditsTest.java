package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {

    private final Workshop start = Workshops.newWorkshop("Test", "Dagvakt");
    private final Board board = start.boards().getFirst();
    private final Profession spl = start.professions().get(0);
    private final Profession hfa = start.professions().get(3);
    private final Step first = board.steps().get(0);
    private final Step second = board.steps().get(1);

    private Workshop withNotes(Note... notes) {
        return Edits.addNotes(List.of(notes)).apply(start);
    }

    @Test
    void movedNoteTakesLaneProfessionAndStep() {
        Note n = Note.of("n1", board.id(), "Morgenstell", spl.id(), first.id());
        Workshop w = Edits.moveNotes(List.of("n1"), board.id(), hfa.id(), second.id()).apply(withNotes(n));
        Note moved = w.note("n1").orElseThrow();
        assertEquals(hfa.id(), moved.professionId());
        assertEquals(second.id(), moved.stepId());
        assertEquals("Morgenstell", moved.text());
    }

    @Test
    void moveToUnsortedKeepsProfession() {
        Note n = Note.of("n1", board.id(), "Morgenstell", spl.id(), first.id());
        Workshop w = Edits.moveNotes(List.of("n1"), board.id(), null, null).apply(withNotes(n));
        assertEquals(spl.id(), w.note("n1").orElseThrow().professionId());
        assertNull(w.note("n1").orElseThrow().stepId());
        assertTrue(!w.boards().getFirst().isPlaced(w.note("n1").orElseThrow()));
    }

    @Test
    void movedNotesGoLastInTheirCellInTheGivenOrder() {
        Workshop w = withNotes(Note.of("a", board.id(), "A", spl.id(), first.id()),
                Note.of("b", board.id(), "B", spl.id(), first.id()),
                Note.of("c", board.id(), "C", spl.id(), second.id()));
        w = Edits.moveNotes(List.of("b", "a"), board.id(), spl.id(), second.id()).apply(w);
        assertEquals(List.of("c", "b", "a"), w.notes().stream().map(Note::id).toList());
    }

    @Test
    void switchingFormKeepsEveryNoteInItsLaneAndStep() {
        Workshop w = withNotes(Note.of("a", board.id(), "A", spl.id(), first.id()),
                Note.of("b", board.id(), "B", hfa.id(), second.id()));
        Workshop switched = Edits.switchForm(board.id()).apply(w);
        assertEquals(BoardForm.VERTICAL, switched.boards().getFirst().form());
        assertSame(w.notes(), switched.notes());
        assertEquals(BoardForm.HORIZONTAL, Edits.switchForm(board.id()).apply(switched).boards().getFirst().form());
    }

    @Test
    void removingAStepSendsItsNotesToUnsorted() {
        Workshop w = withNotes(Note.of("a", board.id(), "A", spl.id(), first.id()),
                Note.of("b", board.id(), "B", spl.id(), second.id()));
        w = Edits.removeStep(board.id(), first.id()).apply(w);
        assertEquals(board.steps().size() - 1, w.boards().getFirst().steps().size());
        assertNull(w.note("a").orElseThrow().stepId());
        assertEquals(second.id(), w.note("b").orElseThrow().stepId());
    }

    @Test
    void moveToAnotherBoardKeepsStepByLabel() {
        Board other = new Board("b2", "Kveld", BoardForm.VERTICAL,
                List.of(new Step("s-x", first.label())), board.laneIds());
        Workshop w = Edits.addBoard(other).apply(withNotes(Note.of("a", board.id(), "A", spl.id(), first.id()),
                Note.of("b", board.id(), "B", spl.id(), second.id())));
        w = Edits.moveNotesToBoard(List.of("a", "b"), "b2").apply(w);
        assertEquals("b2", w.note("a").orElseThrow().boardId());
        assertEquals("s-x", w.note("a").orElseThrow().stepId());
        assertNull(w.note("b").orElseThrow().stepId(), "no step with that label on the target board");
    }

    @Test
    void removeBoardTakesItsNotesButNeverTheLastBoard() {
        Workshop w = withNotes(Note.of("a", board.id(), "A", spl.id(), first.id()));
        assertSame(w, Edits.removeBoard(board.id()).apply(w));
        Board other = new Board("b2", "Kveld", BoardForm.HORIZONTAL, List.of(), List.of());
        w = Edits.removeBoard(board.id()).apply(Edits.addBoard(other).apply(w));
        assertEquals(List.of("b2"), w.boards().stream().map(Board::id).toList());
        assertTrue(w.notes().isEmpty());
    }

    @Test
    void professionReorderMovesLanesToo() {
        Workshop w = Edits.moveProfession(hfa.id(), -1).apply(start);
        assertEquals(hfa.id(), w.professions().get(2).id());
        assertEquals(hfa.id(), w.boards().getFirst().laneIds().get(2));
        assertSame(start, Edits.moveProfession(spl.id(), -1).apply(start));
    }

    @Test
    void addedProfessionBecomesALaneEverywhere() {
        Profession p = new Profession("p-new", "SOS", "Sosionom", "#123456", false);
        Workshop w = Edits.addProfession(p).apply(start);
        assertEquals("p-new", w.boards().getFirst().laneIds().getLast());
        assertEquals(p, w.professions().getLast());
    }

    @Test
    void decisionsAreSetReplacedAndCleared() {
        Workshop w = Edits.decide("morgenstell", spl.id(), Decision.MUST, "ansvar").apply(start);
        w = Edits.decide("morgenstell", spl.id(), Decision.CAN, "").apply(w);
        assertEquals(List.of(new TaskDecision("morgenstell", spl.id(), Decision.CAN, "")), w.decisions());
        w = Edits.decide("morgenstell", spl.id(), null, "").apply(w);
        assertTrue(w.decisions().isEmpty());
    }

    @Test
    void updateReplacesOnlyTheGivenNotes() {
        Workshop w = withNotes(Note.of("a", board.id(), "A", spl.id(), first.id()),
                Note.of("b", board.id(), "B", spl.id(), first.id()));
        Note changed = w.note("a").orElseThrow().withPlace("Stue").withDurationMinutes(15).withTimeThief(true);
        Workshop after = Edits.updateNotes(List.of(changed)).apply(w);
        assertEquals(changed, after.note("a").orElseThrow());
        assertSame(w.note("b").orElseThrow(), after.note("b").orElseThrow());
        List<Note> copy = new ArrayList<>(after.notes());
        assertEquals(2, copy.size());
    }

    @Test
    void parkedNotesAreSetAsideAndAreNoTasks() {
        Workshop w = withNotes(Note.of("a", board.id(), "Vaske bil", spl.id(), first.id()),
                Note.of("b", board.id(), "Morgenstell", hfa.id(), first.id()));
        w = Edits.park(List.of("a"), board.id()).apply(w);
        Note a = w.note("a").orElseThrow();
        assertTrue(a.parked());
        assertEquals(spl.id(), a.professionId(), "parking keeps the profession");
        assertEquals(List.of("morgenstell"), List.copyOf(TaskIndex.of(w).taskKeys()));
        assertEquals(List.of("Morgenstell"), TaskList.of(w).stream().map(Task::text).toList());
    }
}
