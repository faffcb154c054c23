package no.lappetavla.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.lappetavla.io.WorkshopFileException.Kind;
import no.lappetavla.model.Workshop;

/**
 * The autosaved recovery copy of the open workshop, for the next start after a crash. One file,
 * written atomically, holds the workshop in the normal file format plus where it came from and
 * when it was saved, so copy and details can never disagree.
 */
public final class RecoveryStore {

    public static final String FILE_NAME = "recovery" + WorkshopFile.EXTENSION;
    private static final String RECOVERY_FIELD = "recovery";
    private static final Set<String> FIELDS = Set.of(
            WorkshopFile.FORMAT_VERSION_FIELD, WorkshopFile.APP_FIELD, RECOVERY_FIELD, WorkshopFile.WORKSHOP_FIELD);

    /**
     * A recovery copy found at start.
     *
     * @param original the file the workshop was opened from or last saved to; empty for a workshop never saved
     */
    public record Recovery(Workshop workshop, Optional<Path> original, Instant savedAt) {
        public Recovery {
            Objects.requireNonNull(workshop);
            Objects.requireNonNull(original);
            Objects.requireNonNull(savedAt);
        }
    }

    /** @param original absolute path or null; savedAt ISO-8601 (Jackson has no java.time without an extra module) */
    private record Info(String original, String savedAt) {
    }

    private record Document(int formatVersion, String app, Info recovery, Workshop workshop) {
    }

    private final Path folder;
    private final Clock clock;

    /** @param folder where the copy lives, e.g. ~/.lappetavla/recovery; created on first save */
    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    RecoveryStore(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder);
        this.clock = Objects.requireNonNull(clock);
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Replaces the recovery copy atomically; a failed save leaves the previous copy. */
    public void save(Workshop workshop, Path originalOrNull) throws WorkshopFileException {
        String original = originalOrNull == null ? null : originalOrNull.toAbsolutePath().toString();
        Info info = new Info(original, clock.instant().toString());
        byte[] content = WorkshopFile.serialize(new Document(FormatMigration.CURRENT_VERSION, WorkshopFile.APP, info, workshop));
        try {
            Files.createDirectories(folder);
            AtomicFile.write(file(), content, null);
        } catch (IOException e) {
            throw WorkshopFileException.of(Kind.NOT_WRITABLE, file(), e);
        }
    }

    /**
     * The recovery copy, if one is left from a session that did not end normally.
     *
     * @throws WorkshopFileException when a copy exists but cannot be used; the copy is left in
     *                               place for the user to decide (report, then {@link #clear()})
     */
    public Optional<Recovery> find() throws WorkshopFileException {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ObjectNode root = WorkshopFile.readDocument(file, FormatMigration.standard(), FIELDS);
        if (!root.path(RECOVERY_FIELD).isObject()) {
            throw damagedInfo(file, null);
        }
        Info info = WorkshopJson.bind(file, root.get(RECOVERY_FIELD), Info.class, RECOVERY_FIELD);
        Workshop workshop = WorkshopFile.bindWorkshop(file, root).workshop();
        try {
            Optional<Path> original = Optional.ofNullable(info.original()).map(Path::of);
            return Optional.of(new Recovery(workshop, original, Instant.parse(Objects.requireNonNull(info.savedAt()))));
        } catch (InvalidPathException | DateTimeParseException | NullPointerException e) {
            throw damagedInfo(file, e);
        }
    }

    /** Removes the copy, after a normal save or close. */
    public void clear() throws WorkshopFileException {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new WorkshopFileException(Kind.NOT_WRITABLE, file(),
                    WorkshopFileException.TEXTS.format("io.recovery.clearFailed", file().toString()), e);
        }
    }

    private static WorkshopFileException damagedInfo(Path file, Exception cause) {
        return WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.get("io.damaged.recoveryInfo"), cause);
    }
}
