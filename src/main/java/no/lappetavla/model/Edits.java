package no.lappetavla.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The edits the app makes to a workshop, each one undo step. */
public final class Edits {

    private Edits() {
    }

    public static Edit addNotes(List<Note> added) {
        return Edit.of(added.size() == 1 ? "edit.addNote" : "edit.addNotes", w -> {
            List<Note> notes = new ArrayList<>(w.notes());
            notes.addAll(added);
            return w.withNotes(notes);
        });
    }

    /** Replaces notes by id; used for field edits from the inspector and in-place text edits. */
    public static Edit updateNotes(List<Note> changed) {
        Map<String, Note> byId = new LinkedHashMap<>();
        changed.forEach(n -> byId.put(n.id(), n));
        return Edit.of("edit.editNote", w -> w.withNotes(Workshop.replace(w.notes(), n -> byId.containsKey(n.id()), n -> byId.get(n.id()))));
    }

    /**
     * Puts notes into one cell (or the unsorted area when stepId is null): they take the lane's
     * profession and the step, and go last in that cell, in the order given.
     */
    public static Edit moveNotes(List<String> ids, String boardId, String professionId, String stepId) {
        return Edit.of(ids.size() == 1 ? "edit.moveNote" : "edit.moveNotes", w -> {
            Set<String> moving = new HashSet<>(ids);
            List<Note> stay = new ArrayList<>(w.notes().size());
            Map<String, Note> moved = new LinkedHashMap<>();
            for (Note n : w.notes()) {
                if (moving.contains(n.id())) {
                    String profession = professionId != null ? professionId : n.professionId();
                    moved.put(n.id(), n.placedAt(boardId, profession, stepId));
                } else {
                    stay.add(n);
                }
            }
            for (String id : ids) {
                Note n = moved.get(id);
                if (n != null) {
                    stay.add(n);
                }
            }
            return w.withNotes(stay);
        });
    }

    /**
     * Moves notes to another board: each keeps its profession, and its step when the target board
     * has a step with the same label; otherwise it waits in the unsorted area.
     */
    public static Edit moveNotesToBoard(List<String> ids, String targetBoardId) {
        return Edit.of(ids.size() == 1 ? "edit.moveNote" : "edit.moveNotes", w -> {
            Board target = w.board(targetBoardId).orElse(null);
            if (target == null) {
                return w;
            }
            Map<String, String> labels = new java.util.HashMap<>();
            w.boards().forEach(b -> b.steps().forEach(s -> labels.put(s.id(), s.label())));
            Set<String> moving = new HashSet<>(ids);
            return w.withNotes(Workshop.replace(w.notes(), n -> moving.contains(n.id()), n -> {
                String label = labels.get(n.stepId());
                String step = target.steps().stream().filter(s -> s.label().equals(label)).map(Step::id).findFirst().orElse(null);
                return n.placedAt(targetBoardId, n.professionId(), step);
            }));
        });
    }

    /** Removes a step; its notes wait in the unsorted area instead of disappearing. */
    public static Edit removeStep(String boardId, String stepId) {
        return Edit.of("edit.removeStep", w -> w.board(boardId).map(b -> w
                .withBoard(b.withSteps(b.steps().stream().filter(s -> !s.id().equals(stepId)).toList()))
                .withNotes(Workshop.replace(w.notes(), n -> n.boardId().equals(boardId) && stepId.equals(n.stepId()),
                        n -> n.placedAt(boardId, n.professionId(), null))))
                .orElse(w));
    }

    /** Sets notes aside in the board's parking area (off-topic), keeping their profession. */
    public static Edit park(List<String> ids, String boardId) {
        return Edit.of("edit.park", w -> moveNotes(ids, boardId, null, Note.PARKING).apply(w));
    }

    public static Edit deleteNotes(Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        return Edit.of(ids.size() == 1 ? "edit.deleteNote" : "edit.deleteNotes",
                w -> w.withNotes(w.notes().stream().filter(n -> !gone.contains(n.id())).toList()));
    }

    public static Edit updateBoard(Board board) {
        return Edit.of("edit.editBoard", w -> w.withBoard(board));
    }

    public static Edit switchForm(String boardId) {
        return Edit.of("edit.switchForm", w -> w.board(boardId)
                .map(b -> w.withBoard(b.withForm(b.form().other())))
                .orElse(w));
    }

    public static Edit addBoard(Board board) {
        return Edit.of("edit.addBoard", w -> {
            List<Board> boards = new ArrayList<>(w.boards());
            boards.add(board);
            return w.withBoards(boards);
        });
    }

    /** Removes a board with its notes; the last board cannot be removed. */
    public static Edit removeBoard(String boardId) {
        return Edit.of("edit.removeBoard", w -> {
            if (w.boards().size() <= 1) {
                return w;
            }
            return w.withBoards(w.boards().stream().filter(b -> !b.id().equals(boardId)).toList())
                    .withNotes(w.notes().stream().filter(n -> !n.boardId().equals(boardId)).toList());
        });
    }

