package no.lappetavla.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Decision;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Task;
import no.lappetavla.model.TaskList;
import no.lappetavla.model.Workshop;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MustCanWorkbookTest {

    private static final DataFormatter FORMAT = new DataFormatter();
    private static Workshop sample;
    private static XSSFWorkbook book;

    @BeforeAll
    static void writeAndReadBack(@TempDir Path dir) throws Exception {
        sample = ExportSamples.withDurations(SampleWorkshop.create());
        Path file = dir.resolve("matrise.xlsx");
        MustCanWorkbook.write(sample, file);
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheFourSheets() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Må og kan", "I dag", "Oppgavekort", "Tegnforklaring"), names);
    }

    @Test
    void titleUnitAndHeaders() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        assertEquals("Må/kan-matrise: Sykehjem dagvakt", text(sheet, 0, 0));
        assertTrue(text(sheet, 1, 0).contains("Eksempel sykehjem, avdeling 2"));
        assertTrue(text(sheet, 1, 0).contains("2026-03-02"));
        List<String> fixed = List.of("Tid", "Oppgave", "Sted", "Brukerbehov", "Kompetansebehov", "Varighet (min)");
        for (int c = 0; c < fixed.size(); c++) {
            assertEquals(fixed.get(c), text(sheet, MustCanWorkbook.HEADER_ROW, c));
        }
        List<Profession> visible = sample.professions().stream().filter(p -> !p.hidden()).toList();
        for (int i = 0; i < visible.size(); i++) {
            assertEquals(visible.get(i).code(), text(sheet, MustCanWorkbook.HEADER_ROW, MustCanWorkbook.FIRST_PROFESSION_COL + i));
            assertEquals(visible.get(i).name(), text(sheet, MustCanWorkbook.NAME_ROW, MustCanWorkbook.FIRST_PROFESSION_COL + i));
        }
        assertEquals("Mangler M", text(sheet, MustCanWorkbook.HEADER_ROW, MustCanWorkbook.FIRST_PROFESSION_COL + visible.size()));
    }

    @Test
    void everyTaskWithItsTimeAndLetters() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        MustCanMatrix matrix = MustCanMatrix.of(sample);
        for (int r = 0; r < matrix.rows().size(); r++) {
            MustCanMatrix.Row row = matrix.rows().get(r);
            int excelRow = MustCanWorkbook.FIRST_TASK_ROW + r;
            assertEquals(row.task().text(), text(sheet, excelRow, MustCanWorkbook.COL_TASK));
            assertEquals(row.task().stepLabel(), text(sheet, excelRow, MustCanWorkbook.COL_TIME));
            for (int i = 0; i < row.cells().size(); i++) {
                assertEquals(row.cells().get(i).letter(), text(sheet, excelRow, MustCanWorkbook.FIRST_PROFESSION_COL + i),
                        row.task().text());
            }
            int lacksCol = MustCanWorkbook.FIRST_PROFESSION_COL + row.cells().size();
            XSSFCell lacks = sheet.getRow(excelRow).getCell(lacksCol);
            assertEquals(CellType.FORMULA, lacks.getCellType());
            assertEquals(row.lacksMust() ? "Mangler M" : "", lacks.getStringCellValue(), row.task().text());
            String doer = sheet.getRow(excelRow).getCell(lacksCol + 1).getStringCellValue();
            assertEquals(row.doerAfterDecisions() == null ? "" : row.doerAfterDecisions().code(), doer, row.task().text());
        }
        Set<String> written = new java.util.HashSet<>();
        for (int r = MustCanWorkbook.FIRST_TASK_ROW; r <= sheet.getLastRowNum(); r++) {
            written.add(text(sheet, r, MustCanWorkbook.COL_TASK));
        }
        assertTrue(written.containsAll(TaskList.of(sample).stream().map(Task::text).toList()));
    }

    @Test
    void dropDownOffersExactlyTheLettersAndShowsTheArrow() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        List<XSSFDataValidation> validations = sheet.getDataValidations();
        assertEquals(1, validations.size());
        XSSFDataValidation v = validations.getFirst();
        assertEquals(List.of("M", "K", "K*", "–"), List.of(v.getValidationConstraint().getExplicitListValues()));
        assertTrue(v.getSuppressDropDownArrow(), "in XSSF true means the arrow is shown");
        assertFalse(sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown(), "showDropDown=1 in the file would hide the arrow");
        assertTrue(v.getEmptyCellAllowed());
        CellRangeAddress area = v.getRegions().getCellRangeAddress(0);
        int rows = MustCanMatrix.of(sample).rows().size();
        assertEquals(new CellRangeAddress(MustCanWorkbook.FIRST_TASK_ROW, MustCanWorkbook.FIRST_TASK_ROW + rows - 1,
                MustCanWorkbook.FIRST_PROFESSION_COL, MustCanWorkbook.FIRST_PROFESSION_COL + 11), area);
    }

    @Test
    void fillsFollowEveryLetter() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        var cf = sheet.getSheetConditionalFormatting();
        List<String> letters = new ArrayList<>();
        List<String> fills = new ArrayList<>();
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            ConditionalFormatting f = cf.getConditionalFormattingAt(i);
            assertEquals(MustCanWorkbook.FIRST_PROFESSION_COL, f.getFormattingRanges()[0].getFirstColumn());
            for (int k = 0; k < f.getNumberOfRules(); k++) {
                ConditionalFormattingRule rule = f.getRule(k);
                letters.add(rule.getFormula1());
                fills.add(((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex().substring(2));
            }
        }
        assertEquals(List.of("\"M\"", "\"K\"", "\"K*\"", "\"–\""), letters);
        assertEquals(List.of("6699CC", "FFCC99", "FFEE99", "DDDDDD"), fills);
        assertEquals(4, Set.copyOf(fills).size(), "every letter has its own fill");
    }

    @Test
    void totalsCountLettersAndMinutes() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        MustCanMatrix matrix = MustCanMatrix.of(sample);
        int first = MustCanWorkbook.FIRST_TASK_ROW + matrix.rows().size() + 1;
        assertEquals("Antall M", text(sheet, first, MustCanWorkbook.COL_TASK));
        assertEquals("Antall K*", text(sheet, first + 2, MustCanWorkbook.COL_TASK));
        assertEquals("Minutter per dag etter vedtak", text(sheet, first + 4, MustCanWorkbook.COL_TASK));
        for (int i = 0; i < matrix.totals().size(); i++) {
            MustCanMatrix.Totals t = matrix.totals().get(i);
            int col = MustCanWorkbook.FIRST_PROFESSION_COL + i;
            XSSFCell must = sheet.getRow(first).getCell(col);
            assertEquals(CellType.FORMULA, must.getCellType(), "recounts in Excel");
            assertEquals(t.must(), (int) must.getNumericCellValue());
            assertEquals(t.can(), (int) sheet.getRow(first + 1).getCell(col).getNumericCellValue());
            assertEquals(t.canAfterTraining(), (int) sheet.getRow(first + 2).getCell(col).getNumericCellValue(), t.profession().code());
            assertEquals(t.minutesToday(), (int) sheet.getRow(first + 3).getCell(col).getNumericCellValue());
            assertEquals(t.minutesAfter(), (int) sheet.getRow(first + 4).getCell(col).getNumericCellValue(), t.profession().code());
        }
        assertTrue(matrix.totals().stream().anyMatch(t -> t.canAfterTraining() > 0), "the K* count is really tested");
    }

    @Test
    void formulasComputeWhatTheModelSays() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (int r = MustCanWorkbook.FIRST_TASK_ROW; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                formulas++;
                CellValue computed = evaluator.evaluate(cell);
                String at = cell.getAddress() + " " + cell.getCellFormula();
                if (cell.getCachedFormulaResultType() == CellType.STRING) {
                    assertEquals(cell.getStringCellValue(), computed.getStringValue(), at);
                } else {
                    assertEquals(cell.getNumericCellValue(), computed.getNumberValue(), at);
                }
            }
        }
        int rows = MustCanMatrix.of(sample).rows().size();
        assertEquals(2 * rows + 4 * 12, formulas, "two rule columns per task, four formula totals per profession");
    }

    @Test
    void frozenPanesAndPrintSetup() {
        XSSFSheet sheet = book.getSheet("Må og kan");
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane.isFreezePane());
        assertEquals(MustCanWorkbook.FIRST_TASK_ROW, pane.getHorizontalSplitPosition());
        assertEquals(MustCanWorkbook.COL_TASK + 1, pane.getVerticalSplitPosition());
        for (String name : List.of("Må og kan", "I dag")) {
            XSSFSheet s = book.getSheet(name);
            assertTrue(s.getPrintSetup().getLandscape(), name);
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
        }
        assertEquals(new CellRangeAddress(MustCanWorkbook.HEADER_ROW, MustCanWorkbook.NAME_ROW, -1, -1), sheet.getRepeatingRows());
        assertTrue(sheet.getRow(MustCanWorkbook.FIRST_TASK_ROW).getCell(MustCanWorkbook.COL_TASK).getCellStyle().getWrapText());
        assertTrue(sheet.getColumnWidth(MustCanWorkbook.COL_TASK) >= 30 * 256);
    }

    @Test
    void todaySheetShowsWhoDoesWhat() {
        XSSFSheet sheet = book.getSheet("I dag");
        MustCanMatrix matrix = MustCanMatrix.of(sample);
        int n = matrix.professions().size();
        for (int r = 0; r < matrix.rows().size(); r++) {
            MustCanMatrix.Row row = matrix.rows().get(r);
            XSSFRow xr = sheet.getRow(MustCanWorkbook.HEADER_ROW + 1 + r);
            assertEquals(row.task().text(), xr.getCell(1).getStringCellValue());
            for (int i = 0; i < n; i++) {
                Profession p = matrix.professions().get(i);
                assertEquals(row.cells().get(i).doneToday() ? p.code() : "", xr.getCell(2 + i).getStringCellValue());
            }
            assertEquals(row.task().professionIdsToday().size(), (int) xr.getCell(2 + n).getNumericCellValue());
        }
        String findings = FORMAT.formatCellValue(sheet.getRow(MustCanWorkbook.HEADER_ROW + 1 + indexOf(matrix, "Klargjøre frokostbord, kaffe"))
                .getCell(3 + n));
        assertTrue(findings.contains("Alle gjør alt (3 yrkesgrupper)"), findings);
    }

    @Test
    void cardSheetListsEachProfessionsTasks() {
        XSSFSheet sheet = book.getSheet("Oppgavekort");
        List<String> column1 = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            column1.add(text(sheet, r, 1));
        }
        assertTrue(column1.contains("Sykepleier"));
        int spl = column1.indexOf("Sykepleier");
        int hfa = column1.indexOf("Helsefagarbeider");
        int insulin = column1.subList(spl, hfa).indexOf("Sette insulin s.c.") + spl;
        assertTrue(insulin > spl, "SPL has M on insulin");
        assertEquals("Ansvar", text(sheet, insulin, 2));
        int insulinHfa = column1.subList(hfa, column1.size()).indexOf("Sette insulin s.c.") + hfa;
        assertEquals("Bistår/kan", text(sheet, insulinHfa, 2), "HFA has K* on insulin");
    }

    @Test
    void legendNamesLettersAndProfessions() {
        XSSFSheet sheet = book.getSheet("Tegnforklaring");
        List<String> col0 = new ArrayList<>();
        List<String> col1 = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            col0.add(text(sheet, r, 0));
            col1.add(text(sheet, r, 1));
        }
        for (Decision d : Decision.values()) {
            int r = col0.indexOf(d.letter());
            assertTrue(r > 0, d.letter());
            XSSFColor fill = (XSSFColor) sheet.getRow(r).getCell(0).getCellStyle().getFillForegroundColorColor();
            assertEquals(DecisionStyle.hex(DecisionStyle.fill(d)), fill.getARGBHex().substring(2));
        }
        assertTrue(col1.contains("Må: denne yrkesgruppen må gjøre oppgaven (ansvar)"));
        for (Profession p : sample.professions()) {
            int r = col0.indexOf(p.code());
            assertTrue(r > 0, p.code());
            assertEquals(p.name(), col1.get(r));
            XSSFColor fill = (XSSFColor) sheet.getRow(r).getCell(0).getCellStyle().getFillForegroundColorColor();
            assertEquals(p.colour().substring(1), fill.getARGBHex().substring(2));
        }
    }

    @Test
    void hiddenProfessionsAndEmptyWorkshopsStillGiveAWorkbook(@TempDir Path dir) throws Exception {
        Workshop w = sample.withProfession(sample.professions().getFirst().withHidden(true)).withNotes(List.of());
        Path file = dir.resolve("tom.xlsx");
        MustCanWorkbook.write(w, file);
        try (XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = b.getSheet("Må og kan");
            assertEquals("AKS", text(sheet, MustCanWorkbook.HEADER_ROW, MustCanWorkbook.FIRST_PROFESSION_COL));
            assertEquals("Antall M", text(sheet, MustCanWorkbook.FIRST_TASK_ROW + 1, MustCanWorkbook.COL_TASK));
            assertNotNull(b.getSheet("Tegnforklaring"));
        }
    }

    @Test
    void failedWriteLeavesTheOldFileAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("matrise.xlsx");
        Files.writeString(file, "gammel");
        Workshop broken = sample.withLanguage("nb");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> SafeFile.write(file, out -> {
                    out.write(1);
                    throw new java.io.IOException("disken er full");
                }));
        assertEquals("gammel", Files.readString(file));
        assertEquals(1, Files.list(dir).count(), "no temporary file left behind");
        MustCanWorkbook.write(broken, file);
        assertTrue(Files.size(file) > 1000);
    }

    private static int indexOf(MustCanMatrix matrix, String text) {
        return matrix.rows().stream().map(r -> r.task().text()).collect(Collectors.toList()).indexOf(text);
    }

    static String text(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row);
        return r == null || r.getCell(col) == null ? "" : FORMAT.formatCellValue(r.getCell(col));
    }
}
