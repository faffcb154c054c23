package no.lappetavla.ui.dialogs;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import no.lappetavla.ui.Messages;

/** The few standard questions and messages, in Norwegian, with safe default buttons. */
public final class Dialogs {

    /** The answer to "save changes first?". */
    public enum SaveChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    /** OK in the UI's language (JavaFX's own ButtonType.OK follows the machine's locale). */
    public static ButtonType ok() {
        return new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static void error(Window owner, String headerKey, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ok());
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get(headerKey));
        a.getDialogPane().setMinWidth(520);
        a.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ok());
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(header);
        a.showAndWait();
    }

    /** Asks before something that cannot be undone; the safe answer is the default. */
    public static boolean confirm(Window owner, String header, String message, String confirmText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = cancel();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(header);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    public static SaveChoice askSave(Window owner, String name) {
        ButtonType save = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("button.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = cancel();
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("dialog.unsaved.text"), save, discard, cancel);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.format("dialog.unsaved.header", name));
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancel) {
            return SaveChoice.CANCEL;
        }
        return r.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }
}
