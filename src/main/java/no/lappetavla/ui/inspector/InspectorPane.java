package no.lappetavla.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import no.lappetavla.model.Board;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;

/** Edits every field of the selected note; each field change is one undo step. */
public final class InspectorPane extends VBox {

    private final WorkshopSession session;
    private final Label heading = new Label();
    private final Label shared = new Label();
    private final TextArea text = area("inspector.text", 3);
    private final ComboBox<Profession> profession = new ComboBox<>();
    private final ComboBox<Step> step = new ComboBox<>();
    private final TextField place = field("inspector.place");
    private final TextField userNeed = field("inspector.userNeed");
    private final TextField competenceNeed = field("inspector.competenceNeed");
    private final TextField duration = field("inspector.duration");
    private final TextField frequency = field("inspector.frequency");
    private final CheckBox timeThief = new CheckBox(Messages.get("inspector.timeThief"));
    private final TextArea comment = area("inspector.comment", 3);
    private final Label durationError = new Label();
    private final VBox form = new VBox();
    private boolean updating;

    public InspectorPane(WorkshopSession session) {
        this.session = session;
        getStyleClass().add("inspector");
        setPadding(new Insets(12));
        setSpacing(8);
        heading.getStyleClass().add("inspector-heading");
        shared.getStyleClass().add("inspector-shared");
        shared.setWrapText(true);
        durationError.getStyleClass().add("field-error");
        durationError.setWrapText(true);
        form.setSpacing(4);
        profession.setCellFactory(l -> professionCell());
        profession.setButtonCell(professionCell());
        profession.setAccessibleText(Messages.get("inspector.profession"));
        step.setCellFactory(l -> stepCell());
        step.setButtonCell(stepCell());
        step.setAccessibleText(Messages.get("inspector.step"));
        profession.setMaxWidth(Double.MAX_VALUE);
        step.setMaxWidth(Double.MAX_VALUE);
        form.getChildren().addAll(
                label("inspector.text", text), text, shared,
                label("inspector.profession", profession), profession,
                label("inspector.step", step), step,
                label("inspector.place", place), place,
                label("inspector.userNeed", userNeed), userNeed,
                label("inspector.competenceNeed", competenceNeed), competenceNeed,
                label("inspector.duration", duration), duration, durationError,
                label("inspector.frequency", frequency), frequency,
                timeThief,
                label("inspector.comment", comment), comment);
        getChildren().addAll(heading, form);

        commitOn(text, Note::text, Note::withText);
        commitOn(place, Note::place, Note::withPlace);
        commitOn(userNeed, Note::userNeed, Note::withUserNeed);
        commitOn(competenceNeed, Note::competenceNeed, Note::withCompetenceNeed);
        commitOn(frequency, Note::frequency, Note::withFrequency);
        commitOn(comment, Note::comment, Note::withComment);
        duration.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitDuration();
            }
        });
        duration.setOnAction(e -> commitDuration());
        profession.setOnAction(e -> {
            if (!updating && profession.getValue() != null) {
                change(n -> n.withProfession(profession.getValue().id()));
            }
        });
        step.setOnAction(e -> {
            if (!updating) {
                Step s = step.getValue();
                change(n -> n.placedAt(n.boardId(), n.professionId(), s == null || s.id().isEmpty() ? null : s.id()));
            }
        });
        timeThief.setOnAction(e -> change(n -> n.withTimeThief(timeThief.isSelected())));

        session.selection().addListener((SetChangeListener<String>) c -> refresh());
        session.workshopProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            Note note = session.selectedNote().orElse(null);
            int count = session.selection().size();
            heading.setText(count == 0 ? Messages.get("inspector.none")
                    : count == 1 ? Messages.get("inspector.one") : Messages.format("inspector.many", count));
            form.setDisable(note == null);
            durationError.setVisible(false);
            durationError.setManaged(false);
            if (note == null) {
                for (TextInputControl c : List.of(text, place, userNeed, competenceNeed, duration, frequency, comment)) {
                    c.clear();
                }
                shared.setText("");
                return;
            }
            Workshop w = session.workshop();
            setIfIdle(text, note.text());
            setIfIdle(place, note.place());
            setIfIdle(userNeed, note.userNeed());
            setIfIdle(competenceNeed, note.competenceNeed());
            setIfIdle(duration, note.durationMinutes() == null ? "" : note.durationMinutes().toString());
            setIfIdle(frequency, note.frequency());
            setIfIdle(comment, note.comment());
            timeThief.setSelected(note.timeThief());
            profession.getItems().setAll(w.professions());
            profession.setValue(w.profession(note.professionId()).orElse(null));
            Board board = w.board(note.boardId()).orElse(null);
            Step unsorted = new Step("", Messages.get("inspector.unsorted"));
            step.getItems().setAll(unsorted);
            if (board != null) {
                step.getItems().addAll(board.steps());
            }
            step.setValue(board == null || !board.hasStep(note.stepId()) ? unsorted
                    : board.steps().stream().filter(s -> s.id().equals(note.stepId())).findFirst().orElse(unsorted));
            int doers = session.taskIndex().professionCount(note.taskKey());
            String codes = String.join(", ", session.taskIndex().professionsDoing(note.taskKey()).stream()
                    .map(id -> w.profession(id).map(Profession::code).orElse("?")).toList());
            shared.setText(doers >= 2 ? Messages.format("note.sharedByList", doers, codes) : "");
        } finally {
            updating = false;
        }
    }

    private static void setIfIdle(TextInputControl c, String value) {
        if (!c.isFocused() && !Objects.equals(c.getText(), value)) {
            c.setText(value);
        }
    }

    private void commitOn(TextInputControl c, Function<Note, String> get, java.util.function.BiFunction<Note, String, Note> set) {
        c.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitText(c, get, set);
            }
        });
        c.setOnKeyPressed(e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && (c instanceof TextField || e.isShortcutDown());
            if (enter) {
                commitText(c, get, set);
                e.consume();
            }
        });
    }

    private void commitText(TextInputControl c, Function<Note, String> get, java.util.function.BiFunction<Note, String, Note> set) {
        session.selectedNote().ifPresent(n -> {
            String value = c.getText() == null ? "" : c.getText().strip();
            if (!value.equals(get.apply(n)) && !(c == text && value.isEmpty())) {
                session.execute(Edits.updateNotes(List.of(set.apply(n, value))));
            }
        });
    }

    private void commitDuration() {
        String v = duration.getText() == null ? "" : duration.getText().strip();
        Integer minutes;
        if (v.isEmpty()) {
            minutes = null;
        } else {
            try {
                minutes = Integer.valueOf(v);
                if (minutes < 0 || minutes > 24 * 60) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                durationError.setText(Messages.get("inspector.durationInvalid"));
                durationError.setVisible(true);
                durationError.setManaged(true);
                return;
            }
        }
        durationError.setVisible(false);
        durationError.setManaged(false);
        change(n -> n.withDurationMinutes(minutes));
    }

    private void change(UnaryOperator<Note> f) {
        if (updating) {
            return;
        }
        session.selectedNote().ifPresent(n -> {
            Note changed = f.apply(n);
            if (!changed.equals(n)) {
                session.execute(Edits.updateNotes(List.of(changed)));
            }
        });
    }

    private static TextField field(String key) {
        TextField f = new TextField();
        f.setAccessibleText(Messages.get(key));
        return f;
    }

    private static TextArea area(String key, int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setAccessibleText(Messages.get(key));
        return a;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static ListCell<Profession> professionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Profession p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.code() + " – " + p.name());
            }
        };
    }

    private static ListCell<Step> stepCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Step s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        };
    }
}
