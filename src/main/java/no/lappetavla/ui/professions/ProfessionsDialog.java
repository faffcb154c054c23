package no.lappetavla.ui.professions;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.dialogs.Dialogs;

/**
 * Add, rename, recolour, reorder and hide professions. Every change applies at once as its own
 * undo step, so the board behind the dialog shows it live.
 */
public final class ProfessionsDialog {

    private final WorkshopSession session;
    private final GridPane grid = new GridPane(8, 6);
    private List<String> shownOrder = List.of();

    private ProfessionsDialog(WorkshopSession session) {
        this.session = session;
    }

    public static void show(Window owner, WorkshopSession session) {
        ProfessionsDialog p = new ProfessionsDialog(session);
        ChangeListener<Workshop> refresh = (o, a, b) -> p.refresh();
        session.workshopProperty().addListener(refresh);
        p.refresh();
        Button add = new Button(Messages.get("professions.add"));
        add.setOnAction(e -> session.execute(Edits.addProfession(
                new Profession(Ids.newId(), "NY", Messages.get("professions.newName"), "#BBBBBB", false))));
        ScrollPane scroll = new ScrollPane(p.grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("professions.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(new VBox(10, new Label(Messages.get("professions.help")), scroll, add));
        d.getDialogPane().getButtonTypes().add(Dialogs.ok());
        d.showAndWait();
        session.workshopProperty().removeListener(refresh);
    }

    /** Rebuilds rows only when professions were added or reordered, so typing keeps its focus. */
    private void refresh() {
        List<Profession> professions = session.workshop().professions();
        List<String> order = professions.stream().map(Profession::id).toList();
        if (order.equals(shownOrder)) {
            return;
        }
        shownOrder = order;
        grid.getChildren().clear();
        grid.addRow(0, new Label(Messages.get("professions.colour")), new Label(Messages.get("professions.code")),
                new Label(Messages.get("professions.name")), new Label(Messages.get("professions.hidden")));
        for (int i = 0; i < professions.size(); i++) {
            addRow(i + 1, professions.get(i));
        }
    }

    private void addRow(int row, Profession initial) {
        String id = initial.id();
        ColorPicker colour = new ColorPicker(Color.web(initial.colour()));
        colour.setAccessibleText(Messages.format("professions.colourOf", initial.code()));
        TextField code = new TextField(initial.code());
        code.setPrefColumnCount(5);
        code.setAccessibleText(Messages.get("professions.code"));
        TextField name = new TextField(initial.name());
        name.setPrefColumnCount(22);
        name.setAccessibleText(Messages.get("professions.name"));
        CheckBox hidden = new CheckBox();
        hidden.setSelected(initial.hidden());
        hidden.setAccessibleText(Messages.get("professions.hidden"));
        Label warning = new Label();
        warning.getStyleClass().add("field-error");
        Button up = new Button("↑");
        up.setAccessibleText(Messages.get("professions.up"));
        Button down = new Button("↓");
        down.setAccessibleText(Messages.get("professions.down"));

        colour.setOnAction(e -> {
            Color c = colour.getValue();
            Colour picked = new Colour((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
            update(id, p -> p.withColour(picked.hex()));
            warning.setText(picked.readableWithText() ? ""
                    : Messages.format("professions.lowContrast", String.format("%.1f", picked.bestTextContrast())));
        });
        code.setOnAction(e -> update(id, p -> p.withCode(code.getText())));
        code.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                update(id, p -> p.withCode(code.getText()));
            }
        });
        name.setOnAction(e -> update(id, p -> p.withName(name.getText())));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                update(id, p -> p.withName(name.getText()));
            }
        });
        hidden.setOnAction(e -> update(id, p -> p.withHidden(hidden.isSelected())));
        up.setOnAction(e -> session.execute(Edits.moveProfession(id, -1)));
        down.setOnAction(e -> session.execute(Edits.moveProfession(id, 1)));
        grid.addRow(row, colour, code, name, hidden, up, down, warning);
    }

    private void update(String id, java.util.function.UnaryOperator<Profession> change) {
        session.workshop().profession(id).ifPresent(p -> {
            Profession next = change.apply(p);
            if (!next.equals(p) && !next.code().isBlank()) {
                session.execute(Edits.updateProfession(next));
            }
        });
    }
}
