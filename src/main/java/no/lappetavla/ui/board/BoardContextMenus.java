package no.lappetavla.ui.board;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import no.lappetavla.model.Board;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;

/** Right-click menus of a board: one for notes, one for empty space. */
final class BoardContextMenus {

    private final BoardView view;
    private final WorkshopSession session;
    private ContextMenu open;

    BoardContextMenus(BoardView view, WorkshopSession session) {
        this.view = view;
        this.session = session;
    }

    void show(boolean onNote, double screenX, double screenY) {
        if (open != null) {
            open.hide();
        }
        open = onNote ? noteMenu() : boardMenu();
        open.show(view, screenX, screenY);
    }

    private ContextMenu noteMenu() {
        List<Note> selected = session.selection().stream().map(id -> session.workshop().note(id).orElse(null))
                .filter(n -> n != null).toList();
        MenuItem edit = item("menu.editText", () -> session.selectedNote().ifPresent(n -> view.editNote(n.id())));
        edit.setDisable(selected.size() != 1);
        MenuItem duplicate = item("menu.duplicate", () -> view.addCopies(selected, false));
        MenuItem delete = item("menu.delete", view::deleteSelection);
        MenuItem park = item("menu.park", view::parkSelection);
        CheckMenuItem thief = new CheckMenuItem(Messages.get("menu.timeThief"));
        thief.setSelected(!selected.isEmpty() && selected.stream().allMatch(Note::timeThief));
        thief.setOnAction(e -> session.execute(Edits.updateNotes(selected.stream().map(n -> n.withTimeThief(thief.isSelected())).toList())));
        Menu profession = new Menu(Messages.get("menu.profession"));
        for (Profession p : session.workshop().professions()) {
            if (!p.hidden()) {
                MenuItem i = new MenuItem(p.code() + " – " + p.name());
                i.setOnAction(e -> view.setProfessionOfSelection(p.id()));
                profession.getItems().add(i);
            }
        }
        Menu toBoard = new Menu(Messages.get("menu.moveToBoard"));
        for (Board b : session.workshop().boards()) {
            if (!b.id().equals(view.boardId())) {
                MenuItem i = new MenuItem(b.name());
                i.setOnAction(e -> session.execute(Edits.moveNotesToBoard(selected.stream().map(Note::id).toList(), b.id())));
                toBoard.getItems().add(i);
            }
        }
        toBoard.setDisable(toBoard.getItems().isEmpty());
        return new ContextMenu(edit, duplicate, thief, profession, toBoard, park, new SeparatorMenuItem(), delete);
    }

    private ContextMenu boardMenu() {
        MenuItem add = item("menu.newNoteHere", () -> view.newNote(view.currentCell()));
        MenuItem fit = item("menu.fitBoard", view::fitBoard);
        return new ContextMenu(add, fit);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setOnAction(e -> action.run());
        return i;
    }
}
