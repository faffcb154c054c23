package no.lappetavla.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The setup form tells the page count and text size for each choice, and pages through the preview. */
@ExtendWith(ApplicationExtension.class)
class PageSetupDialogTest {

    private PrintedBoard board;

    @Start
    void start(Stage stage) {
        board = PrintedBoard.current(new WorkshopSession(SampleWorkshop.create(), new MemoryStorage()));
    }

    @Test
    void summaryFollowsPaperAndPagesAcross() throws Exception {
        PageSetupDialog dialog = new PageSetupDialog(board);
        fx(dialog::content);
        String a3 = fx(() -> {
            dialog.choose(PaperSize.A3, true, 3);
            return dialog.summary();
        });
        BoardPages expected = fx(() -> PrintedPage.paginate(board, new PageSetup(PaperSize.A3, true, 3).width(),
                new PageSetup(PaperSize.A3, true, 3).height(), 3));
        assertTrue(a3.startsWith(expected.pageCount() + " sider (" + expected.across() + " i bredden × " + expected.down() + " i høyden)"), a3);
        assertTrue(a3.endsWith("Side 1 av " + expected.pageCount()), a3);
        assertEquals(new PageSetup(PaperSize.A3, true, 3), fx(dialog::setup));

        String second = fx(() -> {
            dialog.nextPage();
            return dialog.summary();
        });
        assertTrue(second.endsWith("Side 2 av " + expected.pageCount()), second);

        String a4 = fx(() -> {
            dialog.choose(PaperSize.A4, false, 1);
            return dialog.summary();
        });
        assertTrue(a4.contains("minst 9 pt"), "the sample is too wide for one A4 page at readable size: " + a4);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
