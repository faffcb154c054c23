package no.lappetavla.ui.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Role;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.Task;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskList;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.dialogs.Dialogs;

/**
 * The roles that get a task card ("Sykepleier på topp", "Måltidsvert dag"): their card details and
 * which tasks each one owns (ansvar) or helps with (bistår). Every change applies at once as its
 * own undo step; text fields apply on Enter or when they lose focus.
 */
public final class RolesDialog {

    private final WorkshopSession session;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<Role> roles = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<Profession> profession = new ComboBox<>();
    private final TextField shift = new TextField();
    private final TextField unit = new TextField();
    private final TextArea contacts = new TextArea();
    private final TextArea reminders = new TextArea();
    private final TextField version = new TextField();
    private final TextField approvedBy = new TextField();
    private final Button suggest = new Button(Messages.get("cards.roles.suggest"));
    private final Button remove = new Button(Messages.get("cards.roles.remove"));
    private final GridPane tasks = new GridPane(10, 2);
    private final VBox form = new VBox(10);
    private final Map<String, ToggleGroup> choices = new HashMap<>();
    private final Map<String, Label> decisionLabels = new HashMap<>();
    private List<String> shownTaskKeys = List.of();
    /** The role the fields show: commits go to it even if the list selection has already moved on. */
    private String shownRoleId;
    private boolean updating;

    private RolesDialog(WorkshopSession session) {
        this.session = session;
    }

    /** Opens the roles dialog and waits until it is closed. */
    public static void show(Window owner, WorkshopSession session) {
        open(owner, session).dialog.showAndWait();
    }

