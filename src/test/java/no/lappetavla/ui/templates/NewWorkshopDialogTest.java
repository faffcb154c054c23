package no.lappetavla.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Template;
import no.lappetavla.model.Templates;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.RecordingExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.main.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+N offers every template; each gives a workshop with its professions, form and steps. */
@ExtendWith(ApplicationExtension.class)
class NewWorkshopDialogTest {

    private final MemoryStorage storage = new MemoryStorage();
    private WorkshopSession session;

    @Start
    void start(Stage stage) {
        session = new WorkshopSession(Workshops.newWorkshop("Start", "Tavle"), storage);
        new MainWindow(stage, session, new RecordingExports());
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    /** The template list of the dialog that is open now (closed dialogs may linger in the lookup). */
    private static ListView<?> openList(FxRobot robot) {
        return robot.lookup(".dialog-pane .list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                .findFirst().orElseThrow();
    }

    private void create(FxRobot robot, int index, boolean examples) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = openList(robot);
        robot.interact(() -> list.getSelectionModel().select(index));
        if (!examples) {
            robot.clickOn("Ta med eksempeloppgaver");
        }
        robot.clickOn("Lag verksted");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyBuiltInTemplateMakesItsWorkshop(FxRobot robot) {
        List<Template> all = Templates.all();
        for (int i = 0; i < all.size(); i++) {
            Template t = all.get(i);
            create(robot, i, true);
            Workshop w = session.workshop();
            assertEquals(t.title(), w.title());
            assertEquals(t.form(), w.boards().getFirst().form());
            assertEquals(t.steps(), w.boards().getFirst().steps().stream().map(s -> s.label()).toList());
            List<String> lanes = w.boards().getFirst().laneIds().stream()
                    .map(id -> w.profession(id).map(Profession::code).orElseThrow()).toList();
            assertEquals(t.professionCodes(), lanes);
            assertEquals(t.examples().size(), w.notes().size(), t.id());
            assertFalse(session.modifiedProperty().get(), "a new workshop has nothing to save yet");
        }
        assertTrue(Templates.byId(Templates.DISABILITY_HOUSING).orElseThrow().form() == BoardForm.VERTICAL);
    }

    @Test
    void examplesAreOptionalAndOwnTemplatesAreOffered(FxRobot robot) {
        create(robot, 0, false);
        assertTrue(session.workshop().notes().isEmpty());
        robot.interact(() -> storage.saveAsTemplate("Vår avdeling", session.workshop(), false));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = openList(robot);
        assertEquals(Templates.all().size() + 1, list.getItems().size());
        robot.interact(() -> list.getSelectionModel().select(Templates.all().size()));
        assertTrue(robot.lookup("Egen mal: Vår avdeling").tryQuery().isPresent());
        robot.clickOn("Lag verksted");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Templates.all().getFirst().steps(),
                session.workshop().boards().getFirst().steps().stream().map(s -> s.label()).toList());
    }
}
