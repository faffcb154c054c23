package no.lappetavla.ui.print;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.lappetavla.model.Board;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.TaskIndex;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardLayout;

/**
 * The board to put on paper, seen as on screen: hidden professions' lanes and notes left out.
 *
 * @param legend the professions shown on the board, in the workshop's order
 */
record PrintedBoard(Workshop workshop, Board board, List<Note> notes, PrintGrid grid, TaskIndex taskIndex,
                    List<Profession> legend) {

    /** The session's current board, or null when the workshop has no board. */
    static PrintedBoard current(WorkshopSession session) {
        Workshop w = session.workshop();
        String id = session.currentBoardIdProperty().get();
        Board board = id == null ? null : w.board(id).orElse(null);
        return board == null ? null : of(w, board, session.taskIndex());
    }

    static PrintedBoard of(Workshop w, Board board, TaskIndex taskIndex) {
        Set<String> visible = w.professions().stream().filter(p -> !p.hidden()).map(Profession::id).collect(Collectors.toSet());
        List<String> lanes = board.laneIds().stream().filter(visible::contains).toList();
        Set<String> hidden = w.professions().stream().filter(Profession::hidden).map(Profession::id).collect(Collectors.toSet());
        List<Note> notes = w.notesOn(board.id()).stream().filter(n -> !hidden.contains(n.professionId())).toList();
        PrintGrid grid = PrintGrid.of(BoardLayout.compute(board, lanes, notes), notes);
        Set<String> shown = new LinkedHashSet<>(lanes);
        notes.forEach(n -> shown.add(n.professionId()));
        List<Profession> legend = w.professions().stream().filter(p -> !p.hidden() && shown.contains(p.id())).toList();
        return new PrintedBoard(w, board, notes, grid, taskIndex, legend);
    }

    Profession profession(String id) {
        return workshop.profession(id).orElse(null);
    }

    String stepLabel(String stepId) {
        return board.steps().stream().filter(s -> s.id().equals(stepId)).map(s -> s.label()).findFirst().orElse("");
    }
}
