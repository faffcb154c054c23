package no.lappetavla.ui.room;

import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

/**
 * The countdown for one round of the workshop. Time is read from a clock rather than counted in
 * ticks, so a busy machine never makes the round longer.
 */
public final class RoundTimer {

    private final LongSupplier nanoClock;
    private final IntegerProperty remaining = new SimpleIntegerProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final Timeline ticker;
    private int lengthSeconds;
    private long remainingNanosAtStart;
    private long startedAt;

    public RoundTimer() {
        this(System::nanoTime);
    }

    RoundTimer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        setLength(10 * 60);
    }

    /** Sets the round length and resets the countdown to it. */
    public void setLength(int seconds) {
        lengthSeconds = Math.max(1, seconds);
        reset();
    }

    public int length() {
        return lengthSeconds;
    }

    public void start() {
        if (running.get() || finished.get()) {
            return;
        }
        startedAt = nanoClock.getAsLong();
        running.set(true);
        ticker.play();
    }

    public void pause() {
        if (!running.get()) {
            return;
        }
        remainingNanosAtStart = remainingNanos();
        running.set(false);
        ticker.stop();
        remaining.set(seconds(remainingNanosAtStart));
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    public void reset() {
        ticker.stop();
        running.set(false);
        finished.set(false);
        remainingNanosAtStart = lengthSeconds * 1_000_000_000L;
        remaining.set(lengthSeconds);
    }

    /** Reads the clock; the ticker calls it, tests may call it directly. */
    void tick() {
        if (!running.get()) {
            return;
        }
        long left = remainingNanos();
        remaining.set(seconds(left));
        if (left <= 0) {
            ticker.stop();
            running.set(false);
            finished.set(true);
        }
    }

    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** True once the round has run out, until reset: the signal the room must not miss. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    private long remainingNanos() {
        return Math.max(0, remainingNanosAtStart - (nanoClock.getAsLong() - startedAt));
    }

    private static int seconds(long nanos) {
        return (int) ((nanos + 999_999_999L) / 1_000_000_000L);
    }
}
