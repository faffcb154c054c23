package no.lappetavla.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.lappetavla.io.Autosaver;
import no.lappetavla.io.RecoveryStore;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.io.TemplateStore;
import no.lappetavla.io.WorkshopFile;
import no.lappetavla.io.WorkshopFileException;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.WorkshopStorage;

/** The file layer behind the UI: workshop files, recovery copies and background autosave. */
final class FileStorage implements WorkshopStorage {

    private static final Logger LOG = Logger.getLogger(FileStorage.class.getName());

    private final RecoveryStore recovery;
    private final Autosaver autosaver;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final TemplateStore templates;

    FileStorage(Path home) {
        recovery = new RecoveryStore(home.resolve("recovery"));
        templates = new TemplateStore(home.resolve("templates"), WorkshopFile::read, WorkshopFile::write);
        autosaver = new Autosaver(recovery, new Autosaver.Listener() {
            @Override
            public void saved(Workshop snapshot) {
                listeners.forEach(l -> l.accept(null));
            }

            @Override
            public void failed(WorkshopFileException error) {
                listeners.forEach(l -> l.accept(error.getMessage()));
            }
        });
    }

    @Override
    public Opened open(Path file) throws IOException {
        WorkshopFile.Opened opened = WorkshopFile.open(file);
        return new Opened(opened.workshop(), opened.repairs());
    }

    @Override
    public void save(Workshop workshop, Path file) throws IOException {
        WorkshopFile.write(workshop, file);
    }

    @Override
    public void autosave(Workshop workshop, Path originalFile) {
        autosaver.changed(workshop, originalFile);
    }

    @Override
    public Runnable onAutosaved(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Optional<Recovered> findRecovery() {
        try {
            return recovery.find().map(r -> new Recovered(r.workshop(), r.original().orElse(null), r.savedAt()));
        } catch (WorkshopFileException e) {
            // A damaged recovery copy must never stop the app from starting.
            LOG.log(Level.WARNING, e.getMessage(), e);
            clearRecovery();
            return Optional.empty();
        }
    }

    @Override
    public void clearRecovery() {
        autosaver.discard();
    }

    @Override
    public List<String> userTemplates() throws IOException {
        return templates.list().stream().map(TemplateStore.SavedTemplate::name).toList();
    }

    @Override
    public Workshop newFromUserTemplate(String name) throws IOException {
        for (TemplateStore.SavedTemplate t : templates.list()) {
            if (t.name().equals(name)) {
                return templates.newWorkshop(t);
            }
        }
        throw new java.nio.file.NoSuchFileException(name);
    }

    @Override
    public boolean templateExists(String name) throws IOException {
        return templates.exists(name);
    }

    @Override
    public void saveAsTemplate(String name, Workshop workshop, boolean keepNotes) throws IOException {
        templates.save(name, workshop, keepNotes);
    }

    @Override
    public Workshop example() {
        return SampleWorkshop.create();
    }

    @Override
    public void close() {
        autosaver.close();
    }
}
