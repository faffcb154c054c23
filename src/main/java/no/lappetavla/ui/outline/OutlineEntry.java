package no.lappetavla.ui.outline;

/**
 * One line of the outline: what it shows, and the same as a full sentence for screen readers.
 *
 * @param noteId the note this line stands for, or null for board, lane, step and unsorted lines
 * @param colour the profession colour ("#RRGGBB") shown as a swatch, or null
 */
record OutlineEntry(Kind kind, String noteId, String label, String sentence, String colour) {

    enum Kind { BOARD, LANE, STEP, UNSORTED, NOTE }

    boolean isNote() {
        return kind == Kind.NOTE;
    }
}
