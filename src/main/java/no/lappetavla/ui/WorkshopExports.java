package no.lappetavla.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.model.Edit;
import no.lappetavla.model.Workshop;

/**
 * What the UI needs from the export and import layers; the app wires the implementations in.
 * Failures are IOExceptions whose message is one clear Norwegian sentence.
 */
public interface WorkshopExports {

    /**
     * A file read in and ready to apply as one undo step, with what the user should see first.
     *
     * @param summary one or two sentences: what will change
     * @param issues  one line per row skipped or not matched, and why
     */
    record Incoming(Edit edit, String summary, List<String> issues) {
    }

    /**
     * Writes task cards to .docx.
     *
     * @param size "a6", "a7" or "card"
     * @return one line per card that was shrunk or continued on another card (empty when all fit)
     */
    List<String> writeCards(Workshop workshop, String size, boolean back, Path file) throws IOException;

    /** Writes the må/kan matrix: .xlsx workbook, or a landscape Word table when the file ends in .docx. */
    void writeMatrix(Workshop workshop, Path file) throws IOException;

    /** Reads decisions back from a matrix workbook a leader edited in Excel. */
    Incoming readMatrix(Workshop workshop, Path file) throws IOException;

    /**
     * Writes printed pages of a board as a PDF, one picture per page.
     *
     * @param pngPages one PNG per page, covering the whole sheet
     * @param widthPt  sheet size in points (1/72 inch)
     */
    void writePdf(List<byte[]> pngPages, double widthPt, double heightPt, String title, Path file) throws IOException;

    /** Reads a task list (.xlsx or .csv) onto a board. */
    Incoming readTasks(Workshop workshop, String boardId, Path file) throws IOException;
}
