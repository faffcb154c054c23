package no.lappetavla.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.ui.main.MainWindow;

/** Shows the main window on the sample workshop with in-memory storage, for screenshots. */
public final class UiPreview {

    private UiPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application; kept apart so a class-path launch works. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            WorkshopSession session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
            new MainWindow(stage, session, new RecordingExports());
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.show();
        }
    }
}
