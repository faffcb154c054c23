package no.lappetavla.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.Colour;
import no.lappetavla.model.Decision;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The må/kan matrix as a landscape Word table for the meeting binder: letters with the same fills
 * as in Excel, the header row repeated on every page, and the legend below.
 */
public final class MustCanDocument {

    // A4 landscape in twentieths of a point, with 1.27 cm margins.
    private static final int PAGE_WIDTH = 16838;
    private static final int PAGE_HEIGHT = 11906;
    private static final int MARGIN = 720;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final int TIME_WIDTH = 1000;
    private static final int TASK_WIDTH = 4200;
    private static final int DURATION_WIDTH = 1000;
    private static final int RULE_WIDTH = 1300;
    private static final int FONT_SIZE = 9;

    private MustCanDocument() {
    }

    public static void write(Workshop workshop, OutputStream out) throws IOException {
        try (XWPFDocument doc = build(workshop)) {
            doc.write(out);
        }
    }

    /** Writes to the file through a temporary file, so a failed export never leaves half a file. */
    public static void write(Workshop workshop, Path file) throws IOException {
        SafeFile.write(file, out -> write(workshop, out));
    }

    static XWPFDocument build(Workshop workshop) {
        Texts texts = Texts.of("export", workshop.language());
        MustCanMatrix matrix = MustCanMatrix.of(workshop);
        XWPFDocument doc = new XWPFDocument();
        landscapeA4(doc);

        paragraph(doc, texts.format("matrix.title", workshop.title()), 16, true);
        List<String> info = new ArrayList<>();
        if (!workshop.unit().isEmpty()) {
            info.add(texts.format("matrix.unit", workshop.unit()));
        }
        if (!workshop.date().isEmpty()) {
            info.add(texts.format("matrix.date", workshop.date()));
        }
        if (!info.isEmpty()) {
            paragraph(doc, String.join("     ", info), 10, false);
        }
        matrixTable(doc, texts, matrix);
        legend(doc, texts, matrix);
        return doc;
    }

    private static void matrixTable(XWPFDocument doc, Texts texts, MustCanMatrix matrix) {
        List<Profession> professions = matrix.professions();
        boolean minutes = matrix.hasDurations();
        List<Integer> widths = new ArrayList<>(List.of(TIME_WIDTH, TASK_WIDTH));
        if (minutes) {
            widths.add(DURATION_WIDTH);
        }
        int first = widths.size();
        int left = TEXT_WIDTH - widths.stream().mapToInt(Integer::intValue).sum() - RULE_WIDTH;
        for (int i = 0; i < professions.size(); i++) {
            widths.add(left / Math.max(1, professions.size()));
        }
        widths.add(RULE_WIDTH);
        XWPFTable table = table(doc, widths);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        cell(header.getCell(0), texts.get("matrix.col.time"), true, false, "EEEEEE", Colour.BLACK);
        cell(header.getCell(1), texts.get("matrix.col.task"), true, false, "EEEEEE", Colour.BLACK);
        if (minutes) {
            cell(header.getCell(2), texts.get("matrix.col.duration"), true, false, "EEEEEE", Colour.BLACK);
        }
        for (int i = 0; i < professions.size(); i++) {
            Profession p = professions.get(i);
            cell(header.getCell(first + i), MustCanWorkbook.code(p), true, true, DecisionStyle.hex(p.colourValue()),
                    p.colourValue().textColour());
        }
        cell(header.getCell(widths.size() - 1), texts.get("matrix.col.lacksMust"), true, false, "EEEEEE", Colour.BLACK);

        for (MustCanMatrix.Row row : matrix.rows()) {
            XWPFTableRow tr = row(table, widths);
            tr.setCantSplitRow(true);
            cell(tr.getCell(0), row.task().stepLabel(), false, false, null, Colour.BLACK);
            cell(tr.getCell(1), row.task().text(), false, false, null, Colour.BLACK);
            if (minutes) {
                Integer d = row.task().durationMinutes();
                cell(tr.getCell(2), d == null ? "" : d.toString(), false, true, null, Colour.BLACK);
            }
            for (int i = 0; i < professions.size(); i++) {
                Decision d = row.cells().get(i).decision();
                cell(tr.getCell(first + i), d == null ? "" : d.letter(), true, true,
                        d == null ? null : DecisionStyle.hex(DecisionStyle.fill(d)), Colour.BLACK);
            }
            cell(tr.getCell(widths.size() - 1), row.lacksMust() ? texts.get("matrix.flag.lacksMust") : "", true, false, null,
                    Colour.parse("#882255"));
        }

        List<String> labels = new ArrayList<>(List.of("matrix.total.must", "matrix.total.can", "matrix.total.canAfterTraining"));
        if (minutes) {
            labels.add("matrix.total.minutesToday");
            labels.add("matrix.total.minutesAfter");
        }
        for (int k = 0; k < labels.size(); k++) {
            XWPFTableRow tr = row(table, widths);
            tr.setCantSplitRow(true);
            cell(tr.getCell(0), "", false, false, "EEEEEE", Colour.BLACK);
            cell(tr.getCell(1), texts.get(labels.get(k)), true, false, "EEEEEE", Colour.BLACK);
            if (minutes) {
                cell(tr.getCell(2), "", false, false, "EEEEEE", Colour.BLACK);
            }
            for (int i = 0; i < professions.size(); i++) {
                MustCanMatrix.Totals t = matrix.totals().get(i);
                Integer value = switch (k) {
                    case 0 -> t.must();
                    case 1 -> t.can();
                    case 2 -> t.canAfterTraining();
                    case 3 -> t.minutesToday();
                    default -> t.minutesAfter();
                };
                cell(tr.getCell(first + i), String.valueOf(value), true, true, "EEEEEE", Colour.BLACK);
            }
            cell(tr.getCell(widths.size() - 1), "", false, false, "EEEEEE", Colour.BLACK);
        }
    }

