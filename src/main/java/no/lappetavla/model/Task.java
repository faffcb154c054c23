package no.lappetavla.model;

import java.util.List;

/**
 * One task of the workshop: all notes with the same text, however many professions do it today.
 * Fields come from the first note that has them filled in.
 *
 * @param stepLabel  the earliest step the task is placed in, or "" when none of its notes is placed
 * @param stepOrder  sort position of that step across boards (unplaced tasks last)
 * @param professionIdsToday who does it today, in the workshop's profession order
 */
public record Task(
        String key,
        String text,
        String stepLabel,
        int stepOrder,
        String place,
        String userNeed,
        String competenceNeed,
        Integer durationMinutes,
        boolean timeThief,
        List<String> professionIdsToday,
        List<Note> notes) {

    public Task {
        professionIdsToday = List.copyOf(professionIdsToday);
        notes = List.copyOf(notes);
    }

    public boolean doneTodayBy(String professionId) {
        return professionIdsToday.contains(professionId);
    }
}
