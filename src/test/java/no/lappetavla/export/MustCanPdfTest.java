package no.lappetavla.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Task;
import no.lappetavla.model.TaskList;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a printer gets: both matrix exports through LibreOffice to PDF. Fails when LibreOffice is missing. */
class MustCanPdfTest {

    private static final Pattern PAGE_SIZE = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts");

    @TempDir
    Path dir;

    @Test
    void workbookPrintsEveryTaskOnLandscapeA4() throws Exception {
        Workshop w = ExportSamples.withDurations(SampleWorkshop.create());
        Path file = dir.resolve("matrise.xlsx");
        MustCanWorkbook.write(w, file);
        checkPdf(w, LibreOffice.toPdf(file, dir));
    }

    @Test
    void documentPrintsEveryTaskOnLandscapeA4() throws Exception {
        Workshop w = ExportSamples.withDurations(SampleWorkshop.create());
        Path file = dir.resolve("matrise.docx");
        MustCanDocument.write(w, file);
        Path pdf = LibreOffice.toPdf(file, dir);
        checkPdf(w, pdf);
        String text = flat(LibreOffice.text(pdf));
        assertTrue(text.contains(flat("Antall M")), "totals");
        assertTrue(text.contains("Tegnforklaring"), "legend");
    }

    private static void checkPdf(Workshop w, Path pdf) throws Exception {
        String info = LibreOffice.info(pdf);
        Matcher m = PAGE_SIZE.matcher(info);
        assertTrue(m.find(), info);
        // The first page is the matrix: A4 landscape is 842 x 595 points.
        assertEquals(842, Math.round(Double.parseDouble(m.group(1))), info);
        assertEquals(595, Math.round(Double.parseDouble(m.group(2))), info);
        String text = flat(LibreOffice.text(pdf));
        List<Task> tasks = TaskList.of(w);
        for (Task t : tasks) {
            assertTrue(text.contains(flat(t.text())), "missing in the PDF: " + t.text());
        }
    }

    /** Wrapped cells break lines anywhere; compare texts with all white space removed. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }
}
