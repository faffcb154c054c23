package no.lappetavla.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Board;
import no.lappetavla.model.Note;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardLayout.Rect;
import no.lappetavla.ui.board.BoardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode keys, projector readability, votes, the layout lock and the timer key. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private WorkshopSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.show(stage, SampleWorkshop.create(), new MemoryStorage(), 1920, 1080);
        session = window.session();
    }

    private BoardView view() {
        return window.currentView().orElseThrow();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5PresentsReadablyStepsThroughTheBoardAndEscLeaves(FxRobot robot) {
        robot.clickOn(view());
        key(robot, KeyCode.F5);
        assertTrue(session.room().isPresenting());
        assertTrue(stage.isFullScreen());
        robot.interact(() -> view().zoomAt(0.01, 10, 10));
        assertTrue(view().smallestTextPixels() >= 18, "text at 1080 lines: " + view().smallestTextPixels());

        key(robot, KeyCode.RIGHT);
        Board board = session.workshop().boards().getFirst();
        Rect firstStep = view().boardLayout().headers().stream().filter(h -> !h.lane()).findFirst().orElseThrow().band();
        Point2D topLeft = view().worldToScreen(firstStep.x(), firstStep.y());
        Point2D viewTopLeft = view().localToScreen(0, 0);
        assertTrue(topLeft.getX() >= viewTopLeft.getX() - 1, "the first step is on screen");
        assertEquals(board.steps().getFirst().id(), view().boardLayout().headers().stream().filter(h -> !h.lane()).findFirst().orElseThrow().id());

        key(robot, KeyCode.DIGIT1);
        assertEquals(board.laneIds().getFirst(), session.room().spotlightProperty().get());
        key(robot, KeyCode.DIGIT0);
        assertNull(session.room().spotlightProperty().get());

        key(robot, KeyCode.T);
        assertTrue(window.timer().runningProperty().get(), "T starts the round");
        key(robot, KeyCode.T);
        assertFalse(window.timer().runningProperty().get());

        key(robot, KeyCode.ESCAPE);
        assertFalse(session.room().isPresenting());
        assertFalse(stage.isFullScreen());
    }

    @Test
    void smallProjectorKeepsTextAtFourteenPixels(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.room().presentingProperty().set(true));
        robot.interact(() -> view().zoomAt(0.01, 10, 10));
        assertTrue(view().smallestTextPixels() >= 14, "text at 720 lines: " + view().smallestTextPixels());
    }

    @Test
    void votesAndLock(FxRobot robot) {
        Note first = session.workshop().notes().getFirst();
        robot.interact(() -> session.selection().add(first.id()));
        robot.clickOn(view(), MouseButton.MIDDLE);
        robot.interact(() -> {
            session.selection().clear();
            session.selection().add(first.id());
        });
        key(robot, KeyCode.V);
        key(robot, KeyCode.V);
        assertEquals(2, session.workshop().note(first.id()).orElseThrow().votes());
        robot.press(KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.workshop().note(first.id()).orElseThrow().votes());

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.room().isLocked());
        key(robot, KeyCode.DIGIT4);
        key(robot, KeyCode.DELETE);
        assertEquals(first.professionId(), session.workshop().note(first.id()).orElseThrow().professionId(), "locked: no profession change");
        assertTrue(session.workshop().note(first.id()).isPresent(), "locked: no delete");
    }
}