    private static void legend(XWPFDocument doc, Texts texts, MustCanMatrix matrix) {
        XWPFParagraph heading = paragraph(doc, texts.get("matrix.legend.title"), 13, true);
        heading.setSpacingBefore(240);
        List<Integer> widths = List.of(900, 8000);
        XWPFTable values = table(doc, widths);
        cell(values.getRow(0).getCell(0), texts.get("matrix.legend.col.value"), true, false, "EEEEEE", Colour.BLACK);
        cell(values.getRow(0).getCell(1), texts.get("matrix.legend.col.meaning"), true, false, "EEEEEE", Colour.BLACK);
        for (Decision d : Decision.values()) {
            XWPFTableRow tr = row(values, widths);
            cell(tr.getCell(0), d.letter(), true, true, DecisionStyle.hex(DecisionStyle.fill(d)), Colour.BLACK);
            cell(tr.getCell(1), texts.get(DecisionStyle.meaningKey(d)), false, false, null, Colour.BLACK);
        }
        XWPFTableRow blank = row(values, widths);
        cell(blank.getCell(0), "", false, true, null, Colour.BLACK);
        cell(blank.getCell(1), texts.get("matrix.legend.blank"), false, false, null, Colour.BLACK);

        paragraph(doc, texts.get("matrix.legend.professions"), 11, true).setSpacingBefore(160);
        XWPFTable people = table(doc, widths);
        cell(people.getRow(0).getCell(0), texts.get("matrix.legend.col.code"), true, false, "EEEEEE", Colour.BLACK);
        cell(people.getRow(0).getCell(1), texts.get("matrix.legend.col.name"), true, false, "EEEEEE", Colour.BLACK);
        for (Profession p : matrix.professions()) {
            XWPFTableRow tr = row(people, widths);
            cell(tr.getCell(0), MustCanWorkbook.code(p), true, true, DecisionStyle.hex(p.colourValue()), p.colourValue().textColour());
            cell(tr.getCell(1), p.name(), false, false, null, Colour.BLACK);
        }
        paragraph(doc, texts.get("matrix.legend.rules"), 11, true).setSpacingBefore(160);
        for (String key : List.of("matrix.legend.lacksMust", "matrix.legend.minutes", "matrix.legend.letterAlways")) {
            paragraph(doc, texts.get(key), 10, false);
        }
    }

    private static void landscapeA4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN);
        margins.setTop(m);
        margins.setBottom(m);
        margins.setLeft(m);
        margins.setRight(m);
        margins.setHeader(BigInteger.valueOf(360));
        margins.setFooter(BigInteger.valueOf(360));
        margins.setGutter(BigInteger.ZERO);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        return p;
    }

    /** A table of one row with fixed column widths and the w:tblGrid Word requires (POI leaves it out). */
    private static XWPFTable table(XWPFDocument doc, List<Integer> widths) {
        XWPFTable table = doc.createTable(1, widths.size());
        table.setWidth(widths.stream().mapToInt(Integer::intValue).sum());
        table.setWidthType(TableWidthType.DXA);
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        setWidths(table.getRow(0), widths);
        return table;
    }

    private static XWPFTableRow row(XWPFTable table, List<Integer> widths) {
        XWPFTableRow row = table.createRow();
        setWidths(row, widths);
        return row;
    }

    private static void setWidths(XWPFTableRow row, List<Integer> widths) {
        for (int i = 0; i < widths.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(widths.get(i)));
            cell.setWidthType(TableWidthType.DXA);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean centred, String fill, Colour textColour) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setSpacingAfter(0);
        p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(FONT_SIZE);
        run.setColor(DecisionStyle.hex(textColour));
        if (fill != null) {
            cell.setColor(fill);
        }
    }
}
