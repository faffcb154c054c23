package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.WorkshopHistory;
import no.lappetavla.model.Workshops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPreviewTest {

    @TempDir
    Path dir;

    @Test
    void applyIsOneUndoStepOntoTheChosenBoard() throws IOException {
        Workshop start = Workshops.newWorkshop("Avdeling 3", "Morgen");
        Profession spl = start.professions().getFirst();
        Board second = new Board(Ids.newId(), "Kveld", BoardForm.VERTICAL,
                List.of(new Step(Ids.newId(), "15–17"), new Step(Ids.newId(), "20–21"), new Step(Ids.newId(), "Hele kvelden")),
                List.of(spl.id()));
        WorkshopHistory history = new WorkshopHistory(start);
        history.execute(Edits.addBoard(second));
        history.execute(Edits.decide(TaskKey.of("Kveldsmedisin"), spl.id(), Decision.CAN, "avtalt før"));
        Workshop before = history.current();

        Path file = Files.writeString(dir.resolve("kveld.csv"),
                "Tid;Oppgave;Må;Kan\n16:30;Middag;;HFA\n18:00;Kveldsmedisin;SPL;HFA m/kurs\n22.15;Nattrapport;SPL;\n");
        ImportPreview preview = ImportPreview.of(TaskListImporter.read(file), before, second.id());

        assertEquals("15–17", preview.tasks().get(0).stepLabel(), "16:30 falls in the board's own block");
        assertEquals(List.of("18–19", "22–23"), preview.newSteps().stream().map(Step::label).toList());
        assertEquals(3, preview.decisions().size(), "the existing SPL decision on Kveldsmedisin is kept");

        assertTrue(history.execute(preview.apply()));
        Workshop after = history.current();
        Board board = after.board(second.id()).orElseThrow();
        assertEquals(List.of("15–17", "18–19", "20–21", "22–23", "Hele kvelden"), board.steps().stream().map(Step::label).toList());
        assertEquals(List.of("SPL", "HFA"), board.laneIds().stream()
                .map(id -> after.profession(id).orElseThrow().code()).toList(), "HFA gets a lane for its notes");
        assertEquals(before.notes().size() + 4, after.notes().size());
        assertTrue(after.notes().stream().skip(before.notes().size()).allMatch(n -> n.boardId().equals(second.id())));
        assertEquals(Decision.CAN, after.decisions().stream()
                .filter(d -> d.taskKey().equals(TaskKey.of("Kveldsmedisin")) && d.professionId().equals(spl.id()))
                .findFirst().orElseThrow().decision());
        assertEquals(start.boards().getFirst(), after.boards().getFirst(), "the other board is untouched");

        history.undo();
        assertSame(before, history.current());
    }

    @Test
    void newWorkshopHasTheTitleAndDefaultBoard() throws IOException {
        Path file = Files.writeString(dir.resolve("liste.csv"), "Oppgave,Hvem,Tid\nStell,HFA,08:10\n");
        Workshop w = ImportPreview.forNewWorkshop(TaskListImporter.read(file)).toNewWorkshop("Fra liste");
        assertEquals("Fra liste", w.title());
        assertEquals(1, w.notes().size());
        assertEquals("08–09", w.boards().getFirst().steps().stream()
                .filter(s -> s.id().equals(w.notes().getFirst().stepId())).findFirst().orElseThrow().label());
    }
}
