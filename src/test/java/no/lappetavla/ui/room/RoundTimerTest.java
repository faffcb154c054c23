package no.lappetavla.ui.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The round timer counts wall-clock time from an injected clock: start, pause, reset, the end. */
@ExtendWith(ApplicationExtension.class)
class RoundTimerTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private RoundTimer timer;

    @Start
    void start(Stage stage) {
        timer = new RoundTimer(now::get);
        timer.setLength(90);
    }

    @Test
    void countsDownPausesAndSignalsTheEnd(FxRobot robot) {
        robot.interact(() -> {
            timer.start();
            now.addAndGet(30 * SECOND);
            timer.tick();
            assertEquals(60, timer.remainingProperty().get());
            timer.pause();
            now.addAndGet(100 * SECOND);
            timer.tick();
            assertEquals(60, timer.remainingProperty().get(), "a paused round does not run");
            timer.toggle();
            now.addAndGet(59 * SECOND + SECOND / 2);
            timer.tick();
            assertEquals(1, timer.remainingProperty().get());
            assertFalse(timer.finishedProperty().get());
            now.addAndGet(SECOND);
            timer.tick();
            assertEquals(0, timer.remainingProperty().get());
            assertTrue(timer.finishedProperty().get());
            assertFalse(timer.runningProperty().get());
            timer.start();
            assertFalse(timer.runningProperty().get(), "a finished round must be reset first");
            timer.reset();
            assertEquals(90, timer.remainingProperty().get());
            assertFalse(timer.finishedProperty().get());
        });
    }
}
