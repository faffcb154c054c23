package no.lappetavla.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import no.lappetavla.i18n.Texts;

/**
 * A workshop file that cannot be read or saved. {@link #getMessage()} is one Norwegian sentence
 * naming the file and the problem, ready for a dialog; {@link #kind()} lets the caller decide
 * what to offer (e.g. "open the backup" for TRUNCATED or DAMAGED).
 */
public final class WorkshopFileException extends IOException {

    public enum Kind {
        NOT_FOUND,
        UNREADABLE,
        EMPTY,
        /** Not JSON at all (another kind of file). */
        NOT_JSON,
        /** JSON that ends too early: an interrupted write or a cut copy. */
        TRUNCATED,
        /** Valid JSON but not a Lappetavla workshop. */
        NOT_A_WORKSHOP,
        /** Written by a newer Lappetavla with a format this version does not know. */
        NEWER_VERSION,
        /** Our format, but with invalid values or broken references. */
        DAMAGED,
        TOO_LARGE,
        /** Saving failed; the file that was there before is unchanged. */
        NOT_WRITABLE
    }

    static final Texts TEXTS = Texts.of("io", "nb");

    private final Kind kind;
    private final transient Path file;

    WorkshopFileException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.file = file;
    }

    static WorkshopFileException of(Kind kind, Path file, Throwable cause) {
        String key = switch (kind) {
            case NOT_FOUND -> "io.file.notFound";
            case UNREADABLE -> "io.file.unreadable";
            case EMPTY -> "io.file.empty";
            case NOT_JSON -> "io.file.notJson";
            case TRUNCATED -> "io.file.truncated";
            case NOT_A_WORKSHOP -> "io.file.notWorkshop";
            case NOT_WRITABLE -> "io.file.notWritable";
            case NEWER_VERSION, DAMAGED, TOO_LARGE -> throw new IllegalArgumentException(kind + " needs details");
        };
        return new WorkshopFileException(kind, file, TEXTS.format(key, name(file)), cause);
    }

    static WorkshopFileException damaged(Path file, String detail, Throwable cause) {
        return new WorkshopFileException(Kind.DAMAGED, file, TEXTS.format("io.file.damaged", name(file), detail), cause);
    }

    static WorkshopFileException newerVersion(Path file, int version) {
        return new WorkshopFileException(Kind.NEWER_VERSION, file, TEXTS.format("io.file.newerVersion", name(file), version), null);
    }

    static WorkshopFileException tooLarge(Path file, long size, long limit) {
        long mib = 1024 * 1024;
        return new WorkshopFileException(Kind.TOO_LARGE, file,
                TEXTS.format("io.file.tooLarge", name(file), (size + mib - 1) / mib, limit / mib), null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    private static String name(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name == null ? String.valueOf(file) : name.toString();
    }
}
