package no.lappetavla.model;

import java.util.List;
import java.util.Objects;

/**
 * A task map. Notes are placed by (lane, step), never by coordinates, so switching the form
 * transposes the grid without moving anything.
 *
 * @param laneIds ids of the professions shown as lanes, in order
 */
public record Board(String id, String name, BoardForm form, List<Step> steps, List<String> laneIds) {

    public Board {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        form = form == null ? BoardForm.HORIZONTAL : form;
        steps = List.copyOf(steps == null ? List.of() : steps);
        laneIds = List.copyOf(laneIds == null ? List.of() : laneIds);
    }

    public Board withName(String newName) {
        return new Board(id, newName, form, steps, laneIds);
    }

    public Board withForm(BoardForm newForm) {
        return new Board(id, name, newForm, steps, laneIds);
    }

    public Board withSteps(List<Step> newSteps) {
        return new Board(id, name, form, newSteps, laneIds);
    }

    public Board withLaneIds(List<String> newLaneIds) {
        return new Board(id, name, form, steps, newLaneIds);
    }

    public boolean hasStep(String stepId) {
        return stepId != null && steps.stream().anyMatch(s -> s.id().equals(stepId));
    }

    public boolean hasLane(String professionId) {
        return professionId != null && laneIds.contains(professionId);
    }

    /** A note sits in a cell when both its lane and its step are on this board; otherwise it waits unsorted. */
    public boolean isPlaced(Note note) {
        return hasLane(note.professionId()) && hasStep(note.stepId());
    }
}
