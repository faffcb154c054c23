package no.lappetavla.ui.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;

/**
 * Writes the sample board's printed pages and picture to a folder, to look at as a reader would:
 * mvn -q test-compile exec:java -Dexec.mainClass=no.lappetavla.ui.print.PrintPreview -Dexec.classpathScope=test -Dexec.args=OUT
 */
public final class PrintPreview {

    private PrintPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/print-preview");
        Files.createDirectories(out);
        Platform.startup(() -> {
            try {
                WorkshopSession session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
                PrintedBoard board = PrintedBoard.current(session);
                for (PageSetup setup : List.of(new PageSetup(PaperSize.A4, true, 2), new PageSetup(PaperSize.A3, true, 1),
                        new PageSetup(PaperSize.A4, false, 1))) {
                    List<byte[]> pages = BoardPrinting.pdfPages(board, setup);
                    for (int i = 0; i < pages.size(); i++) {
                        Files.write(out.resolve(setup.paper() + (setup.landscape() ? "-liggende-" : "-staaende-")
                                + setup.pagesAcross() + "-side" + (i + 1) + ".png"), pages.get(i));
                    }
                }
                BoardImages.writePng(session, out.resolve("tavle.png"), 1.0);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        });
    }
}
