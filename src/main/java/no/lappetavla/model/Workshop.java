package no.lappetavla.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One lappeteknikk workshop: everything a project group produces, saved as one file.
 * Immutable: every change goes through {@link WorkshopHistory} as an {@link Edit}.
 *
 * @param date     ISO date text ("2026-11-23") or empty
 * @param language "nb", "nn" or "en": the language of exports
 */
public record Workshop(
        String title,
        String unit,
        String date,
        String participants,
        String language,
        List<Profession> professions,
        List<Board> boards,
        List<Note> notes,
        List<TaskDecision> decisions,
        List<Role> roles,
        List<RoleTask> roleTasks) {

    public Workshop {
        title = title == null ? "" : title.strip();
        unit = unit == null ? "" : unit.strip();
        date = date == null ? "" : date.strip();
        participants = participants == null ? "" : participants.strip();
        language = language == null || language.isBlank() ? "nb" : language;
        professions = List.copyOf(professions == null ? List.of() : professions);
        boards = List.copyOf(boards == null ? List.of() : boards);
        notes = List.copyOf(notes == null ? List.of() : notes);
        decisions = List.copyOf(decisions == null ? List.of() : decisions);
        roles = List.copyOf(roles == null ? List.of() : roles);
        roleTasks = List.copyOf(roleTasks == null ? List.of() : roleTasks);
    }

    public Workshop withInfo(String newTitle, String newUnit, String newDate, String newParticipants) {
        return new Workshop(newTitle, newUnit, newDate, newParticipants, language, professions, boards, notes, decisions, roles, roleTasks);
    }

    public Workshop withLanguage(String v) {
        return new Workshop(title, unit, date, participants, v, professions, boards, notes, decisions, roles, roleTasks);
    }

    public Workshop withProfessions(List<Profession> v) {
        return new Workshop(title, unit, date, participants, language, v, boards, notes, decisions, roles, roleTasks);
    }

    public Workshop withBoards(List<Board> v) {
        return new Workshop(title, unit, date, participants, language, professions, v, notes, decisions, roles, roleTasks);
    }

    public Workshop withNotes(List<Note> v) {
        return new Workshop(title, unit, date, participants, language, professions, boards, v, decisions, roles, roleTasks);
    }

    public Workshop withDecisions(List<TaskDecision> v) {
        return new Workshop(title, unit, date, participants, language, professions, boards, notes, v, roles, roleTasks);
    }

    public Workshop withRoles(List<Role> newRoles, List<RoleTask> newRoleTasks) {
        return new Workshop(title, unit, date, participants, language, professions, boards, notes, decisions, newRoles, newRoleTasks);
    }

    public Optional<Profession> profession(String id) {
        return professions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Board> board(String id) {
        return boards.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<Note> notesOn(String boardId) {
        return notes.stream().filter(n -> n.boardId().equals(boardId)).toList();
    }

    /** Replaces the board with the same id. */
    public Workshop withBoard(Board board) {
        return withBoards(replace(boards, b -> b.id().equals(board.id()), b -> board));
    }

    /** Replaces the profession with the same id. */
    public Workshop withProfession(Profession profession) {
        return withProfessions(replace(professions, p -> p.id().equals(profession.id()), p -> profession));
    }

    static <T> List<T> replace(List<T> list, java.util.function.Predicate<T> match, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(match.test(t) ? Objects.requireNonNull(change.apply(t)) : t);
        }
        return out;
    }
}
