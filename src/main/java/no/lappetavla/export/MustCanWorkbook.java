package no.lappetavla.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.CardPlan;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Decision;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.Profession;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.Task;
import no.lappetavla.model.Workshop;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The må/kan matrix as an Excel workbook a ward leader can print and keep working in: letters
 * from a drop-down, fills that follow the letter, and totals that recount when letters change.
 * Sheets: "Må og kan", "I dag" (who does what today), "Oppgavekort" and "Tegnforklaring".
 */
public final class MustCanWorkbook {

    /** The letters the drop-down offers, in this order. */
    public static final List<String> LETTERS = List.of(Decision.values()).stream().map(Decision::letter).toList();

    // Layout of the "Må og kan" sheet (0-based), shared with the tests.
    static final int HEADER_ROW = 3;
    static final int NAME_ROW = 4;
    static final int FIRST_TASK_ROW = 5;
    static final int COL_TIME = 0;
    static final int COL_TASK = 1;
    static final int COL_DURATION = 5;
    static final int FIRST_PROFESSION_COL = 6;

    private static final int[] FIXED_WIDTHS = {9, 40, 13, 16, 18, 9};
    private static final int PROFESSION_WIDTH = 6;
    private static final int RULE_WIDTH = 11;
    private static final float LINE_HEIGHT = 14f;

    private MustCanWorkbook() {
    }

