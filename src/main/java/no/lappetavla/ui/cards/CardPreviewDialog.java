package no.lappetavla.ui.cards;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrintSides;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.TaskCards;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.dialogs.Dialogs;

/**
 * The task cards as they will be printed, at their physical size: choose A6, A7 or ID-1 and
 * backs, save them as a Word file or print them straight away, true to size, on A4.
 */
public final class CardPreviewDialog {

    /** JavaFX lays out in pixels of 1/96 inch, so at 100 % a card is its real size on a usual desktop screen. */
    static final double PIXELS_PER_POINT = 96.0 / 72;
    private static final List<Integer> ZOOMS = List.of(75, 100, 125, 150, 200);
    private static final int DEFAULT_ZOOM = 125;

    private final WorkshopSession session;
    private final WorkshopExports exports;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ChoiceBox<CardSize> size = new ChoiceBox<>();
    private final CheckBox back = new CheckBox(Messages.get("cards.preview.back"));
    private final ChoiceBox<Integer> zoom = new ChoiceBox<>();
    private final FlowPane cards = new FlowPane(18, 18);
    private final Label summary = new Label();
    private final Label notes = new Label();
    private final Button save = new Button(Messages.get("cards.preview.save"));
    private final Button print = new Button(Messages.get("cards.preview.print"));
    private CardSheet sheet;

    private CardPreviewDialog(WorkshopSession session, WorkshopExports exports) {
        this.session = session;
        this.exports = exports;
    }

    /** Opens the preview and waits until it is closed. */
    public static void show(Window owner, WorkshopSession session, WorkshopExports exports) {
        open(owner, session, exports).dialog.showAndWait();
    }

