package no.lappetavla.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Edits;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the matrix on the sample workshop at projector size: keyboard entry, undo, begrunnelse, filters, totals. */
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {

    private static final String REPORT = "Muntlig/skriftlig rapport fra natt (overlapp)";
    private static final String ALLOCATE = "Fordele beboere og oppgaver, merke ansvarsvakt";
    private static final String DINNER = "Forberede middag (kl. 15–16)";

    private WorkshopSession session;
    private MatrixView view;

    @Start
    void start(Stage stage) {
        session = new WorkshopSession(withDurations(SampleWorkshop.create()), new MemoryStorage());
        view = new MatrixView(session);
        // Inside a parent, as in the main window, so that the window's font size reaches the view.
        Scene scene = new Scene(new StackPane(view), 1920, 1080);
        scene.getStylesheets().add(MatrixViewTest.class.getResource("/no/lappetavla/ui/lappetavla.css").toExternalForm());
        stage.setScene(scene);
        // The test stage is shared by all test classes: set its size, do not inherit it.
        stage.setWidth(1920);
        stage.setHeight(1080);
        stage.show();
        view.focusMatrix();
    }

    /** Every note gets a duration (10–30 min) so the totals show minutes. */
    private static Workshop withDurations(Workshop w) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < w.notes().size(); i++) {
            notes.add(w.notes().get(i).withDurationMinutes(10 + 5 * (i % 5)));
        }
        return w.withNotes(notes);
    }

    private String id(String code) {
        return session.workshop().professions().stream().filter(p -> p.code().equals(code)).map(Profession::id)
                .findFirst().orElseThrow();
    }

    private Optional<TaskDecision> decision(String task, String code) {
        return session.workshop().decisions().stream()
                .filter(d -> d.taskKey().equals(TaskKey.of(task)) && d.professionId().equals(id(code)))
                .findFirst();
    }

    private Decision letter(String task, String code) {
        return decision(task, code).map(TaskDecision::decision).orElse(null);
    }

    private void key(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableCell<LineSlot, MatrixLine> cell(FxRobot robot, String task, String code) {
        int line = -1;
        for (int i = 0; i < view.table().getItems().size(); i++) {
            if (view.table().getItems().get(i).line.get() instanceof MatrixLine.TaskLine t && t.taskKey().equals(TaskKey.of(task))) {
                line = i;
            }
        }
        int wanted = line;
        return robot.lookup(".decision-cell").queryAll().stream()
                .map(n -> (TableCell<LineSlot, MatrixLine>) n)
                .filter(c -> c.getIndex() == wanted && id(code).equals(c.getTableColumn().getUserData()))
                .findFirst().orElseThrow();
    }

    @Test
    void arrowsAndLettersSetDecisionsAndUndoTakesThemBack(FxRobot robot) {
        assertEquals(TaskKey.of(REPORT), view.cursorTaskKey(), "the cursor starts on the first task");
        assertEquals(id("SPL"), view.cursorProfessionId());
        assertNull(letter(ALLOCATE, "AKS"));
        assertNull(letter(ALLOCATE, "VPL"));
        assertEquals(Decision.CAN, letter(ALLOCATE, "HFA"));

        key(robot, KeyCode.DOWN, KeyCode.RIGHT);
        write(robot, "m");
        assertEquals(Decision.MUST, letter(ALLOCATE, "AKS"));
        key(robot, KeyCode.RIGHT);
        write(robot, "*");
        assertEquals(Decision.CAN_AFTER_TRAINING, letter(ALLOCATE, "VPL"));
        key(robot, KeyCode.RIGHT);
        write(robot, "-");
        assertEquals(Decision.SHOULD_NOT, letter(ALLOCATE, "HFA"));
        key(robot, KeyCode.LEFT, KeyCode.LEFT);
        write(robot, "K");
        assertEquals(Decision.CAN, letter(ALLOCATE, "AKS"));
        key(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DELETE);
        assertNull(letter(ALLOCATE, "HFA"), "Delete clears the decision");
        assertEquals(TaskKey.of(ALLOCATE), view.cursorTaskKey(), "the cursor stays on its cell through the refreshes");
        assertEquals(id("HFA"), view.cursorProfessionId());

        robot.interact(session::undo);
        assertEquals(Decision.SHOULD_NOT, letter(ALLOCATE, "HFA"), "undo brings the cleared decision back");
        robot.interact(session::undo);
        assertEquals(Decision.MUST, letter(ALLOCATE, "AKS"));
        robot.interact(session::undo);
        robot.interact(session::undo);
        robot.interact(session::undo);
        assertEquals(Decision.CAN, letter(ALLOCATE, "HFA"));
        assertNull(letter(ALLOCATE, "VPL"));
        assertNull(letter(ALLOCATE, "AKS"));
        assertEquals(id("HFA"), view.cursorProfessionId(), "undo keeps the cursor where it was");
        robot.interact(session::redo);
        assertEquals(Decision.MUST, letter(ALLOCATE, "AKS"), "redo sets it again");
    }

    @Test
    void clickSelectsACellAndEnterStoresItsJustification(FxRobot robot) {
        String insulin = "Sette insulin s.c.";
        assertEquals(Decision.CAN_AFTER_TRAINING, letter(insulin, "HFA"));
        robot.clickOn(cell(robot, insulin, "HFA"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TaskKey.of(insulin), view.cursorTaskKey());
        assertEquals(id("HFA"), view.cursorProfessionId());

        key(robot, KeyCode.ENTER);
        write(robot, "Etter kurs og delegering fra sykepleier");
        key(robot, KeyCode.ENTER);
        TaskDecision stored = decision(insulin, "HFA").orElseThrow();
        assertEquals(Decision.CAN_AFTER_TRAINING, stored.decision(), "the letter stays");
        assertEquals("Etter kurs og delegering fra sykepleier", stored.justification());

        write(robot, "k");
        assertEquals(Decision.CAN, letter(insulin, "HFA"), "Enter gives the keyboard back to the matrix");
        assertEquals("Etter kurs og delegering fra sykepleier", decision(insulin, "HFA").orElseThrow().justification(),
                "changing the letter keeps the begrunnelse");

        key(robot, KeyCode.F2);
        write(robot, "noe annet");
        key(robot, KeyCode.ESCAPE);
        assertEquals("Etter kurs og delegering fra sykepleier", decision(insulin, "HFA").orElseThrow().justification(),
                "Esc leaves the begrunnelse as it was");
    }

    @Test
    void flagFiltersShowOnlyTheRowsThatHaveTheFlag(FxRobot robot) {
        robot.interact(() -> session.execute(Edits.decide(TaskKey.of(DINNER), id("MV"), Decision.SHOULD_NOT, "")));
        robot.interact(() -> session.execute(Edits.decide(TaskKey.of(REPORT), id("HFA"), Decision.SHOULD_NOT, "")));
        int all = view.visibleRows().size();

        robot.clickOn("Mangler M og K (1)");
        WaitForAsyncUtils.waitForFxEvents();
        List<MustCanMatrix.Row> lacking = view.visibleRows();
        assertEquals(List.of(TaskKey.of(DINNER)), lacking.stream().map(r -> r.task().key()).toList());
        assertTrue(robot.lookup(".flag-lacks-must-and-can").tryQuery().isPresent(), "the row shows its flag");

        robot.clickOn("Mangler M og K (1)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, view.visibleRows().size(), "clicking the chosen filter again shows every task");

        robot.clickOn(robot.lookup(".matrix-filter.flag-everyone-does-it").queryAs(ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.visibleRows().isEmpty());
        assertTrue(view.visibleRows().stream().allMatch(r -> r.task().professionIdsToday().size() >= 3));

        robot.clickOn(robot.lookup(".matrix-filter.flag-task-sliding").queryAs(ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(TaskKey.of(REPORT), TaskKey.of(DINNER)), view.visibleRows().stream().map(r -> r.task().key()).toList(),
                "HFA gives the report and MV makes dinner today, but both are now marked –");
        assertTrue(robot.lookup(".row-flag").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Oppgaveglidning? HFA")), "the flag names who does it today");
        assertTrue(view.visibleRows().stream().anyMatch(r -> r.task().key().equals(view.cursorTaskKey())),
                "the cursor stays on a row that is shown");
    }

    @Test
    void totalsShowMinutesTodayAgainstAfterTheDecisions(FxRobot robot) {
        MustCanMatrix matrix = MustCanMatrix.of(session.workshop());
        List<String> minutes = texts(robot, ".matrix-summary-minutes");
        List<String> changes = texts(robot, ".matrix-summary-change");
        List<String> counts = texts(robot, ".matrix-summary-counts");
        assertEquals(matrix.professions().size(), minutes.size(), "one column per profession");
        boolean freed = false;
        for (int i = 0; i < matrix.totals().size(); i++) {
            MustCanMatrix.Totals t = matrix.totals().get(i);
            int today = t.minutesToday();
            int after = t.minutesAfter();
            assertEquals(today + " → " + after, minutes.get(i), t.profession().code());
            assertEquals(today == after ? "uendret" : Math.abs(today - after) + (after < today ? " min frigjort" : " min mer"),
                    changes.get(i), t.profession().code());
            assertEquals(t.must() + " · " + t.can() + " · " + t.canAfterTraining(), counts.get(i), t.profession().code());
            freed |= after < today;
        }
        assertTrue(freed, "the sample's decisions free time for someone");
    }

    /** Texts of the labels with a style class, left to right. */
    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingDouble(l -> l.localToScene(0, 0).getX()))
                .map(Label::getText).toList();
    }

    /** Projector sizes, checked on the rendered nodes; the snapshot is saved for a look by eye. */
    @Test
    void readableFromTheBackOfTheRoom(FxRobot robot) throws IOException {
        double letter = robot.lookup(".decision-letter").queryAllAs(Label.class).stream()
                .filter(l -> !l.getText().isEmpty()).mapToDouble(l -> l.getFont().getSize()).min().orElseThrow();
        assertTrue(letter >= 18, "decision letters are " + letter + " px");
        double task = robot.lookup(".task-cell").queryAll().stream()
                .mapToDouble(n -> ((TableCell<?, ?>) n).getFont().getSize()).min().orElseThrow();
        assertTrue(task >= 15, "task text is " + task + " px");

        robot.interact(() -> session.execute(Edits.decide(TaskKey.of(REPORT), id("HFA"), Decision.SHOULD_NOT, "Ikke nødvendig")));
        key(robot, KeyCode.DOWN, KeyCode.DOWN, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals(1920, view.getWidth(), "nothing in the view needs more than a full-HD projector's width");
        javafx.geometry.Bounds screen = view.localToScreen(view.getLayoutBounds());
        BufferedImage image = SwingFXUtils.fromFXImage(robot.capture(new javafx.geometry.Rectangle2D(
                screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight())).getImage(), null);
        Path out = Path.of("target", "matrix-view.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
    }
}