    public static void write(Workshop workshop, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = build(workshop)) {
            workbook.write(out);
        }
    }

    /** Writes to the file through a temporary file, so a failed export never leaves half a file. */
    public static void write(Workshop workshop, Path file) throws IOException {
        SafeFile.write(file, out -> write(workshop, out));
    }

    static XSSFWorkbook build(Workshop workshop) {
        return new Builder(workshop).build();
    }

    private static final class Builder {
        private final Workshop workshop;
        private final Texts texts;
        private final MustCanMatrix matrix;
        private final List<Profession> professions;
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private final Map<String, XSSFCellStyle> styles = new HashMap<>();

        Builder(Workshop workshop) {
            this.workshop = workshop;
            this.texts = Texts.of("export", workshop.language());
            this.matrix = MustCanMatrix.of(workshop);
            this.professions = matrix.professions();
        }

        XSSFWorkbook build() {
            mustCanSheet();
            todaySheet();
            cardsSheet();
            legendSheet();
            // Formula cells carry the model's results as cached values (far faster than evaluating
            // with POI, and the tests check both agree); Excel still recounts everything on opening.
            wb.setForceFormulaRecalculation(true);
            return wb;
        }

        // ---- Må og kan ----

        private void mustCanSheet() {
            XSSFSheet sheet = wb.createSheet(texts.get("matrix.sheet.mustCan"));
            titleRows(sheet, texts.format("matrix.title", workshop.title()));
            int n = professions.size();
            int lacksCol = FIRST_PROFESSION_COL + n;
            int doerCol = lacksCol + 1;

            XSSFRow header = sheet.createRow(HEADER_ROW);
            XSSFRow names = sheet.createRow(NAME_ROW);
            String[] fixed = {"matrix.col.time", "matrix.col.task", "matrix.col.place", "matrix.col.userNeed",
                    "matrix.col.competenceNeed", "matrix.col.duration"};
            for (int c = 0; c < fixed.length; c++) {
                headerPair(sheet, header, names, c, texts.get(fixed[c]));
                sheet.setColumnWidth(c, FIXED_WIDTHS[c] * 256);
            }
            for (int i = 0; i < n; i++) {
                Profession p = professions.get(i);
                text(header, FIRST_PROFESSION_COL + i, code(p), professionStyle(p));
                text(names, FIRST_PROFESSION_COL + i, p.name(), style("name"));
                sheet.setColumnWidth(FIRST_PROFESSION_COL + i, PROFESSION_WIDTH * 256);
            }
            headerPair(sheet, header, names, lacksCol, texts.get("matrix.col.lacksMust"));
            headerPair(sheet, header, names, doerCol, texts.get("matrix.col.doerWithoutMust"));
            sheet.setColumnWidth(lacksCol, RULE_WIDTH * 256);
            sheet.setColumnWidth(doerCol, RULE_WIDTH * 256);
            header.setHeightInPoints(2 * LINE_HEIGHT + 2);
            names.setHeightInPoints(longestName() > 12 ? 96 : 60);

            List<MustCanMatrix.Row> rows = matrix.rows();
            int last = FIRST_TASK_ROW + rows.size() - 1;
            String codes = n == 0 ? null : absoluteRange(HEADER_ROW, FIRST_PROFESSION_COL, HEADER_ROW, lacksCol - 1);
            String previousStep = null;
            for (int r = 0; r < rows.size(); r++) {
                MustCanMatrix.Row row = rows.get(r);
                Task task = row.task();
                XSSFRow xr = sheet.createRow(FIRST_TASK_ROW + r);
                boolean groupStart = r > 0 && !task.stepLabel().equals(previousStep);
                previousStep = task.stepLabel();
                text(xr, COL_TIME, task.stepLabel(), style(groupStart ? "text+" : "text"));
                text(xr, COL_TASK, task.text(), style(groupStart ? "text+" : "text"));
                text(xr, 2, task.place(), style(groupStart ? "text+" : "text"));
                text(xr, 3, task.userNeed(), style(groupStart ? "text+" : "text"));
                text(xr, 4, task.competenceNeed(), style(groupStart ? "text+" : "text"));
                XSSFCell duration = xr.createCell(COL_DURATION);
                duration.setCellStyle(style(groupStart ? "number+" : "number"));
                if (task.durationMinutes() != null) {
                    duration.setCellValue(task.durationMinutes());
                }
                for (int i = 0; i < n; i++) {
                    text(xr, FIRST_PROFESSION_COL + i, row.cells().get(i).letter(), style(groupStart ? "letter+" : "letter"));
                }
                XSSFCell lacks = xr.createCell(lacksCol);
                lacks.setCellStyle(style(groupStart ? "flag+" : "flag"));
                XSSFCell doer = xr.createCell(doerCol);
                doer.setCellStyle(style(groupStart ? "letter+" : "letter"));
                if (n > 0) {
                    int excelRow = FIRST_TASK_ROW + r;
                    String letters = range(excelRow, FIRST_PROFESSION_COL, excelRow, lacksCol - 1);
                    lacks.setCellFormula("IF(COUNTIF(" + letters + ",\"M\")=0," + quote(texts.get("matrix.flag.lacksMust")) + ",\"\")");
                    // The rule of MustCanMatrix.Totals: no M, then the first K, then the first K*.
                    doer.setCellFormula("IF(COUNTIF(" + letters + ",\"M\")>0,\"\",IFERROR(INDEX(" + codes + ",MATCH(\"K\","
                            + letters + ",0)),IFERROR(INDEX(" + codes + ",MATCH(\"K~*\"," + letters + ",0)),\"\")))");
                }
                // On a formula cell these set the cached result.
                lacks.setCellValue(row.lacksMust() ? texts.get("matrix.flag.lacksMust") : "");
                doer.setCellValue(row.doerAfterDecisions() == null ? "" : code(row.doerAfterDecisions()));
                xr.setHeightInPoints(LINE_HEIGHT * Math.max(1, linesNeeded(task)) + 3);
            }
            if (n > 0 && !rows.isEmpty()) {
                letterValidation(sheet, FIRST_TASK_ROW, last, FIRST_PROFESSION_COL, lacksCol - 1);
                letterFills(sheet, FIRST_TASK_ROW, last, FIRST_PROFESSION_COL, lacksCol - 1);
            }
            totalRows(sheet, rows.isEmpty() ? FIRST_TASK_ROW + 1 : last + 2, last, doerCol);

            sheet.createFreezePane(COL_TASK + 1, FIRST_TASK_ROW);
            printSetup(sheet, true);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, NAME_ROW, -1, -1));
        }

        private void totalRows(XSSFSheet sheet, int first, int lastTask, int doerCol) {
            List<MustCanMatrix.Totals> totals = matrix.totals();
            boolean formulas = !matrix.rows().isEmpty();
            List<String> labels = new ArrayList<>(List.of("matrix.total.must", "matrix.total.can", "matrix.total.canAfterTraining"));
            if (matrix.hasDurations()) {
                labels.add("matrix.total.minutesToday");
                labels.add("matrix.total.minutesAfter");
            }
            for (int k = 0; k < labels.size(); k++) {
                XSSFRow xr = sheet.createRow(first + k);
                text(xr, COL_TASK, texts.get(labels.get(k)), style("totalLabel"));
                for (int i = 0; i < totals.size(); i++) {
                    MustCanMatrix.Totals t = totals.get(i);
                    int col = FIRST_PROFESSION_COL + i;
                    XSSFCell cell = xr.createCell(col);
                    cell.setCellStyle(style("total"));
                    String column = formulas ? range(FIRST_TASK_ROW, col, lastTask, col) : null;
                    String formula = !formulas ? null : switch (k) {
                        case 0 -> "COUNTIF(" + column + ",\"M\")";
                        case 1 -> "COUNTIF(" + column + ",\"K\")";
                        case 2 -> "COUNTIF(" + column + ",\"K~*\")";
                        // Minutes today come from the notes, which Excel cannot see: a plain number.
                        case 3 -> null;
                        default -> "SUMIF(" + column + ",\"M\"," + absoluteRange(FIRST_TASK_ROW, COL_DURATION, lastTask, COL_DURATION)
                                + ")+SUMIF(" + absoluteRange(FIRST_TASK_ROW, doerCol, lastTask, doerCol) + ","
                                + new CellReference(HEADER_ROW, col, true, false).formatAsString() + ","
                                + absoluteRange(FIRST_TASK_ROW, COL_DURATION, lastTask, COL_DURATION) + ")";
                    };
                    if (formula != null) {
                        cell.setCellFormula(formula);
                    }
                    cell.setCellValue(switch (k) {
                        case 0 -> t.must();
                        case 1 -> t.can();
                        case 2 -> t.canAfterTraining();
                        case 3 -> t.minutesToday();
                        default -> t.minutesAfter();
                    });
                }
            }
        }

        private void letterValidation(XSSFSheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(LETTERS.toArray(String[]::new)),
                    new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
            // In XSSF "suppress" true is what shows the in-cell arrow (POI maps it the other way round).
            validation.setSuppressDropDownArrow(true);
            validation.setEmptyCellAllowed(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(texts.get("matrix.validation.title"), texts.get("matrix.validation.text"));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }

        /** Fills follow the letter through conditional formatting, so they stay right when letters change in Excel. */
        private void letterFills(XSSFSheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
            SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
            CellRangeAddress[] region = {new CellRangeAddress(firstRow, lastRow, firstCol, lastCol)};
            List<ConditionalFormattingRule> rules = new ArrayList<>();
            for (Decision d : Decision.values()) {
                ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, quote(d.letter()), null);
                PatternFormatting fill = rule.createPatternFormatting();
                fill.setFillBackgroundColor(xssf(DecisionStyle.fill(d)));
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                rules.add(rule);
            }
            // Excel takes at most three rules per call.
            cf.addConditionalFormatting(region, rules.get(0), rules.get(1));
            cf.addConditionalFormatting(region, rules.get(2), rules.get(3));
        }

        // ---- I dag ----

        private void todaySheet() {
            XSSFSheet sheet = wb.createSheet(texts.get("matrix.sheet.today"));
            titleRows(sheet, texts.format("matrix.today.title", workshop.title()));
            int n = professions.size();
            XSSFRow header = sheet.createRow(HEADER_ROW);
            text(header, 0, texts.get("matrix.col.time"), style("header"));
            text(header, 1, texts.get("matrix.col.task"), style("header"));
            for (int i = 0; i < n; i++) {
                text(header, 2 + i, code(professions.get(i)), professionStyle(professions.get(i)));
                sheet.setColumnWidth(2 + i, PROFESSION_WIDTH * 256);
            }
            text(header, 2 + n, texts.get("matrix.col.professionCount"), style("header"));
            text(header, 3 + n, texts.get("matrix.col.findings"), style("header"));
            header.setHeightInPoints(2 * LINE_HEIGHT + 2);
            sheet.setColumnWidth(0, FIXED_WIDTHS[0] * 256);
            sheet.setColumnWidth(1, FIXED_WIDTHS[1] * 256);
            sheet.setColumnWidth(2 + n, 13 * 256);
            sheet.setColumnWidth(3 + n, 36 * 256);
            int r = HEADER_ROW + 1;
            for (MustCanMatrix.Row row : matrix.rows()) {
                XSSFRow xr = sheet.createRow(r++);
                text(xr, 0, row.task().stepLabel(), style("text"));
                text(xr, 1, row.task().text(), style("text"));
                for (int i = 0; i < n; i++) {
                    Profession p = professions.get(i);
                    boolean today = row.cells().get(i).doneToday();
                    text(xr, 2 + i, today ? code(p) : "", today ? professionStyle(p) : style("letter"));
                }
                XSSFCell count = xr.createCell(2 + n);
                count.setCellValue(row.task().professionIdsToday().size());
                count.setCellStyle(style("number"));
                String findings = findings(row);
                text(xr, 3 + n, findings, style("text"));
                int lines = Math.max(wrappedLines(row.task().text(), FIXED_WIDTHS[1]), wrappedLines(findings, 36));
                xr.setHeightInPoints(LINE_HEIGHT * Math.max(1, lines) + 3);
            }
            sheet.createFreezePane(2, HEADER_ROW + 1);
            printSetup(sheet, true);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        }

        private String findings(MustCanMatrix.Row row) {
            List<String> out = new ArrayList<>();
            if (row.everyoneDoesIt()) {
                out.add(texts.format("matrix.flag.everyone", row.task().professionIdsToday().size()));
            }
            if (!row.doneTodayButShouldNot().isEmpty()) {
                out.add(texts.format("matrix.flag.shouldNot",
                        String.join(", ", row.doneTodayButShouldNot().stream().map(MustCanWorkbook::code).toList())));
            }
            return String.join("; ", out);
        }

        // ---- Oppgavekort ----

        private void cardsSheet() {
            XSSFSheet sheet = wb.createSheet(texts.get("matrix.sheet.cards"));
            titleRows(sheet, texts.format("matrix.cards.title", workshop.title()));
            sheet.setColumnWidth(0, FIXED_WIDTHS[0] * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            int r = HEADER_ROW;
            for (CardPlan.Card card : CardPlan.of(workshop)) {
                XSSFRow heading = sheet.createRow(r);
                String title = card.name();
                if (card.profession() != null && !card.profession().name().equals(card.name())) {
                    title += " (" + card.profession().name() + ")";
                }
                if (card.role() != null && !card.role().shift().isEmpty()) {
                    title += ", " + card.role().shift();
                }
                XSSFCellStyle band = card.profession() == null ? style("header") : professionStyle(card.profession());
                text(heading, 0, card.profession() == null ? "" : code(card.profession()), band);
                text(heading, 1, title, style("cardTitle"));
                text(heading, 2, "", style("cardTitle"));
                heading.setHeightInPoints(LINE_HEIGHT + 6);
                XSSFRow columns = sheet.createRow(r + 1);
                text(columns, 0, texts.get("matrix.col.time"), style("header"));
                text(columns, 1, texts.get("matrix.col.task"), style("header"));
                text(columns, 2, texts.get("matrix.col.kind"), style("header"));
                r += 2;
                for (CardPlan.Line line : card.lines()) {
                    XSSFRow xr = sheet.createRow(r++);
                    text(xr, 0, line.task().stepLabel(), style("text"));
                    text(xr, 1, line.task().text(), style("text"));
                    text(xr, 2, texts.get(line.kind() == RoleTask.Kind.RESPONSIBLE ? "matrix.kind.responsible" : "matrix.kind.assists"),
                            style("text"));
                    xr.setHeightInPoints(LINE_HEIGHT * Math.max(1, wrappedLines(line.task().text(), 60)) + 3);
                }
                r++;
            }
            printSetup(sheet, false);
        }

        // ---- Tegnforklaring ----

        private void legendSheet() {
            XSSFSheet sheet = wb.createSheet(texts.get("matrix.sheet.legend"));
            titleRows(sheet, texts.get("matrix.legend.title"));
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 90 * 256);
            int r = HEADER_ROW;
            text(sheet.createRow(r++), 0, texts.get("matrix.legend.values"), style("section"));
            XSSFRow head = sheet.createRow(r++);
            text(head, 0, texts.get("matrix.legend.col.value"), style("header"));
            text(head, 1, texts.get("matrix.legend.col.meaning"), style("header"));
            for (Decision d : Decision.values()) {
                XSSFRow xr = sheet.createRow(r++);
                text(xr, 0, d.letter(), decisionStyle(d));
                text(xr, 1, texts.get(DecisionStyle.meaningKey(d)), style("text"));
            }
            XSSFRow blank = sheet.createRow(r++);
            text(blank, 0, "", style("letter"));
            text(blank, 1, texts.get("matrix.legend.blank"), style("text"));
            r++;
            text(sheet.createRow(r++), 0, texts.get("matrix.legend.professions"), style("section"));
            XSSFRow ph = sheet.createRow(r++);
            text(ph, 0, texts.get("matrix.legend.col.code"), style("header"));
            text(ph, 1, texts.get("matrix.legend.col.name"), style("header"));
            for (Profession p : professions) {
                XSSFRow xr = sheet.createRow(r++);
                text(xr, 0, code(p), professionStyle(p));
                text(xr, 1, p.name(), style("text"));
            }
            r++;
            text(sheet.createRow(r++), 0, texts.get("matrix.legend.rules"), style("section"));
            for (String key : List.of("matrix.legend.lacksMust", "matrix.legend.doerWithoutMust", "matrix.legend.minutes",
                    "matrix.legend.letterAlways")) {
                XSSFRow xr = sheet.createRow(r++);
                text(xr, 1, texts.get(key), style("plainWrap"));
                xr.setHeightInPoints(LINE_HEIGHT * wrappedLines(texts.get(key), 90) + 3);
            }
            printSetup(sheet, false);
        }

        // ---- shared pieces ----

        private void titleRows(XSSFSheet sheet, String title) {
            XSSFRow t = sheet.createRow(0);
            text(t, 0, title, style("title"));
            t.setHeightInPoints(22);
            List<String> parts = new ArrayList<>();
            if (!workshop.unit().isEmpty()) {
                parts.add(texts.format("matrix.unit", workshop.unit()));
            }
            if (!workshop.date().isEmpty()) {
                parts.add(texts.format("matrix.date", workshop.date()));
            }
            text(sheet.createRow(1), 0, String.join("     ", parts), style("plain"));
        }

        private void headerPair(XSSFSheet sheet, XSSFRow top, XSSFRow bottom, int col, String label) {
            text(top, col, label, style("header"));
            text(bottom, col, "", style("header"));
            sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), col, col));
        }

        private static void printSetup(XSSFSheet sheet, boolean landscape) {
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(landscape);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setHorizontallyCenter(false);
            sheet.setMargin(XSSFSheet.LeftMargin, 0.4);
            sheet.setMargin(XSSFSheet.RightMargin, 0.4);
            sheet.setMargin(XSSFSheet.TopMargin, 0.5);
            sheet.setMargin(XSSFSheet.BottomMargin, 0.5);
        }

        private int longestName() {
            return professions.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        }

        private int linesNeeded(Task task) {
            return Math.max(Math.max(wrappedLines(task.text(), FIXED_WIDTHS[1]), wrappedLines(task.place(), FIXED_WIDTHS[2])),
                    Math.max(wrappedLines(task.userNeed(), FIXED_WIDTHS[3]), wrappedLines(task.competenceNeed(), FIXED_WIDTHS[4])));
        }

        private static void text(XSSFRow row, int col, String value, XSSFCellStyle style) {
            XSSFCell cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private XSSFCellStyle professionStyle(Profession p) {
            return styles.computeIfAbsent("profession:" + p.colour(), k -> {
                XSSFCellStyle s = bordered(true, false);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                fill(s, p.colourValue());
                s.setFont(font(true, 11, p.colourValue().textColour()));
                return s;
            });
        }

        private XSSFCellStyle decisionStyle(Decision d) {
            return styles.computeIfAbsent("decision:" + d, k -> {
                XSSFCellStyle s = bordered(true, false);
                s.setAlignment(HorizontalAlignment.CENTER);
                fill(s, DecisionStyle.fill(d));
                s.setFont(font(true, 11, Colour.BLACK));
                return s;
            });
        }

        /** Styles by name; a trailing "+" marks the first row of a new step with a heavier top border. */
        private XSSFCellStyle style(String name) {
            return styles.computeIfAbsent(name, k -> {
                boolean groupStart = k.endsWith("+");
                String base = groupStart ? k.substring(0, k.length() - 1) : k;
                XSSFCellStyle s;
                switch (base) {
                    case "title" -> {
                        s = wb.createCellStyle();
                        s.setFont(font(true, 14, Colour.BLACK));
                    }
                    case "plain" -> s = wb.createCellStyle();
                    case "plainWrap" -> {
                        s = wb.createCellStyle();
                        s.setWrapText(true);
                        s.setVerticalAlignment(VerticalAlignment.TOP);
                    }
                    case "section" -> {
                        s = wb.createCellStyle();
                        s.setFont(font(true, 12, Colour.BLACK));
                    }
                    case "header" -> {
                        s = bordered(true, false);
                        fill(s, Colour.parse("#EEEEEE"));
                        s.setFont(font(true, 11, Colour.BLACK));
                        s.setVerticalAlignment(VerticalAlignment.CENTER);
                    }
                    case "name" -> {
                        s = bordered(true, false);
                        s.setRotation((short) 90);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setVerticalAlignment(VerticalAlignment.BOTTOM);
                        s.setFont(font(false, 9, Colour.BLACK));
                    }
                    case "cardTitle" -> {
                        s = bordered(false, false);
                        fill(s, Colour.parse("#EEEEEE"));
                        s.setFont(font(true, 12, Colour.BLACK));
                        s.setVerticalAlignment(VerticalAlignment.CENTER);
                    }
                    case "text" -> s = bordered(true, groupStart);
                    case "number" -> {
                        s = bordered(false, groupStart);
                        s.setAlignment(HorizontalAlignment.RIGHT);
                    }
                    case "letter" -> {
                        s = bordered(false, groupStart);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setFont(font(true, 11, Colour.BLACK));
                    }
                    case "flag" -> {
                        s = bordered(true, groupStart);
                        // Wine red text: the word carries the warning, the colour only underlines it.
                        s.setFont(font(true, 10, Colour.parse("#882255")));
                    }
                    case "totalLabel" -> {
                        s = bordered(false, true);
                        s.setFont(font(true, 11, Colour.BLACK));
                    }
                    case "total" -> {
                        s = bordered(false, true);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setFont(font(true, 11, Colour.BLACK));
                    }
                    default -> throw new IllegalArgumentException(k);
                }
                return s;
            });
        }

        private XSSFCellStyle bordered(boolean wrap, boolean heavyTop) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setBorderTop(heavyTop ? BorderStyle.MEDIUM : BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static void fill(XSSFCellStyle s, Colour colour) {
            s.setFillForegroundColor(xssf(colour));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private final Map<String, XSSFFont> fonts = new HashMap<>();

        private XSSFFont font(boolean bold, int points, Colour colour) {
            return fonts.computeIfAbsent(bold + ":" + points + ":" + colour.hex(), k -> {
                XSSFFont f = wb.createFont();
                f.setBold(bold);
                f.setFontHeightInPoints((short) points);
                f.setColor(xssf(colour));
                return f;
            });
        }
    }

    static String code(Profession p) {
        return p.code().isEmpty() ? p.name() : p.code();
    }

    /**
     * Lines a text takes when wrapped in a column this many characters wide. Column widths count
     * the digit "0"; running text is narrower, word breaks cost a little, so about 0.85 per character.
     */
    static int wrappedLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        return (int) Math.ceil(text.length() * 0.85 / Math.max(1, width - 1));
    }

    private static XSSFColor xssf(Colour c) {
        // ARGB: the schema wants four bytes.
        return new XSSFColor(new byte[]{(byte) 0xFF, (byte) c.red(), (byte) c.green(), (byte) c.blue()});
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String range(int r1, int c1, int r2, int c2) {
        return new CellRangeAddress(r1, r2, c1, c2).formatAsString();
    }

    private static String absoluteRange(int r1, int c1, int r2, int c2) {
        return new CellReference(r1, c1, true, true).formatAsString() + ":" + new CellReference(r2, c2, true, true).formatAsString();
    }
}