    public static Edit updateProfession(Profession profession) {
        return Edit.of("edit.editProfession", w -> w.withProfession(profession));
    }

    /** Adds a profession and shows it as a lane on every board. */
    public static Edit addProfession(Profession profession) {
        return Edit.of("edit.addProfession", w -> {
            List<Profession> professions = new ArrayList<>(w.professions());
            professions.add(profession);
            List<Board> boards = w.boards().stream().map(b -> {
                List<String> lanes = new ArrayList<>(b.laneIds());
                lanes.add(profession.id());
                return b.withLaneIds(lanes);
            }).toList();
            return w.withProfessions(professions).withBoards(boards);
        });
    }

    /** Moves a profession up (-1) or down (+1); lanes on every board follow the new order. */
    public static Edit moveProfession(String professionId, int delta) {
        return Edit.of("edit.moveProfession", w -> {
            List<Profession> professions = new ArrayList<>(w.professions());
            int from = indexOf(professions, professionId);
            int to = from + delta;
            if (from < 0 || to < 0 || to >= professions.size()) {
                return w;
            }
            professions.add(to, professions.remove(from));
            List<String> order = professions.stream().map(Profession::id).toList();
            List<Board> boards = w.boards().stream()
                    .map(b -> b.withLaneIds(b.laneIds().stream()
                            .sorted((a, c) -> Integer.compare(order.indexOf(a), order.indexOf(c))).toList()))
                    .toList();
            return w.withProfessions(professions).withBoards(boards);
        });
    }

    /** Title, unit, date, participants and the language of exports, as one step. */
    public static Edit editInfo(String title, String unit, String date, String participants, String language) {
        return Edit.of("edit.editInfo", w -> w.withInfo(title, unit, date, participants).withLanguage(language));
    }

    /** Sets or clears (decision null) the må/kan decision for one task and profession. */
    public static Edit decide(String taskKey, String professionId, Decision decision, String justification) {
        return Edit.of("edit.decide", w -> {
            List<TaskDecision> out = new ArrayList<>(w.decisions().size() + 1);
            boolean placed = false;
            for (TaskDecision d : w.decisions()) {
                if (d.taskKey().equals(taskKey) && d.professionId().equals(professionId)) {
                    if (decision != null && !placed) {
                        out.add(new TaskDecision(taskKey, professionId, decision, justification));
                        placed = true;
                    }
                } else {
                    out.add(d);
                }
            }
            if (decision != null && !placed) {
                out.add(new TaskDecision(taskKey, professionId, decision, justification));
            }
            return w.withDecisions(out);
        });
    }

    /**
     * Sets or clears many må/kan decisions at once, e.g. the letters a leader changed in the Excel
     * matrix: one undo step takes them all back. Decisions not named in the changes stay as they are.
     */
    public static Edit applyDecisions(List<DecisionChange> changes) {
        List<DecisionChange> copy = List.copyOf(changes);
        return Edit.of("edit.applyDecisions", w -> {
            Map<String, DecisionChange> byCell = new LinkedHashMap<>();
            copy.forEach(c -> byCell.put(cellKey(c.taskKey(), c.professionId()), c));
            List<TaskDecision> out = new ArrayList<>(w.decisions().size() + byCell.size());
            for (TaskDecision d : w.decisions()) {
                DecisionChange c = byCell.remove(cellKey(d.taskKey(), d.professionId()));
                if (c == null) {
                    out.add(d);
                } else if (c.decision() != null) {
                    out.add(new TaskDecision(d.taskKey(), d.professionId(), c.decision(),
                            c.justification() == null ? d.justification() : c.justification()));
                }
            }
            for (DecisionChange c : byCell.values()) {
                if (c.decision() != null) {
                    out.add(new TaskDecision(c.taskKey(), c.professionId(), c.decision(), c.justification()));
                }
            }
            return w.withDecisions(out);
        });
    }

    private static String cellKey(String taskKey, String professionId) {
        return taskKey + "\u0000" + professionId;
    }

    /** One dot vote more (+1) or less (-1) on a note; votes never go below zero. */
    public static Edit vote(String noteId, int delta) {
        return Edit.of("edit.vote", w -> w.withNotes(Workshop.replace(w.notes(), n -> n.id().equals(noteId),
                n -> n.withVotes(n.votes() + delta))));
    }

    /** Removes every dot vote on one board, to start a new round of voting. */
    public static Edit clearVotes(String boardId) {
        return Edit.of("edit.clearVotes", w -> w.withNotes(Workshop.replace(w.notes(),
                n -> n.boardId().equals(boardId) && n.votes() > 0, n -> n.withVotes(0))));
    }

