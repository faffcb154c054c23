package no.lappetavla.ui.help;

import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.lappetavla.model.DefaultProfessions;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;

/**
 * The first-start introduction: four short pages (the method, notes on the board, må/kan and what
 * comes out, how to begin) ending in a choice between the example workshop and an empty one.
 */
public final class IntroDialog {

    /** How the person wants to begin. */
    public enum Choice { EXAMPLE, EMPTY }

    private static final int PAGES = 4;

    private IntroDialog() {
    }

    /** Shows the introduction; empty when it was skipped or closed without a choice. */
    public static Optional<Choice> show(Window owner) {
        return create(owner).showAndWait();
    }

    static Dialog<Choice> create(Window owner) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("help.introTitle"));
        d.getDialogPane().getStyleClass().add("intro-dialog");
        d.getDialogPane().getStylesheets().add(IntroDialog.class.getResource("help.css").toExternalForm());

        ToggleGroup start = new ToggleGroup();
        RadioButton example = new RadioButton(Messages.get("help.introExample"));
        example.setToggleGroup(start);
        example.setSelected(true);
        RadioButton empty = new RadioButton(Messages.get("help.introEmpty"));
        empty.setToggleGroup(start);

        List<Node> pages = List.of(
                page("help.intro1Title", chips(), text("help.intro1Text")),
                page("help.intro2Title", text("help.intro2Text"), text("help.intro2Keys")),
                page("help.intro3Title", text("help.intro3Text"), text("help.intro3Outputs")),
                page("help.intro4Title", text("help.intro4Text"), example, empty));
        StackPane stack = new StackPane();
        stack.getChildren().addAll(pages);
        Label pageNumber = new Label();
        pageNumber.getStyleClass().add("intro-page-number");
        VBox content = new VBox(12, stack, pageNumber);
        VBox.setVgrow(stack, Priority.ALWAYS);
        content.setPrefWidth(640);
        d.getDialogPane().setContent(content);

        ButtonType skip = new ButtonType(Messages.get("help.introSkip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType back = new ButtonType(Messages.get("help.introBack"), ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonType next = new ButtonType(Messages.get("help.introNext"), ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonType go = new ButtonType(Messages.get("help.introStart"), ButtonBar.ButtonData.FINISH);
        d.getDialogPane().getButtonTypes().setAll(skip, back, next, go);
        Button backButton = (Button) d.getDialogPane().lookupButton(back);
        Button nextButton = (Button) d.getDialogPane().lookupButton(next);
        Button goButton = (Button) d.getDialogPane().lookupButton(go);

        int[] current = {0};
        Runnable showPage = () -> {
            int p = current[0];
            for (int i = 0; i < PAGES; i++) {
                pages.get(i).setVisible(i == p);
            }
            boolean last = p == PAGES - 1;
            backButton.setDisable(p == 0);
            nextButton.setVisible(!last);
            nextButton.setManaged(!last);
            nextButton.setDefaultButton(!last);
            goButton.setVisible(last);
            goButton.setManaged(last);
            goButton.setDefaultButton(last);
            pageNumber.setText(Messages.format("help.introPage", p + 1, PAGES));
            (last ? example.isSelected() ? example : empty : nextButton).requestFocus();
        };
        // Back and Next turn pages instead of closing the dialog.
        backButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            current[0] = Math.max(0, current[0] - 1);
            showPage.run();
        });
        nextButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            current[0] = Math.min(PAGES - 1, current[0] + 1);
            showPage.run();
        });
        // Enter always moves on (Neste, then Kom i gang), also from the choice buttons, which would
        // otherwise swallow it; a focused Tilbake or Hopp over keeps its own meaning.
        d.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(d.getDialogPane().getScene().getFocusOwner() instanceof Button)) {
                e.consume();
                (current[0] == PAGES - 1 ? goButton : nextButton).fire();
            }
        });
        d.setOnShown(e -> showPage.run());
        showPage.run();
        d.setResultConverter(b -> b == go ? (example.isSelected() ? Choice.EXAMPLE : Choice.EMPTY) : null);
        return d;
    }

    private static Node page(String titleKey, Node... body) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("intro-title");
        title.setWrapText(true);
        VBox page = new VBox(16, title);
        page.getChildren().addAll(body);
        page.getStyleClass().add("intro-page");
        return page;
    }

    private static Label text(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        l.getStyleClass().add("intro-text");
        return l;
    }

    /** A row of notes in the default colours, code first, as they look on the board. */
    private static Node chips() {
        FlowPane row = new FlowPane(8, 8);
        for (Profession p : DefaultProfessions.create().stream().limit(6).toList()) {
            Label chip = new Label(p.code() + "  " + p.name());
            chip.getStyleClass().add("intro-chip");
            chip.setStyle("-fx-background-color: " + p.colour() + "; -fx-text-fill: " + p.colourValue().textColour().hex() + ";");
            row.getChildren().add(chip);
        }
        row.setFocusTraversable(false);
        return row;
    }
}
