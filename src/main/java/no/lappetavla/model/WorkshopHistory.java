package no.lappetavla.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one undo/redo mechanism. Workshops are immutable, so a step is just the state before it;
 * the "unsaved changes" flag is whether the current state is the one last saved.
 */
public final class WorkshopHistory {

    /** Told after every change of state: an edit, undo, redo or reset. */
    public interface Listener {
        void changed(Workshop before, Workshop after);
    }

    private record Step(Workshop state, String nameKey) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private Workshop current;
    private Workshop saved;
    private long version;

    public WorkshopHistory(Workshop initial) {
        this(initial, 1000);
    }

    public WorkshopHistory(Workshop initial, int limit) {
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
        this.limit = limit;
    }

    public Workshop current() {
        return current;
    }

    /** Increases with every change, so background savers can tell whether they are stale. */
    public long version() {
        return version;
    }

    /** Applies the edit as one undo step; an edit that changes nothing leaves no step. */
    public boolean execute(Edit edit) {
        Workshop before = current;
        Workshop after = Objects.requireNonNull(edit.apply(before), "edit returned null");
        if (after.equals(before)) {
            return false;
        }
        undo.push(new Step(before, edit.nameKey()));
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        setCurrent(after);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoNameKey() {
        return Optional.ofNullable(undo.peek()).map(Step::nameKey);
    }

    public Optional<String> redoNameKey() {
        return Optional.ofNullable(redo.peek()).map(Step::nameKey);
    }

    public void undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(new Step(current, step.nameKey()));
            setCurrent(step.state());
        }
    }

    public void redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(new Step(current, step.nameKey()));
            setCurrent(step.state());
        }
    }

    /**
     * Starts over with another workshop (new, opened or recovered): no undo across files.
     *
     * @param onDisk false for work that exists nowhere the user would look (a recovered copy),
     *               so that it counts as unsaved
     */
    public void reset(Workshop workshop, boolean onDisk) {
        undo.clear();
        redo.clear();
        saved = onDisk ? workshop : null;
        setCurrent(workshop);
    }

    public boolean isModified() {
        return current != saved;
    }

    /** Records that this state is now on disk. */
    public void markSaved(Workshop state) {
        saved = state;
        fire(current, current);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void setCurrent(Workshop next) {
        Workshop before = current;
        current = next;
        version++;
        fire(before, next);
    }

    private void fire(Workshop before, Workshop after) {
        for (Listener l : List.copyOf(listeners)) {
            l.changed(before, after);
        }
    }
}
