package no.lappetavla.model;

import java.util.Optional;

/** A må/kan decision for one task and one profession. "Ikke vurdert" is the absence of a decision. */
public enum Decision {
    MUST("M"),
    CAN("K"),
    CAN_AFTER_TRAINING("K*"),
    SHOULD_NOT("–");

    private final String letter;

    Decision(String letter) {
        this.letter = letter;
    }

    /** The letter shown in the matrix and printed in exports: M, K, K* or –. */
    public String letter() {
        return letter;
    }

    /** Reads a letter as users type it (also "-" for "–" and lower case). */
    public static Optional<Decision> fromLetter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "M" -> Optional.of(MUST);
            case "K" -> Optional.of(CAN);
            case "K*" -> Optional.of(CAN_AFTER_TRAINING);
            case "–", "-", "—" -> Optional.of(SHOULD_NOT);
            default -> Optional.empty();
        };
    }
}
