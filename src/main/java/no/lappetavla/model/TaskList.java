package no.lappetavla.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The workshop's tasks ordered by step/time: the rows of the må/kan matrix and of task cards. */
public final class TaskList {

    private TaskList() {
    }

    public static List<Task> of(Workshop workshop) {
        Map<String, Integer> stepOrder = new HashMap<>();
        Map<String, String> stepLabel = new HashMap<>();
        int order = 0;
        for (Board b : workshop.boards()) {
            for (Step s : b.steps()) {
                stepOrder.put(s.id(), order++);
                stepLabel.put(s.id(), s.label());
            }
        }
        Map<String, Integer> professionOrder = new HashMap<>();
        for (int i = 0; i < workshop.professions().size(); i++) {
            professionOrder.put(workshop.professions().get(i).id(), i);
        }
        TaskIndex index = TaskIndex.of(workshop);
        List<Task> tasks = new ArrayList<>();
        int unplaced = Integer.MAX_VALUE;
        for (String key : index.taskKeys()) {
            List<Note> notes = index.notesOf(key);
            Note earliest = notes.stream()
                    .filter(n -> n.stepId() != null && stepOrder.containsKey(n.stepId()))
                    .min(Comparator.comparingInt(n -> stepOrder.get(n.stepId())))
                    .orElse(null);
            Set<String> today = new LinkedHashSet<>();
            notes.stream().map(Note::professionId)
                    .sorted(Comparator.comparingInt(id -> professionOrder.getOrDefault(id, Integer.MAX_VALUE)))
                    .forEach(today::add);
            tasks.add(new Task(key, notes.getFirst().text(),
                    earliest == null ? "" : stepLabel.get(earliest.stepId()),
                    earliest == null ? unplaced : stepOrder.get(earliest.stepId()),
                    first(notes, Note::place), first(notes, Note::userNeed), first(notes, Note::competenceNeed),
                    notes.stream().map(Note::durationMinutes).filter(d -> d != null).findFirst().orElse(null),
                    notes.stream().anyMatch(Note::timeThief),
                    new ArrayList<>(today), notes));
        }
        // Stable sort keeps first-appearance order within a step.
        tasks.sort(Comparator.comparingInt(Task::stepOrder));
        return tasks;
    }

    private static String first(List<Note> notes, java.util.function.Function<Note, String> field) {
        return notes.stream().map(field).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
