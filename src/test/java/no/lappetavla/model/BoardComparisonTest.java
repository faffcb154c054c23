package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardComparisonTest {

    private final Workshop start = Workshops.newWorkshop("Test", "I dag");
    private final Board today = start.boards().getFirst();
    private final String spl = code("SPL");
    private final String hfa = code("HFA");
    private final String mv = code("MV");
    private final Step s7 = today.steps().get(0);
    private final Step s8 = today.steps().get(1);

    private String code(String c) {
        return start.professions().stream().filter(p -> p.code().equals(c)).findFirst().orElseThrow().id();
    }

    private Workshop mapped() {
        return Edits.addNotes(List.of(
                Note.of("a", today.id(), "Rapport fra natt", spl, s7.id()),
                Note.of("b", today.id(), "Servere frokost", spl, s8.id()),
                Note.of("c", today.id(), "Servere frokost", hfa, s8.id()).withVotes(3),
                Note.of("d", today.id(), "Vaske tøy", spl, null),
                Note.of("e", today.id(), "Morgenstell", hfa, s7.id()))).apply(start);
    }

    @Test
    void futureCopyHasSameGridAndNoteCopiesWithNewIds() {
        Workshop w = mapped();
        Workshop after = Edits.copyBoardAsFuture(today.id(), "Framtid", "future").apply(w);
        assertEquals(List.of(today.id(), "future"), after.boards().stream().map(Board::id).toList());
        Board future = after.board("future").orElseThrow();
        assertEquals("Framtid", future.name());
        assertEquals(today.laneIds(), future.laneIds());
        assertEquals(today.form(), future.form());
        assertEquals(today.steps().stream().map(Step::label).toList(), future.steps().stream().map(Step::label).toList());
        Set<String> stepIds = new HashSet<>();
        after.boards().forEach(b -> b.steps().forEach(s -> assertTrue(stepIds.add(s.id()), "step ids unique across boards")));

        List<Note> copies = after.notesOn("future");
        assertEquals(5, copies.size());
        assertEquals(w.notes(), after.notesOn(today.id()), "today is untouched");
        Set<String> noteIds = new HashSet<>();
        after.notes().forEach(n -> assertTrue(noteIds.add(n.id()), "note ids unique"));
        for (Note copy : copies) {
            Note original = w.notes().get(copies.indexOf(copy));
            assertEquals(original.text(), copy.text());
            assertEquals(original.professionId(), copy.professionId());
            assertEquals(0, copy.votes());
            if (original.stepId() == null) {
                assertEquals(null, copy.stepId());
            } else {
                assertTrue(future.hasStep(copy.stepId()));
                assertEquals(w.boards().getFirst().steps().stream().filter(s -> s.id().equals(original.stepId())).findFirst().orElseThrow().label(),
                        future.steps().stream().filter(s -> s.id().equals(copy.stepId())).findFirst().orElseThrow().label());
            }
        }
        assertEquals(after, Edits.copyBoardAsFuture(today.id(), "Framtid", "future").apply(w), "same result every run");
        assertEquals(w, Edits.copyBoardAsFuture("missing", "Framtid").apply(w));
    }

    @Test
    void comparisonListsMovesAdditionsAndRemovals() {
        Workshop w = Edits.copyBoardAsFuture(today.id(), "Framtid", "future").apply(mapped());
        List<Note> future = w.notesOn("future");
        String breakfastSpl = future.get(1).id();
        String breakfastHfa = future.get(2).id();
        String laundry = future.get(3).id();
        String care = future.get(4).id();
        w = Edits.moveNotes(List.of(breakfastSpl), "future", mv, future.get(1).stepId()).apply(w);
        w = Edits.deleteNotes(List.of(breakfastHfa, laundry)).apply(w);
        w = Edits.moveNotes(List.of(care), "future", hfa, w.board("future").orElseThrow().steps().get(2).id()).apply(w);
        w = Edits.addNotes(List.of(Note.of("new", "future", "Kjøkkenrydding", mv, w.board("future").orElseThrow().steps().get(3).id()))).apply(w);

        BoardComparison c = BoardComparison.of(w, today.id(), "future");
        assertEquals(List.of("rapport fra natt", "morgenstell", "servere frokost", "kjøkkenrydding", "vaske tøy"),
                c.changes().stream().map(TaskChange::taskKey).toList());
        assertEquals(List.of("Servere frokost: SPL, HFA → MV"), c.moves(w));
        TaskChange breakfast = c.of(TaskChange.Kind.MOVED).getFirst();
        assertEquals(List.of(spl, hfa), breakfast.leaving());
        assertEquals(List.of(mv), breakfast.joining());
        assertEquals(List.of("kjøkkenrydding"), c.of(TaskChange.Kind.ADDED).stream().map(TaskChange::taskKey).toList());
        assertEquals(List.of("vaske tøy"), c.of(TaskChange.Kind.REMOVED).stream().map(TaskChange::taskKey).toList());
        TaskChange morningCare = c.changes().get(1);
        assertEquals(TaskChange.Kind.UNCHANGED, morningCare.kind());
        assertTrue(morningCare.stepChanged());
        assertEquals(s7.label(), morningCare.stepBefore());
        assertNotEquals(morningCare.stepBefore(), morningCare.stepAfter());
        assertFalse(c.changes().getFirst().stepChanged());
        assertEquals("Kjøkkenrydding: – → MV", c.of(TaskChange.Kind.ADDED).getFirst().summary(id -> "MV"));
        assertEquals("Vaske tøy: SPL → –", c.of(TaskChange.Kind.REMOVED).getFirst().summary(id -> "SPL"));
    }

    @Test
    void aBoardComparedWithItsUntouchedCopyHasNoChanges() {
        Workshop w = Edits.copyBoardAsFuture(today.id(), "Framtid", "future").apply(mapped());
        BoardComparison c = BoardComparison.of(w, today.id(), "future");
        assertEquals(4, c.changes().size());
        assertTrue(c.changes().stream().allMatch(t -> t.kind() == TaskChange.Kind.UNCHANGED && !t.stepChanged()));
        assertTrue(c.moves(w).isEmpty());
    }

    @Test
    void votesCountUpAndDownButNotBelowZeroAndClearPerBoard() {
        Workshop w = Edits.copyBoardAsFuture(today.id(), "Framtid", "future").apply(mapped());
        w = Edits.vote("a", +1).apply(w);
        w = Edits.vote("a", +1).apply(w);
        assertEquals(2, w.note("a").orElseThrow().votes());
        w = Edits.vote("a", -1).apply(w);
        assertEquals(1, w.note("a").orElseThrow().votes());
        w = Edits.vote("b", -1).apply(w);
        assertEquals(0, w.note("b").orElseThrow().votes());
        String copy = w.notesOn("future").getFirst().id();
        w = Edits.vote(copy, +1).apply(w);
        w = Edits.clearVotes(today.id()).apply(w);
        assertTrue(w.notesOn(today.id()).stream().allMatch(n -> n.votes() == 0));
        assertEquals(1, w.note(copy).orElseThrow().votes(), "other boards keep their votes");
        WorkshopHistory history = new WorkshopHistory(w);
        assertFalse(history.execute(Edits.clearVotes(today.id())), "nothing to clear leaves no undo step");
    }
}
