package no.lappetavla.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.Board;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Role;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.Workshop;

/**
 * Checks the references inside a freshly read workshop. Where a repair only changes where
 * something is shown, it is repaired and reported; where a repair would have to guess what the
 * group meant (whose task a note is, which profession a decision is for) the file is refused
 * instead, untouched, so nothing the group wrote is silently changed.
 */
final class ReferenceCheck {

    private static final Texts TEXTS = WorkshopFileException.TEXTS;

    /** The workshop as it can be used, and one sentence per repair made. */
    record Result(Workshop workshop, List<String> repairs) {
    }

    private ReferenceCheck() {
    }

    static Result check(Workshop w, Path file) throws WorkshopFileException {
        Set<String> professionIds = uniqueIds(w.professions().stream().map(Profession::id).toList(), file);
        Set<String> boardIds = uniqueIds(w.boards().stream().map(Board::id).toList(), file);
        uniqueIds(w.boards().stream().flatMap(b -> b.steps().stream()).map(Step::id).toList(), file);
        uniqueIds(w.notes().stream().map(Note::id).toList(), file);
        Set<String> roleIds = uniqueIds(w.roles().stream().map(Role::id).toList(), file);
        List<String> repairs = new ArrayList<>();

        // A lane is only a view of a profession: dropping a dangling or repeated one loses nothing.
        List<Board> boards = new ArrayList<>();
        for (Board b : w.boards()) {
            List<String> lanes = new ArrayList<>(new LinkedHashSet<>(b.laneIds()));
            lanes.retainAll(professionIds);
            if (!lanes.equals(b.laneIds())) {
                repairs.add(TEXTS.format("io.repair.lane", b.name()));
                b = b.withLaneIds(lanes);
            }
            boards.add(b);
        }

        List<Note> notes = new ArrayList<>(w.notes().size());
        for (Note n : w.notes()) {
            if (!boardIds.contains(n.boardId())) {
                throw damaged(file, "io.damaged.noteBoard", shorten(n.text()));
            }
            if (!professionIds.contains(n.professionId())) {
                throw damaged(file, "io.damaged.noteProfession", shorten(n.text()));
            }
            // A note whose step is gone keeps text and profession and waits unsorted, exactly as
            // the board shows a note that was never placed; the group re-places it by hand.
            Board board = w.board(n.boardId()).orElseThrow();
            if (n.stepId() != null && !n.parked() && !board.hasStep(n.stepId())) {
                repairs.add(TEXTS.format("io.repair.noteStep", shorten(n.text())));
                n = n.placedAt(n.boardId(), n.professionId(), null);
            }
            notes.add(n);
        }

        Set<String> decided = new HashSet<>();
        for (TaskDecision d : w.decisions()) {
            if (!professionIds.contains(d.professionId())) {
                throw damaged(file, "io.damaged.decisionProfession", shorten(d.taskKey()));
            }
            if (!decided.add(d.taskKey() + '\n' + d.professionId())) {
                throw damaged(file, "io.damaged.duplicateDecision", shorten(d.taskKey()));
            }
        }
        for (Role r : w.roles()) {
            boolean hasProfession = r.professionId() != null && !r.professionId().isEmpty();
            if (hasProfession && !professionIds.contains(r.professionId())) {
                throw damaged(file, "io.damaged.roleProfession", shorten(r.name()));
            }
        }
        for (RoleTask t : w.roleTasks()) {
            if (!roleIds.contains(t.roleId())) {
                throw damaged(file, "io.damaged.roleTaskRole", shorten(t.taskKey()));
            }
        }
        Workshop checked = repairs.isEmpty() ? w : w.withBoards(boards).withNotes(notes);
        return new Result(checked, List.copyOf(repairs));
    }

    private static Set<String> uniqueIds(List<String> ids, Path file) throws WorkshopFileException {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw damaged(file, "io.damaged.duplicateId", id);
            }
        }
        return seen;
    }

    private static WorkshopFileException damaged(Path file, String key, String name) {
        return WorkshopFileException.damaged(file, TEXTS.format(key, name), null);
    }

    /** Enough of a note text to recognise it in a message. */
    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
