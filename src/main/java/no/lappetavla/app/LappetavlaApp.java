package no.lappetavla.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import no.lappetavla.i18n.Texts;

/** Starts the window and wires the io layer into the UI. */
public final class LappetavlaApp extends Application {

    static void launchWith(String[] args) {
        Application.launch(LappetavlaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Texts texts = Texts.of("ui", "nb");
        stage.setTitle(texts.get("app.title"));
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
