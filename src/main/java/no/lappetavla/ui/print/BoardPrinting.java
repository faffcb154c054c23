package no.lappetavla.ui.print;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.dialogs.Dialogs;

/**
 * The menu's ways to put the current board on paper or in a file: print through the system's
 * print dialog, save as PDF (the same pages) or as one PNG picture. Call on the JavaFX thread.
 */
public final class BoardPrinting {

    /** PDF pages are pictures at this resolution: sharp on paper, a few hundred kB a page. */
    static final double PDF_DPI = 200;
    /** PNG pictures get two pixels per board unit: crisp in a report at full page width. */
    static final double PNG_SCALE = 2;

    private BoardPrinting() {
    }

    /** Asks for paper and pages, then prints through the system print dialog. */
    public static void print(Window owner, WorkshopSession session) {
        PrintedBoard board = board(owner, session);
        if (board == null) {
            return;
        }
        Optional<PageSetup> setup = PageSetupDialog.ask(owner, board, Messages.get("print.title"), Messages.get("print.print"));
        if (setup.isEmpty()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.error(owner, "print.failed", Messages.get("print.noPrinter"));
            return;
        }
        job.getJobSettings().setJobName(board.board().name());
        job.getJobSettings().setPageLayout(layout(job.getPrinter(), setup.get()));
        if (!job.showPrintDialog(owner)) {
            return;
        }
        // The printer (and so its margins) may have changed in the dialog.
        PageLayout layout = layout(job.getPrinter(), setup.get());
        job.getJobSettings().setPageLayout(layout);
        BoardPages pages = PrintedPage.paginate(board, layout.getPrintableWidth(), layout.getPrintableHeight(),
                setup.get().pagesAcross());
        for (BoardPages.Page page : pages.pages()) {
            if (!job.printPage(layout, PrintedPage.draw(board, pages, page))) {
                job.cancelJob();
                Dialogs.error(owner, "print.failed", Messages.get("print.printerStopped"));
                return;
            }
        }
        if (!job.endJob()) {
            Dialogs.error(owner, "print.failed", Messages.get("print.printerStopped"));
        }
    }

    /** Asks for paper and pages, then saves them as a PDF through the export layer. */
    public static void exportPdf(Window owner, WorkshopSession session, WorkshopExports exports) {
        PrintedBoard board = board(owner, session);
        if (board == null) {
            return;
        }
        Optional<PageSetup> setup = PageSetupDialog.ask(owner, board, Messages.get("print.pdfTitle"), Messages.get("print.save"));
        if (setup.isEmpty()) {
            return;
        }
        Path file = choose(owner, session, board, Messages.get("print.filterPdf"), "*.pdf", ".pdf");
        if (file == null) {
            return;
        }
        try {
            String title = board.workshop().title() + " – " + board.board().name();
            exports.writePdf(pdfPages(board, setup.get()), setup.get().paperWidth(), setup.get().paperHeight(), title, file);
        } catch (IOException | RuntimeException e) {
            Dialogs.error(owner, "print.failed", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Saves the whole board as one PNG picture. */
    public static void exportPng(Window owner, WorkshopSession session) {
        PrintedBoard board = board(owner, session);
        if (board == null) {
            return;
        }
        Path file = choose(owner, session, board, Messages.get("print.filterPng"), "*.png", ".png");
        if (file == null) {
            return;
        }
        try {
            double used = BoardImages.writePng(session, file, PNG_SCALE);
            if (used < PNG_SCALE) {
                Dialogs.info(owner, Messages.get("print.pngSaved"), Messages.format("print.pngReduced",
                        Math.round(board.grid().bounds().w() * used), Math.round(board.grid().bounds().h() * used)));
            }
        } catch (IOException | RuntimeException e) {
            Dialogs.error(owner, "print.failed", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Every page of the setup as a PNG of the whole sheet (margins included), for the PDF writer. */
    static List<byte[]> pdfPages(PrintedBoard board, PageSetup setup) throws IOException {
        BoardPages pages = PrintedPage.paginate(board, setup.width(), setup.height(), setup.pagesAcross());
        List<byte[]> out = new ArrayList<>();
        for (BoardPages.Page page : pages.pages()) {
            Node sheet = onPaper(PrintedPage.draw(board, pages, page), setup);
            out.add(Snapshots.png(Snapshots.render(sheet, setup.paperWidth(), setup.paperHeight(), PDF_DPI / 72)));
        }
        return out;
    }

    /** A page placed inside the margins of a white sheet. */
    static Node onPaper(Node page, PageSetup setup) {
        page.relocate(PageSetup.MARGIN, PageSetup.MARGIN);
        return new Group(new Rectangle(setup.paperWidth(), setup.paperHeight(), Color.WHITE), page);
    }

    private static PageLayout layout(Printer printer, PageSetup setup) {
        Paper paper = setup.paper() == PaperSize.A3 ? Paper.A3 : Paper.A4;
        PageOrientation orientation = setup.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        double m = PageSetup.MARGIN;
        try {
            return printer.createPageLayout(paper, orientation, m, m, m, m);
        } catch (IllegalArgumentException tooSmall) {
            // The printer cannot reach 10 mm from the edge: use the margins it can.
            return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
        }
    }

    private static PrintedBoard board(Window owner, WorkshopSession session) {
        PrintedBoard board = PrintedBoard.current(session);
        if (board == null) {
            Dialogs.error(owner, "print.failed", Messages.get("print.noBoard"));
        }
        return board;
    }

    private static Path choose(Window owner, WorkshopSession session, PrintedBoard board, String filterName,
                               String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("print.saveAs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        if (session.file() != null && session.file().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(session.file().toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(safeName(board.board().name()) + extension);
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return null;
        }
        Path p = f.toPath();
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                ? p : p.resolveSibling(p.getFileName() + extension);
    }

    private static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
        return s.isEmpty() ? Messages.get("print.defaultName") : s;
    }
}
