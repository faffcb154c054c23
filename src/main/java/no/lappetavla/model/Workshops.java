package no.lappetavla.model;

import java.util.List;

/** Starting points for a new workshop. */
public final class Workshops {

    /** The shift blocks of a nursing-home day shift, a sensible first board. */
    public static final List<String> DAY_SHIFT_STEPS = List.of(
            "07–08", "08–09", "09–10", "10–11", "11–12", "12–13", "13–14", "14–15", "15–16", "Hele dagen");

    private Workshops() {
    }

    /** A workshop with the default professions and one horizontal board with day-shift steps. */
    public static Workshop newWorkshop(String title, String boardName) {
        List<Profession> professions = DefaultProfessions.create();
        Board board = new Board(Ids.newId(), boardName, BoardForm.HORIZONTAL,
                DAY_SHIFT_STEPS.stream().map(s -> new Step(Ids.newId(), s)).toList(),
                professions.stream().map(Profession::id).toList());
        return new Workshop(title, "", "", "", "nb", professions, List.of(board), List.of(), List.of(), List.of(), List.of());
    }
}
