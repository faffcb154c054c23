package no.lappetavla.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Note;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardLayout.Cell;
import no.lappetavla.ui.board.BoardLayout.Rect;
import no.lappetavla.ui.board.BoardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: notes by mouse and keyboard, drag between lanes, form switch, undo, save. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final MemoryStorage storage = new MemoryStorage();
    private WorkshopSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = new WorkshopSession(Workshops.newWorkshop("Test", "Dagvakt"), storage);
        window = new MainWindow(stage, session, new no.lappetavla.ui.RecordingExports());
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    private BoardView view() {
        return window.currentView().orElseThrow();
    }

    private Board board() {
        return session.workshop().boards().getFirst();
    }

    private Cell cell(int lane, int step) {
        return new Cell(board().laneIds().get(lane), board().steps().get(step).id());
    }

    private Point2D centreOf(Cell cell) {
        Rect r = view().boardLayout().cellRect(cell);
        return view().worldToScreen(r.x() + 20, r.centerY());
    }

    private Point2D centreOfNote(String id) {
        Rect r = view().boardLayout().noteRect(id);
        return view().worldToScreen(r.centerX(), r.centerY());
    }

    private Note only(String text) {
        List<Note> found = session.workshop().notes().stream().filter(n -> n.text().equals(text)).toList();
        assertEquals(1, found.size(), "notes with text " + text);
        return found.getFirst();
    }

    @Test
    void addsNotesByMouseAndKeyboardAndMovesThemBetweenLanes(FxRobot robot) {
        Cell splFirst = cell(0, 0);
        robot.doubleClickOn(centreOf(splFirst), MouseButton.PRIMARY);
        robot.write("Morgenstell").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Note byMouse = only("Morgenstell");
        assertEquals(splFirst.laneId(), byMouse.professionId());
        assertEquals(splFirst.stepId(), byMouse.stepId());

        Cell hfaThird = cell(3, 2);
        robot.clickOn(centreOf(hfaThird));
        robot.type(KeyCode.N).write("Servere frokost").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Note byKeyboard = only("Servere frokost");
        assertEquals(hfaThird.laneId(), byKeyboard.professionId());
        assertEquals(hfaThird.stepId(), byKeyboard.stepId());

        Cell assFirst = cell(4, 0);
        robot.drag(centreOfNote(byMouse.id()), MouseButton.PRIMARY).moveTo(centreOf(assFirst)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Note moved = only("Morgenstell");
        assertEquals(assFirst.laneId(), moved.professionId(), "a note dropped in a lane takes its profession");
        assertEquals(assFirst.stepId(), moved.stepId());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(splFirst.laneId(), only("Morgenstell").professionId(), "undo puts the note back");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(assFirst.laneId(), only("Morgenstell").professionId(), "redo moves it again");
        assertTrue(storage.autosaves > 0, "changes are queued for autosave");
    }

    @Test
    void switchingFormKeepsNotesInTheirLaneAndStep(FxRobot robot) {
        Cell target = cell(2, 3);
        robot.interact(() -> view().addNotesTo(target, List.of("Legge dosett", "Bestille legemidler")));
        Rect before = view().boardLayout().noteRect(only("Legge dosett").id());
        robot.clickOn("Vertikal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BoardForm.VERTICAL, board().form());
        Note n = only("Legge dosett");
        assertEquals(target.laneId(), n.professionId());
        assertEquals(target.stepId(), n.stepId());
        Rect after = view().boardLayout().noteRect(n.id());
        assertFalse(before.equals(after), "the grid is transposed on screen");
        robot.clickOn("Horisontal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view().boardLayout().noteRect(n.id()));
    }

    @Test
    void pastedLinesBecomeOneNoteEachInOneUndoStep(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString("Re senger\n\nSkifte sengetøy\nLufte rom\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn(centreOf(cell(1, 1)));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, session.workshop().notes().size());
        assertEquals("Skifte sengetøy", session.workshop().notes().get(1).text());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, session.workshop().notes().size());
    }

    @Test
    void digitKeysAndDeleteActOnTheSelection(FxRobot robot) {
        robot.interact(() -> view().addNotesTo(cell(0, 0), List.of("Dusj")));
        String id = only("Dusj").id();
        robot.clickOn(centreOfNote(id));
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(board().laneIds().get(3), only("Dusj").professionId());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.workshop().notes().isEmpty());
    }

    @Test
    void savedWorkshopReopensWithEverything(FxRobot robot) {
        robot.interact(() -> view().addNotesTo(cell(0, 1), List.of("Legevisitt", "Sårstell")));
        Path file = Path.of("verksted.lappetavla");
        robot.interact(() -> assertTrue(window.files().saveTo(file)));
        assertFalse(session.modifiedProperty().get());
        assertEquals(file, session.file());
        Workshop saved = session.workshop();
        robot.interact(() -> session.load(Workshops.newWorkshop("Annet", "Tavle"), null, false));
        assertTrue(session.workshop().notes().isEmpty());
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, session.workshop());
        assertNull(storage.findRecovery().orElse(null), "a clean save clears the recovery copy");
    }

    /** Key events from the robot reach the window asynchronously: wait for the effect, not a fixed time. */
    private void awaitSelectionOtherThan(String id) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> session.selection().size() == 1 && !session.selection().contains(id));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the next arrow moves to the neighbour", e);
        }
    }

    @Test
    void keyboardAloneCreatesSelectsMovesAndDeletes(FxRobot robot) {
        robot.clickOn(centreOf(cell(0, 0)));
        robot.type(KeyCode.N).write("Rapport").type(KeyCode.ENTER);
        robot.type(KeyCode.N).write("Visitt").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.selection().size(), "an arrow selects a note");
        String first = session.selection().iterator().next();
        assertEquals("Rapport", session.workshop().note(first).orElseThrow().text(), "the top-left note of the cell comes first");
        robot.type(KeyCode.RIGHT);
        awaitSelectionOtherThan(first);
        String second = session.selection().iterator().next();
        assertFalse(first.equals(second), "the next arrow moves to the neighbour");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(board().laneIds().get(1), session.workshop().note(second).orElseThrow().professionId(), "Alt+Down moves to the next lane");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(board().steps().get(1).id(), session.workshop().note(second).orElseThrow().stepId(), "Alt+Right moves to the next step");
        robot.type(KeyCode.ENTER).write(" igjen").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.workshop().note(second).orElseThrow().text().endsWith("igjen"), "Enter edits the selected note");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.workshop().note(second).isEmpty());
        assertEquals(1, session.workshop().notes().size());
    }

    @Test
    void notesDraggedOntoAnotherBoardsTabMoveThere(FxRobot robot) {
        robot.interact(() -> view().addNotesTo(cell(0, 1), List.of("Legemiddelgjennomgang")));
        Note note = only("Legemiddelgjennomgang");
        no.lappetavla.model.Board second = new no.lappetavla.model.Board("b2", "Kveld", BoardForm.HORIZONTAL,
                board().steps(), board().laneIds());
        robot.interact(() -> session.execute(no.lappetavla.model.Edits.addBoard(second)));
        robot.drag(centreOfNote(note.id()), MouseButton.PRIMARY).moveTo("Kveld  ·  horisontal").release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Note moved = only("Legemiddelgjennomgang");
        assertEquals("b2", moved.boardId());
        assertEquals(board().steps().get(1).id(), moved.stepId(), "same step label on the other board");
    }
}
