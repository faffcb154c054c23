package no.lappetavla.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Note;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.RecordingExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardLayout.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The board as a PNG and as PDF pages, rendered by JavaFX on the sample workshop. */
@ExtendWith(ApplicationExtension.class)
class BoardImagesTest {

    private WorkshopSession session;

    @Start
    void start(Stage stage) {
        session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
    }

    @Test
    void pngHasTheBoardsSizeAndEveryNoteInItsColour(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tavle.png");
        // The sample is wider than one 2048-pixel snapshot piece, so the stitching is tested too.
        double used = fx(() -> BoardImages.writePng(session, file, 1.0));
        assertEquals(1.0, used);
        PrintedBoard board = PrintedBoard.current(session);
        Rect b = board.grid().bounds();
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals((int) Math.ceil(b.w()), image.getWidth());
        assertEquals((int) Math.ceil(b.h()), image.getHeight());
        assertTrue(image.getWidth() > 2048, "more than one piece across");
        for (Note n : board.notes()) {
            Rect r = board.grid().notes().get(n.id());
            // Right of the centred text, inside the note: its profession's colour.
            int x = (int) (r.x() + r.w() - 5);
            int y = (int) (r.y() + r.h() / 2);
            Colour c = board.profession(n.professionId()).colourValue();
            int rgb = image.getRGB(x, y);
            assertEquals(c.hex(), String.format("#%06X", rgb & 0xFFFFFF), "note " + n.text() + " at " + x + "," + y);
        }
        assertEquals(List.of(), leftovers(dir, "tavle.png"));
    }

    @Test
    void hugeBoardsAreScaledDownToThePixelCap() {
        double s = BoardImages.fittedScale(20_000, 10_000, 2.0);
        assertTrue(Math.ceil(20_000 * s) * Math.ceil(10_000 * s) <= BoardImages.MAX_PIXELS);
        assertTrue(Math.ceil(20_000 * s) <= BoardImages.MAX_SIDE);
        assertEquals(2.0, BoardImages.fittedScale(2000, 1500, 2.0));
        assertEquals(BoardImages.MAX_SIDE / 40_000.0, BoardImages.fittedScale(40_000, 300, 1.0), 1e-9);
    }

    @Test
    void pdfPagesArePicturesOfWholeSheetsAt200Dpi() throws Exception {
        PrintedBoard board = PrintedBoard.current(session);
        PageSetup setup = new PageSetup(PaperSize.A4, true, 2);
        List<byte[]> pngs = fx(() -> BoardPrinting.pdfPages(board, setup));
        BoardPages pages = fx(() -> PrintedPage.paginate(board, setup.width(), setup.height(), 2));
        assertEquals(pages.pageCount(), pngs.size());
        assertTrue(pngs.size() >= 2);
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(pngs.getFirst()));
        assertEquals(Math.ceil(297 / 25.4 * 200), first.getWidth(), 1);
        assertEquals(Math.ceil(210 / 25.4 * 200), first.getHeight(), 1);
        // The margin is left white; the board's lines start inside it.
        assertEquals(0xFFFFFF, first.getRGB(20, 20) & 0xFFFFFF);

        RecordingExports exports = new RecordingExports();
        exports.writePdf(pngs, setup.paperWidth(), setup.paperHeight(), "t", Path.of("tavle.pdf"));
        assertEquals("pdf " + pngs.size() + " 842x595 tavle.pdf", exports.calls.getFirst());
    }

    @Test
    void theLegendWrapsOnNarrowPaperAndTakesMoreRoom() throws Exception {
        PrintedBoard board = PrintedBoard.current(session);
        double wide = fx(() -> PrintedPage.legendHeight(board, 1100));
        double narrow = fx(() -> PrintedPage.legendHeight(board, 200));
        assertTrue(narrow > wide, narrow + " > " + wide);
    }

    private static List<Path> leftovers(Path dir, String keep) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals(keep)).toList();
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
