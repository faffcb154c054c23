package no.lappetavla.ui.room;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the room sees the board right now: presenting on the projector, one profession in the
 * spotlight, the layout locked against accidental moves. Not part of the workshop file.
 */
public final class RoomState {

    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final ObjectProperty<String> spotlight = new SimpleObjectProperty<>();

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public boolean isLocked() {
        return locked.get();
    }

    /** The profession id in the spotlight (others dimmed), or null. */
    public ObjectProperty<String> spotlightProperty() {
        return spotlight;
    }
}
