package no.lappetavla.ui.print;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.dialogs.Dialogs;

/**
 * Asks for paper, orientation and how many pages across, and shows what that gives: the number of
 * pages, the printed text size, and each page as it will come out.
 */
final class PageSetupDialog {

    private static final double PREVIEW_H = 460;

    private final PrintedBoard board;
    private final ChoiceBox<PaperSize> paper = new ChoiceBox<>();
    private final RadioButton portrait = new RadioButton(Messages.get("print.portrait"));
    private final RadioButton landscape = new RadioButton(Messages.get("print.landscape"));
    private final Spinner<Integer> across = new Spinner<>(1, 20, 1);
    private final Label summary = new Label();
    private final Label pageLabel = new Label();
    private final ImageView preview = new ImageView();
    private final Button previous = new Button("‹");
    private final Button next = new Button("›");
    private BoardPages pages;
    private int shown;

    PageSetupDialog(PrintedBoard board) {
        this.board = board;
    }

    /** The chosen setup, or empty when cancelled. */
    static Optional<PageSetup> ask(Window owner, PrintedBoard board, String title, String confirm) {
        return new PageSetupDialog(board).show(owner, title, confirm);
    }

    private Optional<PageSetup> show(Window owner, String title, String confirm) {
        Dialog<PageSetup> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(Messages.format("print.header", board.board().name()));
        ButtonType ok = new ButtonType(confirm, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel());
        dialog.getDialogPane().setContent(content());
        dialog.setResultConverter(b -> b == ok ? setup() : null);
        return dialog.showAndWait();
    }

    /** The form and the preview, kept up to date as the choices change. */
    HBox content() {
        paper.getItems().setAll(PaperSize.values());
        paper.setValue(PaperSize.A4);
        ToggleGroup orientation = new ToggleGroup();
        portrait.setToggleGroup(orientation);
        landscape.setToggleGroup(orientation);
        landscape.setSelected(true);
        across.setEditable(true);
        across.getValueFactory().setValue(2);
        across.setPrefWidth(90);
        paper.setAccessibleText(Messages.get("print.paper"));
        across.setAccessibleText(Messages.get("print.across"));
        preview.setPreserveRatio(true);
        preview.setFitHeight(PREVIEW_H);
        preview.setFitWidth(PREVIEW_H);
        previous.setOnAction(e -> showPage(shown - 1));
        next.setOnAction(e -> showPage(shown + 1));
        previous.setAccessibleText(Messages.get("print.previousPage"));
        next.setAccessibleText(Messages.get("print.nextPage"));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("print.paper")), paper);
        form.addRow(1, new Label(Messages.get("print.orientation")), new HBox(12, portrait, landscape));
        form.addRow(2, new Label(Messages.get("print.across")), across);
        summary.setWrapText(true);
        summary.setMaxWidth(300);
        form.add(summary, 0, 3, 2, 1);
        HBox browse = new HBox(8, previous, pageLabel, next);
        browse.setAlignment(Pos.CENTER);
        VBox right = new VBox(8, new Group(preview), browse);
        right.setAlignment(Pos.TOP_CENTER);
        right.setStyle("-fx-background-color: #9A968E; -fx-padding: 10;");
        HBox content = new HBox(16, form, right);
        content.setPadding(new Insets(10));

        paper.valueProperty().addListener((o, a, b) -> update());
        orientation.selectedToggleProperty().addListener((o, a, b) -> update());
        across.valueProperty().addListener((o, a, b) -> update());
        update();
        return content;
    }

    /** What the dialog shows now: "6 sider (3 i bredden × 2 i høyden) …" and "Side 1 av 6". */
    String summary() {
        return summary.getText() + " / " + pageLabel.getText();
    }

    void choose(PaperSize size, boolean wide, int pagesAcross) {
        paper.setValue(size);
        (wide ? landscape : portrait).setSelected(true);
        across.getValueFactory().setValue(pagesAcross);
    }

    void nextPage() {
        next.fire();
    }

    PageSetup setup() {
        Integer n = across.getValue();
        return new PageSetup(paper.getValue(), landscape.isSelected(), n == null ? 1 : n);
    }

    private void update() {
        PageSetup s = setup();
        pages = PrintedPage.paginate(board, s.width(), s.height(), s.pagesAcross());
        String text = Messages.format("print.summary", pages.pageCount(), pages.across(), pages.down(),
                Math.round(pages.noteTextPt() * 10) / 10.0);
        if (pages.across() > s.pagesAcross()) {
            text += "\n" + Messages.get("print.widerForText");
        } else if (pages.across() < s.pagesAcross()) {
            text += "\n" + Messages.get("print.narrowerAtFullSize");
        }
        summary.setText(text);
        showPage(Math.min(shown, pages.pageCount() - 1));
    }

    private void showPage(int index) {
        shown = Math.clamp(index, 0, pages.pageCount() - 1);
        PageSetup s = setup();
        javafx.scene.Node page = BoardPrinting.onPaper(PrintedPage.draw(board, pages, pages.pages().get(shown)), s);
        double scale = PREVIEW_H / Math.max(s.paperWidth(), s.paperHeight());
        preview.setImage(javafx.embed.swing.SwingFXUtils.toFXImage(
                Snapshots.render(page, s.paperWidth(), s.paperHeight(), scale * 1.5), null));
        pageLabel.setText(Messages.format("print.pageOf", shown + 1, pages.pageCount()));
        previous.setDisable(shown == 0);
        next.setDisable(shown >= pages.pageCount() - 1);
    }
}
