package no.lappetavla.export;

import no.lappetavla.model.Colour;
import no.lappetavla.model.Decision;

/**
 * The fills of the må/kan letters in every export. Blue, orange, yellow and grey stay apart for
 * every common colour-vision deficiency, red and green stay free for status marks, and the letter
 * is always printed, so colour is never the only signal.
 */
final class DecisionStyle {

    private DecisionStyle() {
    }

    static Colour fill(Decision decision) {
        return switch (decision) {
            case MUST -> Colour.parse("#6699CC");
            case CAN -> Colour.parse("#FFCC99");
            case CAN_AFTER_TRAINING -> Colour.parse("#FFEE99");
            case SHOULD_NOT -> Colour.parse("#DDDDDD");
        };
    }

    /** Resource key of the letter's meaning in the legend. */
    static String meaningKey(Decision decision) {
        return switch (decision) {
            case MUST -> "matrix.legend.must";
            case CAN -> "matrix.legend.can";
            case CAN_AFTER_TRAINING -> "matrix.legend.canAfterTraining";
            case SHOULD_NOT -> "matrix.legend.shouldNot";
        };
    }

    /** "RRGGBB" as OOXML wants it. */
    static String hex(Colour colour) {
        return colour.hex().substring(1);
    }
}
