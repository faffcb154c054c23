package no.lappetavla.io;

import java.io.IOException;
import no.lappetavla.i18n.Texts;

/** A task list that cannot be imported, with one Norwegian sentence saying why. */
public final class ImportException extends IOException {

    /** Why the file was refused; each kind has the text "import.error.&lt;kind&gt;" in io.properties. */
    public enum Kind {
        EMPTY,
        FILE_TOO_LARGE,
        NOT_A_SPREADSHEET,
        ENCRYPTED,
        OLD_EXCEL_FORMAT,
        ZIP_BOMB,
        DAMAGED,
        TOO_MANY_ROWS,
        NO_TASK_COLUMN,
        CANNOT_OPEN;

        String key() {
            return "import.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    private final Kind kind;

    ImportException(Kind kind, Object... args) {
        this(kind, null, args);
    }

    ImportException(Kind kind, Throwable cause, Object... args) {
        super(Texts.of("io", "nb").format(kind.key(), args), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
