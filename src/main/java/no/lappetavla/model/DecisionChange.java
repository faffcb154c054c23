package no.lappetavla.model;

import java.util.Objects;

/**
 * One cell of the må/kan matrix set to a new value, as typed in the matrix or read back from Excel.
 *
 * @param decision      the new decision, or null to clear it (ikke vurdert)
 * @param justification the new begrunnelse, or null to keep the one the decision already has
 */
public record DecisionChange(String taskKey, String professionId, Decision decision, String justification) {

    public DecisionChange {
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(professionId, "professionId");
    }
}
