package no.lappetavla.model;

import java.util.Objects;

/** The group's decision on who må/kan do a task, with the condition that makes it forsvarlig. */
public record TaskDecision(String taskKey, String professionId, Decision decision, String justification) {

    public TaskDecision {
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(professionId, "professionId");
        Objects.requireNonNull(decision, "decision");
        justification = justification == null ? "" : justification.strip();
    }
}
