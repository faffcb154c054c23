package no.lappetavla.model;

import java.util.List;
import java.util.Objects;

/**
 * One pocket task card (oppgavekort): what one role or profession does on a shift, in time order.
 *
 * @param shift      shift and hours as people write them ("Dag 07:30–15:30"), or ""
 * @param colour     the profession colour "#RRGGBB" for the card's band
 * @param contacts   "Kontakt ved behov" lines
 * @param reminders  "Husk" lines
 * @param basis      where the lines come from, so a card drawn from today's notes can say it is a draft
 */
public record TaskCard(
        String roleName,
        String professionCode,
        String professionName,
        String colour,
        String unit,
        String shift,
        List<Line> lines,
        List<String> contacts,
        List<String> reminders,
        String version,
        String date,
        String approvedBy,
        Basis basis) {

    /** What the card's lines were built from. */
    public enum Basis {
        /** The role's own task list (Workshop.roleTasks). */
        ROLE,
        /** The profession's må/kan decisions: M as ansvar, K and K* as bistår/kan. */
        DECISIONS,
        /** Nothing decided yet: the tasks the profession does today according to the notes. */
        TODAY
    }

    /**
     * One task line: "07–08 Rapport fra natt", owned or helped with.
     *
     * @param time          the step/time label, or "" for a task not placed in time
     * @param afterTraining the task is K* for this profession: only after a course or delegation
     */
    public record Line(String time, String text, RoleTask.Kind kind, boolean afterTraining) {

        public Line {
            time = time == null ? "" : time.strip();
            text = text == null ? "" : text.strip();
            Objects.requireNonNull(kind, "kind");
        }
    }

    public TaskCard {
        roleName = clean(roleName);
        professionCode = clean(professionCode);
        professionName = clean(professionName);
        colour = Colour.parse(colour == null ? "#CCCCCC" : colour).hex();
        unit = clean(unit);
        shift = clean(shift);
        lines = List.copyOf(lines == null ? List.of() : lines);
        contacts = clean(contacts);
        reminders = clean(reminders);
        version = clean(version);
        date = clean(date);
        approvedBy = clean(approvedBy);
        Objects.requireNonNull(basis, "basis");
    }

    public Colour colourValue() {
        return Colour.parse(colour);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> clean(List<String> lines) {
        return lines == null ? List.of() : lines.stream().map(TaskCard::clean).filter(s -> !s.isEmpty()).toList();
    }
}
