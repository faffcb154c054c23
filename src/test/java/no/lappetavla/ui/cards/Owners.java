package no.lappetavla.ui.cards;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/** An owner window like the main window: dialogs take over its stylesheet, as they do in the app. */
final class Owners {

    private Owners() {
    }

    static void showAppLike(Stage stage) {
        Scene scene = new Scene(new Pane(), 400, 300);
        scene.getStylesheets().add(Owners.class.getResource("/no/lappetavla/ui/lappetavla.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
