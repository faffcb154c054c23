package no.lappetavla.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Role;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.Task;
import no.lappetavla.model.TaskCards;
import no.lappetavla.model.TaskList;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the roles dialog on the sample workshop: add a role, pick its profession, suggest, assign, undo. */
@ExtendWith(ApplicationExtension.class)
class RolesDialogTest {

    private WorkshopSession session;
    private RolesDialog dialog;

    @Start
    void start(Stage stage) {
        session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
        Owners.showAppLike(stage);
        dialog = RolesDialog.open(stage, session);
        dialog.dialog().show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.dialog().close());
    }

    private Profession hfa() {
        return session.workshop().professions().stream().filter(p -> p.code().equals("HFA")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    @Test
    void addARoleSetItsProfessionSuggestItsTasksAndUndo(FxRobot robot) {
        robot.clickOn("Ny rolle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.workshop().roles().size());
        TextField name = robot.lookup((TextField t) -> "Navn på rollen".equals(t.getAccessibleText())).queryAs(TextField.class);
        robot.clickOn(name).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Sykepleier på topp").type(KeyCode.ENTER);
        TextField shift = robot.lookup((TextField t) -> "Vakt og tid".equals(t.getAccessibleText())).queryAs(TextField.class);
        robot.clickOn(shift).write("Dag 07:30–15:30");
        ComboBox<Profession> profession = robot.lookup((ComboBox<?> c) -> "Yrkesgruppe".equals(c.getAccessibleText())).queryAs(ComboBox.class);
        robot.interact(() -> profession.getSelectionModel().select(hfa()));
        WaitForAsyncUtils.waitForFxEvents();
        Role role = session.workshop().roles().getFirst();
        assertEquals("Sykepleier på topp", role.name());
        assertEquals("Dag 07:30–15:30", role.shift(), "leaving the field commits it");
        assertEquals(hfa().id(), role.professionId());

        robot.clickOn("Foreslå fra må/kan");
        WaitForAsyncUtils.waitForFxEvents();
        List<RoleTask> expected = TaskCards.suggest(session.workshop(), role);
        assertFalse(expected.isEmpty());
        assertEquals(expected, session.workshop().roleTasks());
        robot.interact(() -> Screenshots.save(dialog.dialog().getDialogPane(), "roles-dialog"));

        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.workshop().roleTasks().isEmpty(), "undo takes the suggestion back");
        assertEquals(1, session.workshop().roles().size());
        long responsible = robot.lookup((RadioButton b) -> b.getUserData() == RoleTask.Kind.RESPONSIBLE && b.isSelected()).queryAll().size();
        assertEquals(0, responsible, "the choices follow the undo");
    }

    @Test
    void aTaskChoiceAssignsOneTask(FxRobot robot) {
        robot.clickOn("Ny rolle");
        Task first = TaskList.of(session.workshop()).getFirst();
        RadioButton assists = robot.lookup((RadioButton b) -> b.getUserData() == RoleTask.Kind.ASSISTS
                && b.getAccessibleText().endsWith(": " + first.text())).queryAs(RadioButton.class);
        robot.clickOn(assists);
        WaitForAsyncUtils.waitForFxEvents();
        String roleId = session.workshop().roles().getFirst().id();
        assertEquals(List.of(new RoleTask(roleId, first.key(), RoleTask.Kind.ASSISTS)), session.workshop().roleTasks());
        RadioButton none = robot.lookup((RadioButton b) -> b.getUserData() == null && b.getAccessibleText().endsWith(": " + first.text()))
                .queryAs(RadioButton.class);
        robot.clickOn(none);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.workshop().roleTasks().isEmpty());
    }

    @Test
    void removingARoleAsksFirstAndCanBeUndone(FxRobot robot) {
        robot.clickOn("Ny rolle");
        robot.clickOn("Foreslå fra må/kan");
        WaitForAsyncUtils.waitForFxEvents();
        int tasks = session.workshop().roleTasks().size();
        assertTrue(tasks > 0);
        robot.clickOn("Slett rolle …");
        robot.clickOn("Avbryt");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.workshop().roles().size(), "cancel keeps the role");
        robot.clickOn("Slett rolle …");
        robot.clickOn("Slett rollen");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.workshop().roles().isEmpty());
        assertTrue(session.workshop().roleTasks().isEmpty(), "its tasks go with it");
        robot.interact(session::undo);
        assertEquals(1, session.workshop().roles().size());
        assertEquals(tasks, session.workshop().roleTasks().size());
    }
}
