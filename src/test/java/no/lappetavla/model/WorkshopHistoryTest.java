package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopHistoryTest {

    private final Workshop start = Workshops.newWorkshop("Test", "Tavle");
    private final String board = start.boards().getFirst().id();
    private final String lane = start.professions().getFirst().id();

    private Edit add(String text) {
        return Edits.addNotes(List.of(Note.of(Ids.newId(), board, text, lane, null)));
    }

    @Test
    void undoAndRedoRestoreExactStates() {
        WorkshopHistory h = new WorkshopHistory(start);
        h.execute(add("Morgenstell"));
        Workshop afterOne = h.current();
        h.execute(add("Frokost"));
        assertEquals(2, h.current().notes().size());
        h.undo();
        assertSame(afterOne, h.current());
        h.undo();
        assertSame(start, h.current());
        assertFalse(h.canUndo());
        h.redo();
        h.redo();
        assertEquals(List.of("Morgenstell", "Frokost"), h.current().notes().stream().map(Note::text).toList());
        assertFalse(h.canRedo());
    }

    @Test
    void newEditClearsRedo() {
        WorkshopHistory h = new WorkshopHistory(start);
        h.execute(add("A"));
        h.undo();
        assertTrue(h.canRedo());
        h.execute(add("B"));
        assertFalse(h.canRedo());
    }

    @Test
    void editThatChangesNothingLeavesNoStep() {
        WorkshopHistory h = new WorkshopHistory(start);
        assertFalse(h.execute(Edit.of("edit.editInfo", w -> w)));
        assertFalse(h.execute(Edits.switchForm("no-such-board")));
        assertFalse(h.canUndo());
        assertFalse(h.isModified());
    }

    @Test
    void modifiedFollowsSavedState() {
        WorkshopHistory h = new WorkshopHistory(start);
        assertFalse(h.isModified());
        h.execute(add("A"));
        assertTrue(h.isModified());
        h.markSaved(h.current());
        assertFalse(h.isModified());
        h.undo();
        assertTrue(h.isModified(), "undoing past the save makes the work differ from the file");
        h.redo();
        assertFalse(h.isModified());
    }

    @Test
    void recoveredWorkCountsAsUnsaved() {
        WorkshopHistory h = new WorkshopHistory(start);
        h.reset(start, false);
        assertTrue(h.isModified());
        h.reset(start, true);
        assertFalse(h.isModified());
    }

    @Test
    void limitDropsOldestSteps() {
        WorkshopHistory h = new WorkshopHistory(start, 3);
        for (int i = 0; i < 5; i++) {
            h.execute(add("N" + i));
        }
        int undone = 0;
        while (h.canUndo()) {
            h.undo();
            undone++;
        }
        assertEquals(3, undone);
        assertEquals(2, h.current().notes().size());
    }

    @Test
    void listenersHearEveryChangeWithVersion() {
        WorkshopHistory h = new WorkshopHistory(start);
        List<Workshop> seen = new ArrayList<>();
        h.addListener((before, after) -> seen.add(after));
        h.execute(add("A"));
        h.undo();
        h.redo();
        assertEquals(3, seen.size());
        assertEquals(3, h.version());
        assertEquals(h.undoNameKey().orElseThrow(), "edit.addNote");
    }
}