    /** {@link #copyBoardAsFuture(String, String, String)} with a new board id. */
    public static Edit copyBoardAsFuture(String boardId, String newName) {
        return copyBoardAsFuture(boardId, newName, Ids.newId());
    }

    /**
     * Copies a board ("i dag") as a new board ("framtid") right after it: same form, steps and lanes,
     * and a copy of every note, so the group can rearrange the future while today stays as mapped.
     * Copies start without votes (a new discussion); everything else is kept. New step and note ids
     * are derived from the new board id, so the edit gives the same workshop every time it runs.
     */
    public static Edit copyBoardAsFuture(String boardId, String newName, String newBoardId) {
        return Edit.of("edit.copyBoardAsFuture", w -> {
            Board source = w.board(boardId).orElse(null);
            if (source == null) {
                return w;
            }
            Map<String, String> stepIds = new LinkedHashMap<>();
            source.steps().forEach(s -> stepIds.put(s.id(), derivedId(newBoardId, s.id())));
            Board copy = new Board(newBoardId, newName, source.form(),
                    source.steps().stream().map(s -> new Step(stepIds.get(s.id()), s.label())).toList(),
                    source.laneIds());
            List<Board> boards = new ArrayList<>(w.boards());
            boards.add(boards.indexOf(source) + 1, copy);
            List<Note> notes = new ArrayList<>(w.notes());
            for (Note n : w.notesOn(boardId)) {
                notes.add(n.copyAs(derivedId(newBoardId, n.id()))
                        .placedAt(newBoardId, n.professionId(), n.stepId() == null ? null : stepIds.get(n.stepId()))
                        .withVotes(0));
            }
            return w.withBoards(boards).withNotes(notes);
        });
    }

    private static String derivedId(String boardId, String originalId) {
        // UTF-16 code units by hand: the model stays free of java.nio (ArchitectureTest).
        String name = boardId + "/" + originalId;
        byte[] bytes = new byte[name.length() * 2];
        for (int i = 0; i < name.length(); i++) {
            bytes[2 * i] = (byte) (name.charAt(i) >> 8);
            bytes[2 * i + 1] = (byte) name.charAt(i);
        }
        return UUID.nameUUIDFromBytes(bytes).toString();
    }

    public static Edit addRole(Role role) {
        return Edit.of("cards.edit.addRole", w -> {
            List<Role> roles = new ArrayList<>(w.roles());
            roles.add(role);
            return w.withRoles(roles, w.roleTasks());
        });
    }

    /** Replaces the role with the same id: name, profession, shift, unit, contacts, Husk lines, version. */
    public static Edit updateRole(Role role) {
        return Edit.of("cards.edit.editRole",
                w -> w.withRoles(Workshop.replace(w.roles(), r -> r.id().equals(role.id()), r -> role), w.roleTasks()));
    }

    /** Removes a role and its task list, so no task points at a card that no longer exists. */
    public static Edit removeRole(String roleId) {
        return Edit.of("cards.edit.removeRole", w -> w.withRoles(
                w.roles().stream().filter(r -> !r.id().equals(roleId)).toList(),
                w.roleTasks().stream().filter(t -> !t.roleId().equals(roleId)).toList()));
    }

    /**
     * Puts a task on a role's card as ansvar or bistår, or takes it off (kind null). A task already
     * on the card keeps its place in the list; the card orders its lines by time anyway.
     */
    public static Edit assignTask(String roleId, String taskKey, RoleTask.Kind kind) {
        return Edit.of("cards.edit.assignTask", w -> {
            List<RoleTask> out = new ArrayList<>(w.roleTasks().size() + 1);
            boolean placed = false;
            for (RoleTask t : w.roleTasks()) {
                if (t.roleId().equals(roleId) && t.taskKey().equals(taskKey)) {
                    if (kind != null && !placed) {
                        out.add(new RoleTask(roleId, taskKey, kind));
                        placed = true;
                    }
                } else {
                    out.add(t);
                }
            }
            if (kind != null && !placed) {
                out.add(new RoleTask(roleId, taskKey, kind));
            }
            return w.withRoles(w.roles(), out);
        });
    }

    /** Replaces a role's task list with the proposal from its profession's må/kan decisions ({@link TaskCards#suggest}). */
    public static Edit applySuggestions(String roleId) {
        return Edit.of("cards.edit.suggestTasks", w -> w.roles().stream().filter(r -> r.id().equals(roleId)).findFirst()
                .map(role -> {
                    List<RoleTask> out = new ArrayList<>(w.roleTasks().stream().filter(t -> !t.roleId().equals(roleId)).toList());
                    out.addAll(TaskCards.suggest(w, role));
                    return w.withRoles(w.roles(), out);
                })
                .orElse(w));
    }

    private static int indexOf(List<Profession> professions, String id) {
        for (int i = 0; i < professions.size(); i++) {
            if (professions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
