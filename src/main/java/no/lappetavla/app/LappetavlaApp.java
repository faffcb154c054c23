package no.lappetavla.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.WorkshopStorage;
import no.lappetavla.ui.main.MainWindow;

/** Starts the window and wires the file and export layers into the UI. */
public final class LappetavlaApp extends Application {

    /** Starts with the example workshop (a nursing-home day shift), e.g. for a demonstration. */
    static final String EXAMPLE_ARGUMENT = "--example";

    private FileStorage storage;

    static void launchWith(String[] args) {
        Application.launch(LappetavlaApp.class, args);
    }

    /** Where recovery copies and user templates live; tests and portable installs set lappetavla.home. */
    static Path home() {
        String configured = System.getProperty("lappetavla.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".lappetavla");
    }

    @Override
    public void start(Stage stage) {
        Messages.setLanguage(no.lappetavla.ui.main.UiSettings.language());
        storage = new FileStorage(home());
        WorkshopSession session = new WorkshopSession(
                Workshops.newWorkshop(Messages.get("workshop.newTitle"), Messages.get("board.defaultName")), storage);
        MainWindow window = new MainWindow(stage, session, new ExportsAdapter());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        stage.show();
        var recovered = storage.findRecovery();
        recovered.ifPresent(r -> offerRecovery(stage, session, r));
        List<String> args = getParameters().getUnnamed();
        if (args.isEmpty() && recovered.isEmpty()) {
            window.introduceIfFirstStart();
        }
        if (!args.isEmpty() && !session.modifiedProperty().get()) {
            if (EXAMPLE_ARGUMENT.equals(args.getFirst())) {
                session.load(storage.example(), null, false);
            } else {
                window.open(Path.of(args.getFirst()));
            }
        }
    }

    /** After a crash or power loss: offer the last recovery copy before anything else. */
    private static void offerRecovery(Stage stage, WorkshopSession session, WorkshopStorage.Recovered r) {
        String when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault()).format(r.savedAt());
        String from = r.originalFile() == null ? Messages.get("title.untitled") : r.originalFile().getFileName().toString();
        ButtonType restore = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("recovery.text", from, when), restore, discard);
        a.initOwner(stage);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("recovery.header"));
        if (a.showAndWait().filter(b -> b == restore).isPresent()) {
            session.load(r.workshop(), r.originalFile(), true);
        } else {
            session.storage().clearRecovery();
        }
    }

    @Override
    public void stop() {
        if (storage != null) {
            storage.close();
        }
    }
}
