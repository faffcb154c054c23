package no.lappetavla.model;

import java.util.List;
import java.util.Objects;

/** A role or function on a shift ("Sykepleier på topp", "Måltidsvert dag"): one task card. */
public record Role(
        String id,
        String name,
        String professionId,
        String shift,
        String unit,
        List<String> contacts,
        List<String> reminders,
        String version,
        String approvedBy) {

    public Role {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        shift = shift == null ? "" : shift.strip();
        unit = unit == null ? "" : unit.strip();
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        reminders = List.copyOf(reminders == null ? List.of() : reminders);
        version = version == null ? "" : version.strip();
        approvedBy = approvedBy == null ? "" : approvedBy.strip();
    }
}
