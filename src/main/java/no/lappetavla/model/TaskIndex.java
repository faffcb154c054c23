package no.lappetavla.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups notes into tasks by {@link TaskKey}: a task done by several professions is the main
 * finding of a mapping, so every note can tell how many professions share its task. Parked
 * (off-topic) notes are no tasks.
 */
public final class TaskIndex {

    private final Map<String, List<Note>> notesByTask = new LinkedHashMap<>();
    private final Map<String, Set<String>> professionsByTask = new HashMap<>();

    public TaskIndex(List<Note> notes) {
        for (Note n : notes) {
            String key = n.taskKey();
            if (key.isEmpty() || n.parked()) {
                continue;
            }
            notesByTask.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            professionsByTask.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(n.professionId());
        }
    }

    public static TaskIndex of(Workshop workshop) {
        return new TaskIndex(workshop.notes());
    }

    /** How many different professions do this note's task today. */
    public int professionCount(String taskKey) {
        Set<String> s = professionsByTask.get(taskKey);
        return s == null ? 0 : s.size();
    }

    public Set<String> professionsDoing(String taskKey) {
        return professionsByTask.getOrDefault(taskKey, Set.of());
    }

    public List<Note> notesOf(String taskKey) {
        return notesByTask.getOrDefault(taskKey, List.of());
    }

    /** Task keys in the order their first note appears. */
    public Set<String> taskKeys() {
        return notesByTask.keySet();
    }
}
