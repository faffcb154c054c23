package no.lappetavla.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.Templates;
import no.lappetavla.model.Workshop;

/**
 * The user's own templates: workshops saved as ".lappetavla" files in one folder, one file per
 * template, named after the template. Reading and (atomic) writing are the workshop file's job and
 * are passed in, e.g. {@code new TemplateStore(folder, WorkshopFile::read, WorkshopFile::write)}.
 */
public final class TemplateStore {

    /** Reads a workshop file; failures are IOExceptions with a Norwegian message. */
    @FunctionalInterface
    public interface Reader {
        Workshop read(Path file) throws IOException;
    }

    /** Writes a workshop file atomically: afterwards the file is either the old or the new one. */
    @FunctionalInterface
    public interface Writer {
        void write(Workshop workshop, Path file) throws IOException;
    }

    /** A saved template: its name (the file name without extension) and its file. */
    public record SavedTemplate(String name, Path file) {
    }

    public static final String EXTENSION = ".lappetavla";
    /** Left behind by an atomic writer that keeps the previous version. */
    private static final String BACKUP_SUFFIX = ".bak";
    private static final Texts TEXTS = Texts.of("io", "nb");
    /** Not allowed in file names on Windows, macOS or Linux. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"/\\\\|?*]+");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_NAME = 100;

    private final Path folder;
    private final Reader reader;
    private final Writer writer;

    public TemplateStore(Path folder, Reader reader, Writer writer) {
        this.folder = folder;
        this.reader = reader;
        this.writer = writer;
    }

    /** The saved templates by name (Norwegian alphabetical order); none when the folder does not exist yet. */
    public List<SavedTemplate> list() throws IOException {
        List<SavedTemplate> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    String n = f.getFileName().toString();
                    out.add(new SavedTemplate(n.substring(0, n.length() - EXTENSION.length()), f));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new IOException(TEXTS.format("templates.error.cannotList", folder), e);
        }
        Collator order = Collator.getInstance(Locale.forLanguageTag("nb"));
        out.sort((a, b) -> order.compare(a.name(), b.name()));
        return out;
    }

    /** Where a template with this name is (or would be) saved. */
    public Path fileFor(String name) throws IOException {
        return folder.resolve(fileName(name) + EXTENSION);
    }

    /** Whether saving under this name would replace an existing template, so the UI can ask first. */
    public boolean exists(String name) throws IOException {
        return Files.exists(fileFor(name));
    }

    /**
     * Saves a workshop as a template (see {@link Templates#fromWorkshop}), replacing one with the
     * same name. The template's workshop title becomes the name.
     */
    public SavedTemplate save(String name, Workshop workshop, boolean keepNotes) throws IOException {
        String fileName = fileName(name);
        Path file = folder.resolve(fileName + EXTENSION);
        Workshop template = Templates.fromWorkshop(workshop, keepNotes);
        Files.createDirectories(folder);
        writer.write(template.withInfo(name.strip(), template.unit(), template.date(), template.participants()), file);
        return new SavedTemplate(fileName, file);
    }

    /** A new workshop from a saved template, with ids of its own. */
    public Workshop newWorkshop(SavedTemplate template) throws IOException {
        return Templates.fromWorkshop(reader.read(inFolder(template)), true);
    }

    /** Deletes a template and any backup the writer kept of it. */
    public void delete(SavedTemplate template) throws IOException {
        Path file = inFolder(template);
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + BACKUP_SUFFIX));
        } catch (IOException e) {
            throw new IOException(TEXTS.format("templates.error.cannotDelete", template.name()), e);
        }
    }

    /** Only files directly in the template folder are read or deleted through the store. */
    private Path inFolder(SavedTemplate template) throws IOException {
        Path file = template.file().toAbsolutePath().normalize();
        if (!folder.toAbsolutePath().normalize().equals(file.getParent()) || !file.getFileName().toString().endsWith(EXTENSION)) {
            throw new IOException(TEXTS.format("templates.error.notInFolder", template.file()));
        }
        return file;
    }

    /** A file name that works on every system and still reads like the name the user typed. */
    static String fileName(String name) throws IOException {
        String n = UNSAFE.matcher(name == null ? "" : name).replaceAll("-").strip();
        if (n.length() > MAX_NAME) {
            n = n.substring(0, MAX_NAME).strip();
        }
        // No hidden files (leading dot) and nothing Windows would trim (trailing dot or space).
        n = n.replaceAll("^[. ]+|[. ]+$", "");
        if (n.isEmpty() || n.chars().allMatch(c -> c == '-')) {
            throw new IOException(TEXTS.get("templates.error.noName"));
        }
        if (RESERVED.contains(n.toUpperCase(Locale.ROOT)) || RESERVED.contains(n.split("\\.")[0].toUpperCase(Locale.ROOT))) {
            n = n + "_";
        }
        return n;
    }
}
