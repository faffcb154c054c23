package no.lappetavla.model;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One undoable change to a workshop. Every change, from a note drag to a profession rename,
 * is an Edit run through {@link WorkshopHistory}.
 */
public interface Edit {

    /** Resource key naming the change for "Angre …"/"Gjør om …" (e.g. "edit.moveNotes"). */
    String nameKey();

    Workshop apply(Workshop workshop);

    static Edit of(String nameKey, UnaryOperator<Workshop> change) {
        Objects.requireNonNull(nameKey);
        Objects.requireNonNull(change);
        return new Edit() {
            @Override
            public String nameKey() {
                return nameKey;
            }

            @Override
            public Workshop apply(Workshop workshop) {
                return change.apply(workshop);
            }
        };
    }
}
