package no.lappetavla.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import no.lappetavla.io.WorkshopFileException.Kind;
import no.lappetavla.model.Workshop;

/**
 * The {@code .lappetavla} workshop file: UTF-8 JSON
 * {@code {"formatVersion": 1, "app": "Lappetavla", "workshop": {...}}} with the model records
 * bound directly. Reading never changes the file; saving is atomic and keeps the previous
 * version as {@code NAME.lappetavla.bak}.
 */
public final class WorkshopFile {

    public static final String EXTENSION = ".lappetavla";
    public static final String BACKUP_SUFFIX = ".bak";
    public static final String APP = "Lappetavla";
    /** Larger files are refused before they are read. */
    public static final long MAX_FILE_SIZE = WorkshopJson.MAX_FILE_SIZE;

    static final String FORMAT_VERSION_FIELD = "formatVersion";
    static final String APP_FIELD = "app";
    static final String WORKSHOP_FIELD = "workshop";
    private static final Set<String> FIELDS = Set.of(FORMAT_VERSION_FIELD, APP_FIELD, WORKSHOP_FIELD);

    /**
     * A workshop as opened.
     *
     * @param repairs one Norwegian sentence per safe repair made while reading (e.g. a note whose
     *                step no longer exists moved to the unsorted area); empty for a sound file.
     *                When not empty the workshop differs from the file, so it counts as unsaved.
     */
    public record Opened(Workshop workshop, List<String> repairs) {
        public Opened {
            repairs = List.copyOf(repairs);
        }
    }

    private record Document(int formatVersion, String app, Workshop workshop) {
    }

    private WorkshopFile() {
    }

    /** Reads a workshop; same as {@code open(file).workshop()}. */
    public static Workshop read(Path file) throws WorkshopFileException {
        return open(file).workshop();
    }

    /** Reads a workshop and reports any repairs made on the way. */
    public static Opened open(Path file) throws WorkshopFileException {
        return open(file, FormatMigration.standard());
    }

    static Opened open(Path file, FormatMigration migration) throws WorkshopFileException {
        ObjectNode root = readDocument(file, migration, FIELDS);
        return bindWorkshop(file, root);
    }

    /**
     * Saves atomically: the file is either the old or the new version, never a mix. The previous
     * version is kept as {@link #backupOf(Path)}. On failure the old file is unchanged.
     */
    public static void write(Workshop workshop, Path file) throws WorkshopFileException {
        byte[] content = serialize(new Document(FormatMigration.CURRENT_VERSION, APP, workshop));
        try {
            AtomicFile.write(file, content, backupOf(file));
        } catch (IOException e) {
            throw WorkshopFileException.of(Kind.NOT_WRITABLE, file, e);
        }
    }

    /** Where {@link #write} keeps the previous version: {@code NAME.lappetavla.bak} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    static byte[] serialize(Object document) {
        try {
            return WorkshopJson.write(document);
        } catch (JsonProcessingException e) {
            // Only our own records are written; failing here is a bug, not bad input.
            throw new IllegalStateException("cannot serialise the workshop", e);
        }
    }

    /**
     * Reads, parses and checks the envelope, and upgrades an older format to the current one.
     *
     * @param fields the top-level fields allowed after migration; any other is damage
     */
    static ObjectNode readDocument(Path file, FormatMigration migration, Set<String> fields) throws WorkshopFileException {
        JsonNode tree = WorkshopJson.parse(file, readBytes(file));
        if (!(tree instanceof ObjectNode root)
                || !(root.get(APP_FIELD) instanceof JsonNode app && app.isTextual() && APP.equals(app.textValue()))) {
            throw WorkshopFileException.of(Kind.NOT_A_WORKSHOP, file, null);
        }
        JsonNode version = root.get(FORMAT_VERSION_FIELD);
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.get("io.damaged.noVersion"), null);
        }
        if (migration.isNewer(version.intValue())) {
            throw WorkshopFileException.newerVersion(file, version.intValue());
        }
        migration.upgrade(root, version.intValue());
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw WorkshopFileException.damaged(file,
                        WorkshopFileException.TEXTS.format("io.damaged.unknownField", name, "/"), null);
            }
        }
        if (!root.path(WORKSHOP_FIELD).isObject()) {
            throw WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.get("io.damaged.noWorkshop"), null);
        }
        return root;
    }

    static Opened bindWorkshop(Path file, ObjectNode root) throws WorkshopFileException {
        Workshop workshop = WorkshopJson.bind(file, root.get(WORKSHOP_FIELD), Workshop.class, WORKSHOP_FIELD);
        ReferenceCheck.Result checked = ReferenceCheck.check(workshop, file);
        return new Opened(checked.workshop(), checked.repairs());
    }

    private static byte[] readBytes(Path file) throws WorkshopFileException {
        if (Files.isDirectory(file)) {
            throw WorkshopFileException.of(Kind.UNREADABLE, file, null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw WorkshopFileException.of(Kind.NOT_FOUND, file, e);
        } catch (IOException e) {
            throw WorkshopFileException.of(Kind.UNREADABLE, file, e);
        }
        if (size > MAX_FILE_SIZE) {
            throw WorkshopFileException.tooLarge(file, size, MAX_FILE_SIZE);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded even if the file grows between the size check and the read.
            content = in.readNBytes((int) MAX_FILE_SIZE + 1);
        } catch (NoSuchFileException e) {
            throw WorkshopFileException.of(Kind.NOT_FOUND, file, e);
        } catch (IOException e) {
            throw WorkshopFileException.of(Kind.UNREADABLE, file, e);
        }
        if (content.length > MAX_FILE_SIZE) {
            throw WorkshopFileException.tooLarge(file, content.length, MAX_FILE_SIZE);
        }
        return content;
    }
}
