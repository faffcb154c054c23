package no.lappetavla.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.lappetavla.ui.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shortcut overview and the first-start introduction, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class HelpDialogsTest {

    private Stage stage;
    private TextField field;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        field = new TextField();
        Scene scene = new Scene(new VBox(field), 400, 200);
        ShortcutsDialog.openOnQuestionMark(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static long openDialogs() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).count();
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup(styleClass).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void shortcutOverviewListsEveryGroupAndPresentationKeysAndClosesWithEscape(FxRobot robot) {
        Platform.runLater(() -> ShortcutsDialog.show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, openDialogs());
        assertEquals(List.of("Lapper", "Flytte og velge", "Visning", "Fil", "Presentasjon"), texts(robot, ".help-group"));
        List<String> keys = texts(robot, ".help-key");
        assertTrue(keys.contains("F5"), keys.toString());
        assertTrue(keys.contains("Shift+V"), keys.toString());
        assertTrue(keys.contains("Alt+piltaster"), keys.toString());
        Snapshots.save(robot, robot.lookup(".help-dialog").query(), "shortcuts-dialog");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, openDialogs(), "Esc closes the overview");
    }

    @Test
    void enterClosesTheOverviewToo(FxRobot robot) {
        Platform.runLater(() -> ShortcutsDialog.show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, openDialogs());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, openDialogs());
    }

    @Test
    void questionMarkOpensTheOverviewExceptWhileTyping(FxRobot robot) {
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, openDialogs());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(field).write("Hva?");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, openDialogs(), "a ? typed into a text field is just text");
        assertEquals("Hva?", field.getText());
    }

    private AtomicReference<Optional<IntroDialog.Choice>> openIntro() {
        AtomicReference<Optional<IntroDialog.Choice>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(IntroDialog.show(stage)));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    @Test
    void introPagesForwardAndBackAndReturnsTheChosenStart(FxRobot robot) {
        var result = openIntro();
        assertTrue(robot.lookup("Lappeteknikk: hvem gjør hva i dag?").tryQuery().isPresent());
        Snapshots.save(robot, robot.lookup(".intro-dialog").query(), "intro-1");
        robot.clickOn("Neste");
        Snapshots.save(robot, robot.lookup(".intro-dialog").query(), "intro-2");
        robot.clickOn("Neste");
        Snapshots.save(robot, robot.lookup(".intro-dialog").query(), "intro-3");
        robot.clickOn("Tilbake");
        assertTrue(robot.lookup("Lapper på tavlen").query().isVisible(), "Tilbake goes one page back");
        robot.clickOn("Neste").clickOn("Neste");
        assertTrue(robot.lookup("Hvordan vil du begynne?").query().isVisible());
        robot.clickOn("Start med tomt verksted");
        Snapshots.save(robot, robot.lookup(".intro-dialog").query(), "intro-4");
        robot.clickOn("Kom i gang");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(IntroDialog.Choice.EMPTY), result.get());
    }

    @Test
    void enterWalksThroughTheIntroToTheExample(FxRobot robot) {
        var result = openIntro();
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(IntroDialog.Choice.EXAMPLE), result.get(), "the example is chosen unless the person picks otherwise");
    }

    @Test
    void skippingTheIntroChoosesNothing(FxRobot robot) {
        var result = openIntro();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), result.get());
    }

    @Test
    void introIsShownOnTheFirstStartOnly(FxRobot robot) throws Exception {
        assertEquals("/no/lappetavla/test", FirstStart.nodePath(), "tests keep out of the user's real preferences");
        Preferences node = Preferences.userRoot().node(FirstStart.nodePath());
        String before = node.get("introShown", null);
        node.remove("introShown");
        try {
            firstStartOnly(robot);
        } finally {
            // Other window tests share this node: leave it as it was.
            if (before == null) {
                node.remove("introShown");
            } else {
                node.put("introShown", before);
            }
        }
    }

    private void firstStartOnly(FxRobot robot) {
        FirstStart first = new FirstStart();
        assertTrue(first.shouldShowIntro());
        AtomicReference<Optional<IntroDialog.Choice>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(first.showIntroIfFirstStart(stage)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, openDialogs());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(new FirstStart().shouldShowIntro(), "a second start does not show it again");
        robot.interact(() -> result.set(new FirstStart().showIntroIfFirstStart(stage)));
        assertEquals(Optional.empty(), result.get());
        assertEquals(0, openDialogs());
    }
}
