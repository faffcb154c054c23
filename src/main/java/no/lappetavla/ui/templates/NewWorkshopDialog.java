package no.lappetavla.ui.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.lappetavla.model.Template;
import no.lappetavla.model.Templates;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopStorage;
import no.lappetavla.ui.dialogs.Dialogs;

/** New workshop from a template: the built-in services, and the user's own saved templates. */
public final class NewWorkshopDialog {

    /** One choice in the list: a built-in template or a saved one. */
    private record Choice(Template builtIn, String saved) {
        String title() {
            return builtIn != null ? Messages.get(builtIn.nameKey()) : Messages.format("templates.saved", saved);
        }

        String description() {
            return builtIn != null ? Messages.get(builtIn.descriptionKey()) : Messages.get("templates.savedDescription");
        }
    }

    private NewWorkshopDialog() {
    }

    public static Optional<Workshop> show(Window owner, WorkshopStorage storage) {
        List<Choice> choices = new ArrayList<>();
        Templates.all().forEach(t -> choices.add(new Choice(t, null)));
        try {
            storage.userTemplates().forEach(n -> choices.add(new Choice(null, n)));
        } catch (IOException e) {
            Dialogs.error(owner, "templates.listFailed", e.getMessage());
        }
        ListView<Choice> list = new ListView<>();
        list.getItems().setAll(choices);
        list.setPrefHeight(300);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
            }
        });
        list.setAccessibleText(Messages.get("templates.list"));
        Label description = new Label();
        description.setWrapText(true);
        description.setPrefHeight(70);
        CheckBox examples = new CheckBox(Messages.get("templates.withExamples"));
        examples.setSelected(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            description.setText(c == null ? "" : c.description());
            examples.setDisable(c == null || c.builtIn() == null || c.builtIn().examples().isEmpty());
        });
        list.getSelectionModel().selectFirst();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("templates.title"));
        d.setHeaderText(Messages.get("templates.header"));
        d.getDialogPane().setContent(new VBox(10, list, description, examples));
        d.getDialogPane().setPrefWidth(620);
        ButtonType create = new ButtonType(Messages.get("templates.create"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(create, Dialogs.cancel());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                ((javafx.scene.control.Button) d.getDialogPane().lookupButton(create)).fire();
            }
        });
        if (d.showAndWait().filter(b -> b == create).isEmpty()) {
            return Optional.empty();
        }
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c == null) {
            return Optional.empty();
        }
        if (c.builtIn() != null) {
            return Optional.of(c.builtIn().create(examples.isSelected()));
        }
        try {
            return Optional.of(storage.newFromUserTemplate(c.saved()));
        } catch (IOException e) {
            Dialogs.error(owner, "templates.openFailed", e.getMessage());
            return Optional.empty();
        }
    }
}
