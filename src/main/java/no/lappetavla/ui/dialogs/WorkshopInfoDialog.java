package no.lappetavla.ui.dialogs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;

/** Title, unit (tjenestested), date and participants: one undo step when kept. */
public final class WorkshopInfoDialog {

    private WorkshopInfoDialog() {
    }

    public static void show(Window owner, WorkshopSession session) {
        Workshop w = session.workshop();
        TextField title = new TextField(w.title());
        TextField unit = new TextField(w.unit());
        DatePicker date = new DatePicker(parse(w.date()));
        TextArea participants = new TextArea(w.participants());
        participants.setPrefRowCount(4);
        participants.setWrapText(true);
        javafx.scene.control.ComboBox<String> language = new javafx.scene.control.ComboBox<>();
        language.getItems().setAll("nb", "nn", "en");
        language.setValue(w.language());
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String l) {
                return l == null ? "" : Messages.get("language." + l);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, label("info.title", title), title);
        grid.addRow(1, label("info.unit", unit), unit);
        grid.addRow(2, label("info.date", date), date);
        grid.addRow(3, label("info.participants", participants), participants);
        grid.addRow(4, label("info.language", language), language);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("info.dialogTitle"));
        d.getDialogPane().setContent(grid);
        ButtonType ok = Dialogs.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel());
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> session.execute(Edits.editInfo(
                title.getText(), unit.getText(), date.getValue() == null ? "" : date.getValue().toString(), participants.getText(),
                language.getValue())));
    }

    private static LocalDate parse(String iso) {
        try {
            return iso.isBlank() ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        return l;
    }
}
