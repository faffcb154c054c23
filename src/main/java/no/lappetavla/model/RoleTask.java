package no.lappetavla.model;

import java.util.Objects;

/** A task on a role's card, either owned (ansvar) or helped with (bistår). */
public record RoleTask(String roleId, String taskKey, Kind kind) {

    public enum Kind { RESPONSIBLE, ASSISTS }

    public RoleTask {
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(kind, "kind");
    }
}
