package no.lappetavla.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import no.lappetavla.model.Board;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.WorkshopStorage;
import no.lappetavla.ui.board.BoardLayout.Cell;
import no.lappetavla.ui.main.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the real file layer: save, reopen, recovery after a crash, a bad file. */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {

    @TempDir
    static Path home;

    private FileStorage storage;
    private WorkshopSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        storage = new FileStorage(home.resolve("state-" + System.nanoTime()));
        session = new WorkshopSession(Workshops.newWorkshop("Verksted", "Dagvakt"), storage);
        window = new MainWindow(stage, session, new ExportsAdapter());
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    private void addNotes(FxRobot robot, String... texts) {
        Board b = session.workshop().boards().getFirst();
        Cell cell = new Cell(b.laneIds().get(1), b.steps().get(2).id());
        robot.interact(() -> window.currentView().orElseThrow().addNotesTo(cell, List.of(texts)));
    }

    private static void awaitFx(java.util.function.BooleanSupplier condition) throws Exception {
        // Waiting for background work to finish, not timing it: the limit is generous.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void savedFileReopensWithEverythingAndKeepsABackup(FxRobot robot) throws Exception {
        addNotes(robot, "Sårstell, enkelt", "Dele ut morgenmedisin");
        Path file = home.resolve("dagvakt.lappetavla");
        robot.interact(() -> assertTrue(window.saveTo(file)));
        addNotes(robot, "Blodsukkermåling");
        robot.interact(() -> assertTrue(window.saveTo(file)));
        assertTrue(Files.exists(Path.of(file + ".bak")), "the previous version is kept");
        Workshop saved = session.workshop();

        robot.interact(() -> session.load(Workshops.newWorkshop("Annet", "Tavle"), null, false));
        robot.interact(() -> window.open(file));
        awaitFx(() -> file.equals(session.file()));
        assertEquals(saved, session.workshop());
        assertFalse(session.modifiedProperty().get());
    }

    @Test
    void unsavedWorkIsRecoverableAfterACrash(FxRobot robot) throws Exception {
        addNotes(robot, "Servere frokost");
        Path state = home.resolve("crash");
        FileStorage crashing = new FileStorage(state);
        Workshop work = session.workshop();
        crashing.autosave(work, null);
        // The app is "killed" here: no close, no flush. A new start must find the copy.
        awaitFx(() -> new FileStorage(state).findRecovery().isPresent());
        Optional<WorkshopStorage.Recovered> found = new FileStorage(state).findRecovery();
        assertEquals(work, found.orElseThrow().workshop());
        crashing.close();
    }

    @Test
    void aBadFileGivesAMessageAndLosesNothing(FxRobot robot) throws Exception {
        addNotes(robot, "Legevisitt");
        Workshop before = session.workshop();
        Path bad = home.resolve("ødelagt.lappetavla");
        byte[] content = "{\"formatVersion\": 1, \"app\": \"Lappetavla\", \"workshop\": {\"title\": \"Halv".getBytes(StandardCharsets.UTF_8);
        Files.write(bad, content);
        robot.interact(() -> window.open(bad));
        awaitFx(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("ødelagt.lappetavla"), dialog.getContentText());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        assertEquals(before, session.workshop(), "open work is untouched");
        assertArrayEquals(content, Files.readAllBytes(bad), "the bad file is untouched");
    }
}