    /** Builds the dialog without showing it (tests show it without waiting). */
    static RolesDialog open(Window owner, WorkshopSession session) {
        RolesDialog r = new RolesDialog(session);
        r.build(owner);
        return r;
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private void build(Window owner) {
        roles.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Role role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : listName(role));
            }
        });
        roles.setPrefWidth(240);
        roles.setAccessibleText(Messages.get("cards.roles.list"));
        roles.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                commit();
                showRole(b);
            }
        });
        Button add = new Button(Messages.get("cards.roles.add"));
        add.setOnAction(e -> addRole());
        remove.setOnAction(e -> removeRole());
        HBox listButtons = new HBox(8, add, remove);
        VBox left = new VBox(8, new Label(Messages.get("cards.roles.list")), roles, listButtons);
        VBox.setVgrow(roles, Priority.ALWAYS);
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.setPrefWidth(250);

        profession.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profession p) {
                return p == null ? "" : p.code() + " – " + p.name();
            }

            @Override
            public Profession fromString(String s) {
                return null;
            }
        });
        profession.setOnAction(e -> commit());
        shift.setPromptText(Messages.get("cards.roles.shiftPrompt"));
        contacts.setPromptText(Messages.get("cards.roles.onePerLine"));
        reminders.setPromptText(Messages.get("cards.roles.onePerLine"));
        contacts.setPrefRowCount(3);
        reminders.setPrefRowCount(3);
        contacts.setWrapText(true);
        reminders.setWrapText(true);
        for (TextInputControl field : List.of(name, shift, unit, contacts, reminders, version, approvedBy)) {
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit();
                }
            });
            if (field instanceof TextField tf) {
                tf.setOnAction(e -> commit());
            }
        }
        GridPane fields = new GridPane(10, 8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        fields.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        row = field(fields, row, "cards.roles.name", name);
        row = field(fields, row, "cards.roles.profession", profession);
        row = field(fields, row, "cards.roles.shift", shift);
        row = field(fields, row, "cards.roles.unit", unit);
        row = field(fields, row, "cards.roles.contacts", contacts);
        row = field(fields, row, "cards.roles.reminders", reminders);
        row = field(fields, row, "cards.roles.version", version);
        field(fields, row, "cards.roles.approvedBy", approvedBy);
        profession.setMaxWidth(Double.MAX_VALUE);
        fields.setMinWidth(440);
        fields.setPrefWidth(440);

        suggest.setOnAction(e -> suggest());
        suggest.setTooltip(new Tooltip(Messages.get("cards.roles.suggest.tip")));
        Label tasksHeading = new Label(Messages.get("cards.roles.tasks"));
        tasksHeading.setStyle("-fx-font-weight: bold;");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox taskBar = new HBox(10, tasksHeading, spring, suggest);
        taskBar.setAlignment(Pos.CENTER_LEFT);
        tasks.setPadding(new Insets(4, 8, 4, 4));
        ScrollPane taskScroll = new ScrollPane(tasks);
        taskScroll.setFitToWidth(true);
        taskScroll.setPrefViewportWidth(560);
        Label help = new Label(Messages.get("cards.roles.tasksHelp"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox taskPane = new VBox(8, taskBar, help, taskScroll);
        VBox.setVgrow(taskScroll, Priority.ALWAYS);
        HBox.setHgrow(taskPane, Priority.ALWAYS);

        form.getChildren().setAll(new HBox(18, fields, taskPane));
        HBox.setHgrow(form, Priority.ALWAYS);
        HBox content = new HBox(18, left, form);
        content.setPrefSize(1380, 700);

        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("cards.roles.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.ok());
        ChangeListener<Workshop> refresh = (o, a, b) -> refresh();
        session.workshopProperty().addListener(refresh);
        dialog.setOnHidden(e -> {
            commit();
            session.workshopProperty().removeListener(refresh);
        });
        refresh();
        if (!roles.getItems().isEmpty()) {
            roles.getSelectionModel().selectFirst();
        }
    }

    private static int field(GridPane grid, int row, String key, Region input) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(input);
        input.setAccessibleText(Messages.get(key));
        grid.addRow(row, label, input);
        GridPane.setValignment(label, VPos.TOP);
        return row + 1;
    }

    private String listName(Role role) {
        String n = role.name().isEmpty() ? Messages.get("cards.roles.unnamed") : role.name();
        return session.workshop().profession(role.professionId() == null ? "" : role.professionId())
                .map(p -> n + "  (" + p.code() + ")").orElse(n);
    }

    private Optional<Role> role(String id) {
        return id == null ? Optional.empty() : session.workshop().roles().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void addRole() {
        commit();
        List<Profession> professions = session.workshop().professions();
        Role role = new Role(Ids.newId(), Messages.get("cards.roles.newName"),
                professions.isEmpty() ? null : professions.getFirst().id(), "", "", List.of(), List.of(), "", "");
        session.execute(Edits.addRole(role));
        roles.getItems().stream().filter(r -> r.id().equals(role.id())).findFirst()
                .ifPresent(r -> roles.getSelectionModel().select(r));
        name.requestFocus();
        name.selectAll();
    }

    private void removeRole() {
        role(shownRoleId).ifPresent(r -> {
            long count = session.workshop().roleTasks().stream().filter(t -> t.roleId().equals(r.id())).count();
            if (Dialogs.confirm(dialog.getDialogPane().getScene().getWindow(),
                    Messages.format("cards.roles.removeHeader", listName(r)),
                    Messages.format("cards.roles.removeText", count), Messages.get("cards.roles.removeConfirm"))) {
                session.execute(Edits.removeRole(r.id()));
            }
        });
    }

    private void suggest() {
        commit();
        if (shownRoleId != null) {
            session.execute(Edits.applySuggestions(shownRoleId));
        }
    }

    /** Applies what the fields say to the shown role, as one undo step, if anything changed. */
    private void commit() {
        if (updating) {
            return;
        }
        role(shownRoleId).ifPresent(r -> {
            Profession p = profession.getValue();
            Role next = new Role(r.id(), name.getText(), p == null ? r.professionId() : p.id(), shift.getText(), unit.getText(),
                    lines(contacts.getText()), lines(reminders.getText()), version.getText(), approvedBy.getText());
            if (!next.equals(r)) {
                session.execute(Edits.updateRole(next));
            }
        });
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Brings the list, the fields and the task choices in line with the workshop (after edits, undo, redo). */
    private void refresh() {
        Workshop w = session.workshop();
        updating = true;
        try {
            roles.getItems().setAll(w.roles());
            Optional<Role> shown = role(shownRoleId);
            if (shownRoleId != null && shown.isEmpty()) {
                shownRoleId = null;
            }
            shown.ifPresent(r -> roles.getSelectionModel().select(r));
            profession.getItems().setAll(w.professions());
        } finally {
            updating = false;
        }
        rebuildTaskRowsIfChanged(w);
        showRole(role(shownRoleId).orElse(null));
    }

    private void showRole(Role role) {
        updating = true;
        try {
            boolean other = role == null || !role.id().equals(shownRoleId);
            shownRoleId = role == null ? null : role.id();
            form.setDisable(role == null);
            remove.setDisable(role == null);
            if (role == null) {
                for (TextInputControl f : List.of(name, shift, unit, contacts, reminders, version, approvedBy)) {
                    f.clear();
                }
                profession.setValue(null);
                choices.values().forEach(g -> g.selectToggle(null));
                return;
            }
            set(name, role.name(), other);
            set(shift, role.shift(), other);
            set(unit, role.unit(), other);
            set(contacts, String.join("\n", role.contacts()), other);
            set(reminders, String.join("\n", role.reminders()), other);
            set(version, role.version(), other);
            set(approvedBy, role.approvedBy(), other);
            unit.setPromptText(session.workshop().unit());
            Profession p = session.workshop().profession(role.professionId() == null ? "" : role.professionId()).orElse(null);
            if (profession.getValue() == null || p == null || !profession.getValue().id().equals(p.id())) {
                profession.setValue(p);
            }
            suggest.setDisable(p == null);
            showTaskChoices(role);
        } finally {
            updating = false;
        }
    }

    /** Leaves the field alone while the user types in it, unless it shows another role's text. */
    private static void set(TextInputControl field, String value, boolean otherRole) {
        if (!field.getText().equals(value) && (otherRole || !field.isFocused())) {
            field.setText(value);
        }
    }

    private void showTaskChoices(Role role) {
        Map<String, RoleTask.Kind> kinds = new HashMap<>();
        session.workshop().roleTasks().stream().filter(t -> t.roleId().equals(role.id()))
                .forEach(t -> kinds.putIfAbsent(t.taskKey(), t.kind()));
        Map<String, Decision> decided = new HashMap<>();
        for (TaskDecision d : session.workshop().decisions()) {
            if (d.professionId().equals(role.professionId())) {
                decided.put(d.taskKey(), d.decision());
            }
        }
        for (Map.Entry<String, ToggleGroup> e : choices.entrySet()) {
            RoleTask.Kind kind = kinds.get(e.getKey());
            ToggleGroup g = e.getValue();
            g.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst().ifPresent(g::selectToggle);
            Decision d = decided.get(e.getKey());
            decisionLabels.get(e.getKey()).setText(d == null ? "" : d.letter());
        }
    }

    private void rebuildTaskRowsIfChanged(Workshop w) {
        List<Task> list = TaskList.of(w);
        List<String> keys = list.stream().map(Task::key).toList();
        if (keys.equals(shownTaskKeys)) {
            return;
        }
        shownTaskKeys = keys;
        tasks.getChildren().clear();
        choices.clear();
        decisionLabels.clear();
        Map<String, RoleTask.Kind> columns = new LinkedHashMap<>();
        columns.put("cards.roles.responsible", RoleTask.Kind.RESPONSIBLE);
        columns.put("cards.roles.assists", RoleTask.Kind.ASSISTS);
        columns.put("cards.roles.notOnCard", null);
        List<Node> header = new ArrayList<>(List.of(bold(Messages.get("cards.roles.time")),
                bold(Messages.get("cards.roles.task")), bold(Messages.get("cards.roles.decision"))));
        columns.keySet().forEach(k -> header.add(bold(Messages.get(k))));
        tasks.addRow(0, header.toArray(Node[]::new));
        int row = 1;
        for (Task t : list) {
            Label time = new Label(t.stepLabel());
            time.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(t.text());
            text.setWrapText(true);
            text.setMaxWidth(320);
            Label decision = new Label();
            decision.setMinWidth(Region.USE_PREF_SIZE);
            decisionLabels.put(t.key(), decision);
            ToggleGroup group = new ToggleGroup();
            choices.put(t.key(), group);
            List<Node> cells = new ArrayList<>(List.of(time, text, decision));
            for (Map.Entry<String, RoleTask.Kind> c : columns.entrySet()) {
                RadioButton b = new RadioButton();
                b.setToggleGroup(group);
                b.setUserData(c.getValue());
                b.setAccessibleText(Messages.format("cards.roles.choiceFor", Messages.get(c.getKey()), t.text()));
                String key = t.key();
                b.setOnAction(e -> {
                    if (shownRoleId != null) {
                        session.execute(Edits.assignTask(shownRoleId, key, c.getValue()));
                    }
                });
                cells.add(b);
                GridPane.setHalignment(b, HPos.CENTER);
            }
            tasks.addRow(row++, cells.toArray(Node[]::new));
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
