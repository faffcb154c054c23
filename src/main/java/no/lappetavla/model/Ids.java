package no.lappetavla.model;

import java.util.UUID;

/** Stable identities for notes, boards, steps and professions, so renames never break links. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
