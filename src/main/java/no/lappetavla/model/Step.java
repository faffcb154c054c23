package no.lappetavla.model;

import java.util.Objects;

/** A process step or time block ("07:30 Rapport", "08–10 Stell og frokost"). */
public record Step(String id, String label) {

    public Step {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label.strip();
    }

    public Step withLabel(String newLabel) {
        return new Step(id, newLabel);
    }
}
