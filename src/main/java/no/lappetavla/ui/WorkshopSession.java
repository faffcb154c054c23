package no.lappetavla.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import no.lappetavla.model.Edit;
import no.lappetavla.model.Note;
import no.lappetavla.model.TaskIndex;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.WorkshopHistory;

/**
 * The open workshop as the views see it: read-only properties they bind to, and the one way to
 * change it ({@link #execute}). Every change is queued for autosave.
 */
public final class WorkshopSession {

    private final WorkshopHistory history;
    private final WorkshopHistory.Listener historyListener = (before, after) -> refresh(after);
    private final ObjectProperty<AutosaveNews> autosaveNews = new SimpleObjectProperty<>();
    private final Runnable stopAutosaveNews;
    private final WorkshopStorage storage;
    private final ObjectProperty<Workshop> workshop = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty modified = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty();
    private final StringProperty redoText = new SimpleStringProperty();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ObjectProperty<String> currentBoardId = new SimpleObjectProperty<>();
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final no.lappetavla.ui.room.RoomState room = new no.lappetavla.ui.room.RoomState();
    private TaskIndex taskIndex;
    private List<Note> clipboard = List.of();

    public WorkshopSession(Workshop initial, WorkshopStorage storage) {
        this(new WorkshopHistory(initial), storage);
    }

    private WorkshopSession(WorkshopHistory history, WorkshopStorage storage) {
        this.history = history;
        this.storage = storage;
        history.addListener(historyListener);
        file.addListener((o, a, b) -> updateTitle());
        stopAutosaveNews = storage.onAutosaved(message -> javafx.application.Platform.runLater(() -> autosaveNews.set(
                new AutosaveNews(java.time.LocalTime.now().withNano(0), message))));
        refresh(history.current());
    }

    /**
     * A fresh session on the same work, undo history and file, for a rebuilt window (e.g. after
     * switching language); this one lets go of everything so its old views can be collected.
     */
    public WorkshopSession handOver() {
        history.removeListener(historyListener);
        stopAutosaveNews.run();
        WorkshopSession next = new WorkshopSession(history, storage);
        next.file.set(file.get());
        next.currentBoardId.set(currentBoardId.get());
        next.clipboard = clipboard;
        next.room.lockedProperty().set(room.isLocked());
        next.refresh(history.current());
        return next;
    }

    /** The last autosave: when, and the failure message or null when it was written. */
    public record AutosaveNews(java.time.LocalTime time, String failure) {
    }

    public ReadOnlyObjectProperty<AutosaveNews> autosaveNewsProperty() {
        return autosaveNews;
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop;
    }

    public Workshop workshop() {
        return workshop.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ObjectProperty<String> currentBoardIdProperty() {
        return currentBoardId;
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    /** Presentation, spotlight and lock: how the room sees the board now. */
    public no.lappetavla.ui.room.RoomState room() {
        return room;
    }

    public WorkshopStorage storage() {
        return storage;
    }

    /** How many professions do each task today; rebuilt lazily after a change. */
    public TaskIndex taskIndex() {
        if (taskIndex == null) {
            taskIndex = TaskIndex.of(workshop());
        }
        return taskIndex;
    }

    /** The single selected note, if exactly one is selected. */
    public Optional<Note> selectedNote() {
        if (selection.size() != 1) {
            return Optional.empty();
        }
        return workshop().note(selection.iterator().next());
    }

    public boolean execute(Edit edit) {
        return history.execute(edit);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Replaces the open workshop (new, opened or recovered); undo history starts over. */
    public void load(Workshop next, Path from, boolean unsaved) {
        selection.clear();
        file.set(from);
        currentBoardId.set(next.boards().isEmpty() ? null : next.boards().getFirst().id());
        history.reset(next, !unsaved);
    }

    public void markSaved(Path to) {
        file.set(to);
        history.markSaved(history.current());
        storage.clearRecovery();
    }

    public List<Note> clipboard() {
        return clipboard;
    }

    public void setClipboard(List<Note> notes) {
        clipboard = List.copyOf(notes);
    }

    private void refresh(Workshop now) {
        boolean changed = workshop.get() != now;
        taskIndex = null;
        workshop.set(now);
        modified.set(history.isModified());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoNameKey().map(k -> Messages.format("menu.undoNamed", Messages.get(k))).orElse(Messages.get("menu.undo")));
        redoText.set(history.redoNameKey().map(k -> Messages.format("menu.redoNamed", Messages.get(k))).orElse(Messages.get("menu.redo")));
        if (!selection.isEmpty()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            now.notes().forEach(n -> ids.add(n.id()));
            selection.retainAll(ids);
        }
        if (currentBoardId.get() == null || now.board(currentBoardId.get()).isEmpty()) {
            currentBoardId.set(now.boards().isEmpty() ? null : now.boards().getFirst().id());
        }
        updateTitle();
        if (changed && history.isModified()) {
            storage.autosave(now, file.get());
        }
    }

    private void updateTitle() {
        Path f = file.get();
        String name = f == null ? Messages.get("title.untitled") : f.getFileName().toString();
        windowTitle.set((history.isModified() ? "• " : "") + name + " – " + Messages.get("app.title"));
    }
}