    /** Builds the dialog without showing it (tests show it without waiting). */
    static CardPreviewDialog open(Window owner, WorkshopSession session, WorkshopExports exports) {
        CardPreviewDialog p = new CardPreviewDialog(session, exports);
        p.build(owner);
        return p;
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    CardSheet sheet() {
        return sheet;
    }

    ChoiceBox<CardSize> sizeChoice() {
        return size;
    }

    private void build(Window owner) {
        size.getItems().setAll(CardSize.values());
        size.setValue(CardSize.A6);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(CardSize s) {
                return s == null ? "" : sizeName(s);
            }

            @Override
            public CardSize fromString(String text) {
                return null;
            }
        });
        zoom.getItems().setAll(ZOOMS);
        zoom.setValue(DEFAULT_ZOOM);
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer z) {
                return z == null ? "" : z + " %";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        size.setAccessibleText(Messages.get("cards.preview.size"));
        zoom.setAccessibleText(Messages.get("cards.preview.zoom"));
        size.valueProperty().addListener((o, a, b) -> rebuild());
        back.selectedProperty().addListener((o, a, b) -> rebuild());
        zoom.valueProperty().addListener((o, a, b) -> rebuild());
        save.setOnAction(e -> chooseFileAndSave());
        print.setOnAction(e -> print());
        save.getStyleClass().add("accent");

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label(Messages.get("cards.preview.size")), size, back,
                new Label(Messages.get("cards.preview.zoom")), zoom, spring, save, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));

        cards.setPadding(new Insets(18));
        cards.setBackground(Background.fill(Color.web("#E8E4DA")));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(1100);
        scroll.setPrefViewportHeight(620);
        summary.setWrapText(true);
        notes.setWrapText(true);
        VBox bottom = new VBox(4, summary, notes);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        BorderPane content = new BorderPane(scroll, bar, null, bottom, null);

        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("cards.preview.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.ok());
        ChangeListener<Workshop> refresh = (o, a, b) -> rebuild();
        session.workshopProperty().addListener(refresh);
        dialog.setOnHidden(e -> session.workshopProperty().removeListener(refresh));
        rebuild();
    }

    private static String sizeName(CardSize s) {
        return switch (s) {
            case A6 -> Messages.get("cards.size.a6");
            case A7 -> Messages.get("cards.size.a7");
            case ID1 -> Messages.get("cards.size.id1");
        };
    }

    private void rebuild() {
        Workshop w = session.workshop();
        List<TaskCard> taskCards = TaskCards.of(w);
        sheet = new CardSheet(taskCards, size.getValue(), back.isSelected());
        double scale = PIXELS_PER_POINT * zoom.getValue() / 100.0;
        List<Node> shown = new ArrayList<>();
        for (int i = 0; i < sheet.printedCards(); i++) {
            HBox pair = new HBox(6, scaled(sheet.card(i, false), scale));
            if (sheet.withBack()) {
                pair.getChildren().add(scaled(sheet.card(i, true), scale));
            }
            shown.add(pair);
        }
        cards.getChildren().setAll(shown);
        boolean any = !taskCards.isEmpty();
        save.setDisable(!any);
        print.setDisable(!any);
        if (!any) {
            summary.setText(Messages.get("cards.preview.none"));
            notes.setText("");
            return;
        }
        summary.setText(Messages.format("cards.preview.summary", taskCards.size(), sheet.printedCards(), sheet.pages())
                + (w.roles().isEmpty() ? " " + Messages.get("cards.preview.noRoles") : ""));
        List<String> lines = new ArrayList<>(sheet.adjustments());
        lines.add(lines.isEmpty()
                ? Messages.format("cards.preview.allFit", size.getValue().normalFontPt())
                : Messages.get("cards.preview.wordMeasures"));
        notes.setText(String.join("\n", lines));
    }

    /** A card in points, scaled to screen pixels; its paper edge shows against the grey table. */
    private static Node scaled(Region card, double scale) {
        card.getTransforms().setAll(new Scale(scale, scale));
        Group g = new Group(card);
        g.setEffect(new DropShadow(6, Color.web("#00000040")));
        return g;
    }

    private Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }

    private void chooseFileAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("cards.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("cards.save.filter"), "*.docx"));
        chooser.setInitialFileName(Messages.get("cards.save.fileName"));
        Path current = session.file();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            Path file = chosen.toPath();
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                file = file.resolveSibling(file.getFileName() + ".docx");
            }
            saveTo(file);
        }
    }

    /** Writes the Word file through the export port and tells the user what it had to adjust. */
    void saveTo(Path file) {
        List<String> adjusted;
        try {
            adjusted = exports.writeCards(session.workshop(), size.getValue().argument(), back.isSelected(), file);
        } catch (IOException e) {
            Dialogs.error(window(), "cards.save.failed", e.getMessage());
            return;
        }
        String message = Messages.format("cards.save.done", file.toAbsolutePath());
        if (!adjusted.isEmpty()) {
            message += "\n\n" + Messages.get("cards.save.adjusted") + "\n" + String.join("\n", adjusted);
        }
        Dialogs.info(window(), Messages.get("cards.save.doneHeader"), message);
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.error(window(), "cards.print.failed", Messages.get("cards.print.noPrinter"));
            return;
        }
        if (sheet.withBack()) {
            // Long-edge duplex is what the mirrored back pages are laid out for.
            job.getJobSettings().setPrintSides(PrintSides.DUPLEX);
        }
        job.getJobSettings().setJobName(Messages.get("cards.preview.title"));
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        Printer printer = job.getPrinter();
        if (!printer.getPrinterAttributes().getSupportedPapers().contains(Paper.A4)) {
            job.cancelJob();
            Dialogs.error(window(), "cards.print.failed", Messages.format("cards.print.noA4", printer.getName()));
            return;
        }
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        for (int i = 0; i < sheet.pages(); i++) {
            Pane page = sheet.page(i);
            // JavaFX prints from the corner of the printable area; shift back so the sheet's corner is the paper's.
            page.setTranslateX(-layout.getLeftMargin());
            page.setTranslateY(-layout.getTopMargin());
            if (!job.printPage(layout, page)) {
                Dialogs.error(window(), "cards.print.failed", Messages.get("cards.print.pageFailed"));
                job.cancelJob();
                return;
            }
        }
        if (!job.endJob()) {
            Dialogs.error(window(), "cards.print.failed", Messages.get("cards.print.pageFailed"));
        }
    }
}
