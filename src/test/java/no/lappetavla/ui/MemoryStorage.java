package no.lappetavla.ui;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Workshop;

/** Storage for UI tests that keeps files in memory and counts autosaves. */
public final class MemoryStorage implements WorkshopStorage {

    public final Map<Path, Workshop> files = new HashMap<>();
    public Workshop lastAutosave;
    public int autosaves;
    private Recovered recovery;

    @Override
    public Opened open(Path file) throws IOException {
        Workshop w = files.get(file);
        if (w == null) {
            throw new NoSuchFileException(file.toString(), null, "Fant ikke filen " + file.getFileName());
        }
        return new Opened(w, java.util.List.of());
    }

    @Override
    public void save(Workshop workshop, Path file) {
        files.put(file, workshop);
    }

    @Override
    public void autosave(Workshop workshop, Path originalFile) {
        lastAutosave = workshop;
        autosaves++;
        recovery = new Recovered(workshop, originalFile, Instant.now());
    }

    @Override
    public Runnable onAutosaved(Consumer<String> listener) {
        return () -> { };
    }

    @Override
    public Optional<Recovered> findRecovery() {
        return Optional.ofNullable(recovery);
    }

    @Override
    public void clearRecovery() {
        recovery = null;
    }

    public final Map<String, Workshop> templates = new java.util.TreeMap<>();

    @Override
    public java.util.List<String> userTemplates() {
        return java.util.List.copyOf(templates.keySet());
    }

    @Override
    public Workshop newFromUserTemplate(String name) throws IOException {
        Workshop w = templates.get(name);
        if (w == null) {
            throw new NoSuchFileException(name);
        }
        return no.lappetavla.model.Templates.fromWorkshop(w, true);
    }

    @Override
    public boolean templateExists(String name) {
        return templates.containsKey(name);
    }

    @Override
    public void saveAsTemplate(String name, Workshop workshop, boolean keepNotes) {
        templates.put(name, no.lappetavla.model.Templates.fromWorkshop(workshop, keepNotes));
    }

    @Override
    public Workshop example() {
        return SampleWorkshop.create();
    }

    @Override
    public void close() {
    }
}
