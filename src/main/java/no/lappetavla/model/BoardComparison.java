package no.lappetavla.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before/after: what changes between two boards of a workshop, task by task ({@link TaskKey}),
 * typically the mapping of today and a copy the group rearranged into the future.
 *
 * @param changes every task on either board, in step order (before board first, new tasks at their
 *                place on the after board, unplaced tasks last)
 */
public record BoardComparison(List<TaskChange> changes) {

    public BoardComparison {
        changes = List.copyOf(changes);
    }

    public static BoardComparison of(Workshop workshop, String beforeBoardId, String afterBoardId) {
        Board before = workshop.board(beforeBoardId).orElseThrow(() -> new IllegalArgumentException("no board " + beforeBoardId));
        Board after = workshop.board(afterBoardId).orElseThrow(() -> new IllegalArgumentException("no board " + afterBoardId));
        Map<String, Integer> professionOrder = new HashMap<>();
        for (int i = 0; i < workshop.professions().size(); i++) {
            professionOrder.put(workshop.professions().get(i).id(), i);
        }
        Side was = new Side(before, workshop.notesOn(beforeBoardId));
        Side will = new Side(after, workshop.notesOn(afterBoardId));
        List<String> keys = new ArrayList<>(was.notesByTask.keySet());
        will.notesByTask.keySet().stream().filter(k -> !was.notesByTask.containsKey(k)).forEach(keys::add);
        keys.sort(Comparator.comparingInt(k -> was.notesByTask.containsKey(k) ? was.position(k) : will.position(k)));
        List<TaskChange> changes = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<Note> notes = was.notesByTask.getOrDefault(key, will.notesByTask.get(key));
            changes.add(new TaskChange(key, notes.getFirst().text(),
                    was.professions(key, professionOrder), will.professions(key, professionOrder),
                    was.stepLabel(key), will.stepLabel(key)));
        }
        return new BoardComparison(changes);
    }

    public List<TaskChange> of(TaskChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Tasks that changed hands, as "task: from → to" lines, in step order. */
    public List<String> moves(Workshop workshop) {
        Map<String, String> codes = new HashMap<>();
        workshop.professions().forEach(p -> codes.put(p.id(), p.code()));
        return of(TaskChange.Kind.MOVED).stream().map(c -> c.summary(id -> codes.getOrDefault(id, "?"))).toList();
    }

    /** One board's notes grouped by task. */
    private static final class Side {
        private final Board board;
        private final Map<String, List<Note>> notesByTask = new LinkedHashMap<>();

        Side(Board board, List<Note> notes) {
            this.board = board;
            for (Note n : notes) {
                if (!n.taskKey().isEmpty()) {
                    notesByTask.computeIfAbsent(n.taskKey(), k -> new ArrayList<>()).add(n);
                }
            }
        }

        List<String> professions(String key, Map<String, Integer> order) {
            return notesByTask.getOrDefault(key, List.of()).stream().map(Note::professionId).distinct()
                    .sorted(Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE))).toList();
        }

        /** Index of the earliest step the task sits in; unplaced tasks after every step. */
        int position(String key) {
            return notesByTask.get(key).stream().mapToInt(n -> stepIndex(n.stepId())).min().orElse(Integer.MAX_VALUE);
        }

        String stepLabel(String key) {
            int i = notesByTask.containsKey(key) ? position(key) : Integer.MAX_VALUE;
            return i < board.steps().size() ? board.steps().get(i).label() : "";
        }

        private int stepIndex(String stepId) {
            for (int i = 0; i < board.steps().size(); i++) {
                if (board.steps().get(i).id().equals(stepId)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }
    }
}
