package no.lappetavla.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching language rebuilds the window in that language and keeps the work and its undo history. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private WorkshopSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.show(stage, SampleWorkshop.create(), new MemoryStorage(), 1400, 900);
        session = window.session();
    }

    @AfterEach
    void backToBokmal() {
        UiSettings.setLanguage("nb");
        Messages.setLanguage("nb");
    }

    private List<String> menus() {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream().map(m -> m.getText()).toList();
    }

    @Test
    void everyLanguageShowsTheSameWorkAndUndoStillWorks(FxRobot robot) {
        String noteId = session.workshop().notes().getFirst().id();
        robot.interact(() -> session.execute(Edits.deleteNotes(List.of(noteId))));
        Workshop before = session.workshop();
        assertEquals("Fil", menus().getFirst());

        MainWindow[] english = new MainWindow[1];
        robot.interact(() -> english[0] = window.switchLanguage("en"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("File", menus().getFirst());
        assertTrue(robot.lookup("Must and can").tryQuery().isPresent(), "the matrix tab speaks English");
        WorkshopSession englishSession = english[0].session();
        assertNotSame(session, englishSession);
        assertEquals(before, englishSession.workshop(), "the work carries over");
        assertEquals("en", UiSettings.language());

        MainWindow[] nynorsk = new MainWindow[1];
        robot.interact(() -> nynorsk[0] = english[0].switchLanguage("nn"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Fil", menus().getFirst());
        assertTrue(menus().contains("Rediger"));
        WorkshopSession nn = nynorsk[0].session();
        robot.interact(nn::undo);
        assertTrue(nn.workshop().note(noteId).isPresent(), "undo reaches back past both switches");
        assertEquals(stage.getScene(), nynorsk[0].stage().getScene());
    }
}
