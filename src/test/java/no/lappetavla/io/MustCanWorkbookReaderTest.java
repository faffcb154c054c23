package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.export.MustCanWorkbook;
import no.lappetavla.model.Decision;
import no.lappetavla.model.DecisionChange;
import no.lappetavla.model.Profession;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.WorkshopHistory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MustCanWorkbookReaderTest {

    private final Workshop sample = SampleWorkshop.create();

    @TempDir
    Path dir;

    @Test
    void unchangedWorkbookGivesNoChanges() throws Exception {
        Path file = export();
        MustCanWorkbookReader.Result result = MustCanWorkbookReader.read(file, sample);
        assertEquals(List.of(), result.changes());
        assertEquals(List.of(), result.unmatchedRows());
        assertEquals(List.of(), result.unknownLetters());
    }

    @Test
    void changedLettersComeBackAsOneEdit() throws Exception {
        Path file = export();
        edit(file, sheet -> {
            set(sheet, "Sette insulin s.c.", "HFA", "K");          // K* -> K
            set(sheet, "Klargjøre frokostbord, kaffe", "MV", "m");  // K -> M, typed in lower case
            set(sheet, "Blodsukkermåling", "SPL", "");              // K -> ikke vurdert
            set(sheet, "Skittentøy/klesvask", "SPL", "-");          // nothing -> skal ikke, typed with a hyphen
            set(sheet, "Dusj/badedag", "LÆR", "X");                 // unknown letter
            row(sheet, "Pauser (forskjøvet)").getCell(1).setCellValue("Pauser (ny tekst)");
        });
        MustCanWorkbookReader.Result result = MustCanWorkbookReader.read(file, sample);

        String insulin = TaskKey.of("Sette insulin s.c.");
        assertTrue(result.changes().contains(new DecisionChange(insulin, id("HFA"), Decision.CAN, null)));
        assertTrue(result.changes().contains(new DecisionChange(TaskKey.of("Klargjøre frokostbord, kaffe"), id("MV"), Decision.MUST, null)));
        assertTrue(result.changes().contains(new DecisionChange(TaskKey.of("Blodsukkermåling"), id("SPL"), null, null)));
        assertTrue(result.changes().contains(new DecisionChange(TaskKey.of("Skittentøy/klesvask"), id("SPL"), Decision.SHOULD_NOT, null)));
        assertEquals(4, result.changes().size());
        assertEquals(1, result.unmatchedRows().size());
        assertEquals("Pauser (ny tekst)", result.unmatchedRows().getFirst().text());
        assertEquals(List.of(new MustCanWorkbookReader.UnknownLetter(
                result.unknownLetters().getFirst().rowNumber(), "LÆR", "X")), result.unknownLetters());

        WorkshopHistory history = new WorkshopHistory(sample);
        history.execute(result.edit());
        Workshop after = history.current();
        assertEquals(Decision.CAN, decision(after, "Sette insulin s.c.", "HFA"));
        assertEquals("HFA m/delegering", justification(after, "Sette insulin s.c.", "HFA"), "the begrunnelse stays");
        assertEquals(Decision.MUST, decision(after, "Klargjøre frokostbord, kaffe", "MV"));
        assertEquals(null, decision(after, "Blodsukkermåling", "SPL"));
        assertEquals(Decision.SHOULD_NOT, decision(after, "Skittentøy/klesvask", "SPL"));
        assertEquals(sample.decisions().size() + 1 - 1, after.decisions().size(), "one added, one cleared");
        assertEquals(sample.withDecisions(after.decisions()), after, "nothing but decisions changes");

        history.undo();
        assertEquals(sample, history.current());
        assertFalse(history.canUndo(), "one edit for the whole import");
    }

    @Test
    void aFileThatIsNotAWorkbookGetsAClearMessage() throws Exception {
        Path file = dir.resolve("notat.xlsx");
        Files.writeString(file, "bare tekst");
        IOException e = assertThrows(IOException.class, () -> MustCanWorkbookReader.read(file, sample));
        assertEquals("Filen notat.xlsx er ikke en Excel-arbeidsbok (.xlsx) som kan leses.", e.getMessage());
        assertEquals("bare tekst", Files.readString(file), "the file is left alone");
    }

    @Test
    void aWorkbookWithoutTheMatrixGetsAClearMessage() throws Exception {
        Path file = dir.resolve("annen.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Ark1").createRow(0).createCell(0).setCellValue("Navn");
            book.write(out);
        }
        IOException e = assertThrows(IOException.class, () -> MustCanWorkbookReader.read(file, sample));
        assertTrue(e.getMessage().startsWith("Fant ikke overskriftsraden med «Oppgave»"), e.getMessage());
    }

    private Path export() throws IOException {
        Path file = dir.resolve("matrise.xlsx");
        MustCanWorkbook.write(sample, file);
        return file;
    }

    private interface SheetChange {
        void apply(XSSFSheet sheet);
    }

    private static void edit(Path file, SheetChange change) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        change.apply(book.getSheet("Må og kan"));
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
    }

    private void set(XSSFSheet sheet, String task, String code, String letter) {
        Row header = sheet.getRow(3);
        int col = -1;
        for (Cell c : header) {
            if (c.getStringCellValue().equals(code)) {
                col = c.getColumnIndex();
            }
        }
        row(sheet, task).getCell(col).setCellValue(letter);
    }

    private static Row row(XSSFSheet sheet, String task) {
        for (Row r : sheet) {
            Cell c = r.getCell(1);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(task)) {
                return r;
            }
        }
        throw new AssertionError(task);
    }

    private String id(String code) {
        return sample.professions().stream().filter(p -> p.code().equals(code)).map(Profession::id).findFirst().orElseThrow();
    }

    private Decision decision(Workshop w, String task, String code) {
        return w.decisions().stream().filter(d -> d.taskKey().equals(TaskKey.of(task)) && d.professionId().equals(id(code)))
                .map(TaskDecision::decision).findFirst().orElse(null);
    }

    private String justification(Workshop w, String task, String code) {
        return w.decisions().stream().filter(d -> d.taskKey().equals(TaskKey.of(task)) && d.professionId().equals(id(code)))
                .map(TaskDecision::justification).findFirst().orElse(null);
    }
}
