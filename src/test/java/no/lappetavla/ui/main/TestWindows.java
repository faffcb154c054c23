package no.lappetavla.ui.main;

import javafx.stage.Stage;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.RecordingExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.WorkshopStorage;

/** The main window as the window tests open it: a given workshop, test storage, a set size. */
public final class TestWindows {

    private TestWindows() {
    }

    /** The test stage is shared by all test classes, so the size is always set, never inherited. */
    public static MainWindow show(Stage stage, Workshop workshop, WorkshopStorage storage, double width, double height) {
        MainWindow window = new MainWindow(stage, new WorkshopSession(workshop, storage), new RecordingExports());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return window;
    }
}
