package no.lappetavla.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.lappetavla.model.Workshop;

/**
 * What the UI needs from the file layer; the app wires the io implementation in, so the UI
 * depends on the model only. Failures are IOExceptions whose message is a clear Norwegian sentence.
 */
public interface WorkshopStorage {

    /** A recovery copy found at start: work that was not saved when the app last stopped. */
    record Recovered(Workshop workshop, Path originalFile, Instant savedAt) {
    }

    /**
     * A workshop read from a file.
     *
     * @param repairs one sentence per safe repair made while reading; when any, the workshop
     *                differs from the file and counts as unsaved
     */
    record Opened(Workshop workshop, List<String> repairs) {
        public Opened {
            repairs = List.copyOf(repairs);
        }
    }

    Opened open(Path file) throws IOException;

    /** Saves atomically; the previous version is kept as a backup. */
    void save(Workshop workshop, Path file) throws IOException;

    /** Queues a recovery copy; returns at once, written off the UI thread within two seconds. */
    void autosave(Workshop workshop, Path originalFile);

    /**
     * Tells (on any thread) when an autosave was written (null) or failed (its message).
     *
     * @return stops telling this listener
     */
    Runnable onAutosaved(Consumer<String> listener);

    Optional<Recovered> findRecovery();

    void clearRecovery();

    /** Names of the templates the user saved, in Norwegian alphabetical order. */
    List<String> userTemplates() throws IOException;

    /** A new workshop (fresh ids) from a template the user saved. */
    Workshop newFromUserTemplate(String name) throws IOException;

    boolean templateExists(String name) throws IOException;

    /** Saves the workshop as a template: professions, boards and steps, with notes only if asked. */
    void saveAsTemplate(String name, Workshop workshop, boolean keepNotes) throws IOException;

    /** The example workshop (a nursing-home day shift). */
    Workshop example();

    /** Finishes pending autosaves. */
    void close();
}
