package no.lappetavla.model;

import java.util.Objects;

/**
 * One sticky note: one task as one profession does it today.
 *
 * @param professionId the profession doing it today; its lane and colour
 * @param stepId       the step/time block, or null while the note waits in the unsorted area
 * @param durationMinutes optional, null when unknown
 */
public record Note(
        String id,
        String boardId,
        String text,
        String professionId,
        String stepId,
        String place,
        String userNeed,
        String competenceNeed,
        Integer durationMinutes,
        String frequency,
        boolean timeThief,
        String comment,
        int votes) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(boardId, "boardId");
        text = clean(text);
        place = clean(place);
        userNeed = clean(userNeed);
        competenceNeed = clean(competenceNeed);
        frequency = clean(frequency);
        comment = clean(comment);
        if (durationMinutes != null && durationMinutes < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        votes = Math.max(0, votes);
    }

    /**
     * The step id of the parking area: notes the group sets aside as off-topic. They stay on the
     * board but are not tasks of the mapping (no matrix row, no card line).
     */
    public static final String PARKING = "parking";

    /** Set aside in the parking area. */
    public boolean parked() {
        return PARKING.equals(stepId);
    }

    public static Note of(String id, String boardId, String text, String professionId, String stepId) {
        return new Note(id, boardId, text, professionId, stepId, "", "", "", null, "", false, "", 0);
    }

    /** The task this note is an instance of: notes with the same key are the same task. */
    public String taskKey() {
        return TaskKey.of(text);
    }

    public Note withText(String v) {
        return new Note(id, boardId, v, professionId, stepId, place, userNeed, competenceNeed, durationMinutes, frequency, timeThief, comment, votes);
    }

    public Note placedAt(String newBoardId, String newProfessionId, String newStepId) {
        return new Note(id, newBoardId, text, newProfessionId, newStepId, place, userNeed, competenceNeed, durationMinutes, frequency, timeThief, comment, votes);
    }

    public Note withProfession(String v) {
        return placedAt(boardId, v, stepId);
    }

    public Note withPlace(String v) {
        return new Note(id, boardId, text, professionId, stepId, v, userNeed, competenceNeed, durationMinutes, frequency, timeThief, comment, votes);
    }

    public Note withUserNeed(String v) {
        return new Note(id, boardId, text, professionId, stepId, place, v, competenceNeed, durationMinutes, frequency, timeThief, comment, votes);
    }

    public Note withCompetenceNeed(String v) {
        return new Note(id, boardId, text, professionId, stepId, place, userNeed, v, durationMinutes, frequency, timeThief, comment, votes);
    }

    public Note withDurationMinutes(Integer v) {
        return new Note(id, boardId, text, professionId, stepId, place, userNeed, competenceNeed, v, frequency, timeThief, comment, votes);
    }

    public Note withFrequency(String v) {
        return new Note(id, boardId, text, professionId, stepId, place, userNeed, competenceNeed, durationMinutes, v, timeThief, comment, votes);
    }

    public Note withTimeThief(boolean v) {
        return new Note(id, boardId, text, professionId, stepId, place, userNeed, competenceNeed, durationMinutes, frequency, v, comment, votes);
    }

    public Note withComment(String v) {
        return new Note(id, boardId, text, professionId, stepId, place, userNeed, competenceNeed, durationMinutes, frequency, timeThief, v, votes);
    }

    public Note withVotes(int v) {
        return new Note(id, boardId, text, professionId, stepId, place, userNeed, competenceNeed, durationMinutes, frequency, timeThief, comment, v);
    }

    /** A copy with a new identity, e.g. for duplicate and paste. */
    public Note copyAs(String newId) {
        return new Note(newId, boardId, text, professionId, stepId, place, userNeed, competenceNeed, durationMinutes, frequency, timeThief, comment, votes);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
