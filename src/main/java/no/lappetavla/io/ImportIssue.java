package no.lappetavla.io;

import no.lappetavla.i18n.Texts;

/**
 * Something in one row of a task list that was left out of the import, shown in the preview so
 * nothing disappears silently.
 *
 * @param row   the row number as seen in Excel or a text editor
 * @param value the cell text concerned ("XYZ", "25:99"), or ""
 */
public record ImportIssue(int row, Reason reason, String value) {

    public enum Reason {
        /** The row has no task text and is skipped. */
        NO_TASK_TEXT(true),
        /** A name in a Må, Kan or who column is no known profession; the rest of the row is imported. */
        UNKNOWN_PROFESSION(false),
        /** No known profession does the task, so it gets no note and the row is skipped. */
        NO_PROFESSION(true),
        /** The time could not be read: the note waits unsorted. */
        UNREADABLE_TIME(false),
        /** The duration could not be read and is left empty. */
        UNREADABLE_DURATION(false);

        private final boolean skipsRow;

        Reason(boolean skipsRow) {
            this.skipsRow = skipsRow;
        }

        public boolean skipsRow() {
            return skipsRow;
        }

        String key() {
            return "import.issue." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    public ImportIssue {
        value = value == null ? "" : value.strip();
    }

    /** One Norwegian sentence, e.g. "Rad 12: ukjent yrkesgruppe «XYZ»; den er utelatt." */
    public String message(Texts texts) {
        return texts.format(reason.key(), String.valueOf(row), value);
    }
}
