package no.lappetavla.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import no.lappetavla.model.CardSize;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;

/** A task-card .docx read back with POI into pages of cards, as a test sees them. */
record PrintedCards(CTSectPr section, CTTbl table, List<Integer> gridColumns, List<Page> pages) {

    /** One card slot: its column widths (margin, content, margin), row heights, band fill and texts. */
    record Card(int page, int row, int column, List<Integer> widths, List<Integer> heights, List<Boolean> exact,
                String bandFill, String title, String body, String footer) {

        int width() {
            return widths.stream().mapToInt(Integer::intValue).sum();
        }

        int height() {
            return heights.stream().mapToInt(Integer::intValue).sum();
        }

        boolean empty() {
            return title.isBlank() && body.isBlank();
        }
    }

    record Page(List<Card> cards) {

        List<Card> printed() {
            return cards.stream().filter(c -> !c.empty()).toList();
        }

        Card at(int row, int column) {
            return cards.stream().filter(c -> c.row() == row && c.column() == column).findFirst().orElseThrow();
        }
    }

    static final int ROWS_PER_CARD = 6;
    static final int COLUMNS_PER_CARD = 3;

    static PrintedCards read(byte[] docx, CardSize size) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            if (doc.getTables().size() != 1) {
                throw new AssertionError("expected one table, found " + doc.getTables().size());
            }
            XWPFTable table = doc.getTables().getFirst();
            CTTbl ct = table.getCTTbl();
            List<Integer> grid = ct.getTblGrid().getGridColList().stream().map(g -> ((BigInteger) g.getW()).intValue()).toList();
            List<XWPFTableRow> rows = table.getRows();
            int rowsPerPage = size.rows() * ROWS_PER_CARD;
            if (rows.size() % rowsPerPage != 0) {
                throw new AssertionError(rows.size() + " table rows is not a whole number of pages");
            }
            List<Page> pages = new ArrayList<>();
            for (int page = 0; page < rows.size() / rowsPerPage; page++) {
                List<Card> cards = new ArrayList<>();
                for (int r = 0; r < size.rows(); r++) {
                    int first = page * rowsPerPage + r * ROWS_PER_CARD;
                    for (int c = 0; c < size.columns(); c++) {
                        cards.add(card(rows.subList(first, first + ROWS_PER_CARD), page, r, c));
                    }
                }
                pages.add(new Page(cards));
            }
            return new PrintedCards(doc.getDocument().getBody().getSectPr(), ct, grid, pages);
        }
    }

    private static Card card(List<XWPFTableRow> rows, int page, int row, int column) {
        List<Integer> widths = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        for (XWPFTableRow r : rows) {
            CTTrPr pr = r.getCtRow().getTrPr();
            var h = pr.getTrHeightList().getFirst();
            heights.add(((BigInteger) h.getVal()).intValue());
            exact.add(h.getHRule() == STHeightRule.EXACT);
        }
        for (int k = 0; k < COLUMNS_PER_CARD; k++) {
            XWPFTableCell cell = rows.getFirst().getCell(column * COLUMNS_PER_CARD + k);
            widths.add(((BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).intValue());
        }
        XWPFTableCell band = content(rows, 1, column);
        var shd = band.getCTTc().getTcPr().getShd();
        return new Card(page, row, column, widths, heights, exact, shd == null ? null : shd.xgetFill().getStringValue(),
                band.getParagraphs().getFirst().getText(), content(rows, 3, column).getText(), content(rows, 4, column).getText());
    }

    private static XWPFTableCell content(List<XWPFTableRow> rows, int band, int column) {
        return rows.get(band).getCell(column * COLUMNS_PER_CARD + 1);
    }

    List<Card> all() {
        return pages.stream().flatMap(p -> p.printed().stream()).toList();
    }

    int pageWidth() {
        return ((BigInteger) section.getPgSz().getW()).intValue();
    }

    int pageHeight() {
        return ((BigInteger) section.getPgSz().getH()).intValue();
    }

    int margin(String side) {
        var m = section.getPgMar();
        return ((BigInteger) switch (side) {
            case "top" -> m.getTop();
            case "bottom" -> m.getBottom();
            case "left" -> m.getLeft();
            default -> m.getRight();
        }).intValue();
    }
}
