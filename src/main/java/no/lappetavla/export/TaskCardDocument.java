package no.lappetavla.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.CardFitting;
import no.lappetavla.model.CardFitting.Item;
import no.lappetavla.model.CardFitting.Printed;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.Colour;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.TaskCards;
import no.lappetavla.model.Workshop;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Task cards as a Word document for cutting out: A4 portrait pages, each a grid of cards at their
 * exact physical size with thin dashed cut lines. The whole grid is one table whose rows have
 * exact heights, so that Word and LibreOffice break pages between card rows at the same place and
 * the back pages (optional, for long-edge duplex) line up with the fronts, their columns mirrored.
 *
 * <p>Each card is three columns (white margin, content, white margin) by six rows (margin, colour
 * band, gap, tasks, footer, margin), so that the band sits inside the printable area even where
 * the card touches the edge of the sheet.
 */
public final class TaskCardDocument {

    /** A card that did not fit at its size's normal font: it shrank, continued on more cards, or both. */
    public record Adjustment(String roleName, int parts, double fontPt, double normalFontPt) {

        public boolean continued() {
            return parts > 1;
        }

        public boolean shrunk() {
            return fontPt < normalFontPt;
        }
    }

    /**
     * What was written, so the app can tell the user.
     *
     * @param cards        task cards asked for
     * @param printedCards physical cards printed (more than cards when some continue)
     * @param pages        A4 pages, back pages included
     */
    public record Report(int cards, int printedCards, int pages, List<Adjustment> adjustments) {

        public Report {
            adjustments = List.copyOf(adjustments);
        }
    }

    private static final String FONT = "Arial";
    private static final String CUT_COLOUR = "808080";
    private static final String TEXT_GREY = "404040";
    /** Word needs a paragraph after the last table; it is kept to one point so it never adds a page. */
    private static final int CLOSING_PARAGRAPH = 20;
    /**
     * Room left below the grid for that paragraph. LibreOffice needs more than the paragraph's own
     * 20 twips (it counts the table's outer border too): with 28 it starts a blank page, with 36 not.
     */
    private static final int CLOSING_ROOM = 40;

    private TaskCardDocument() {
    }

    /** The workshop's cards ({@link TaskCards#of}) in the workshop's language. */
    public static Report write(Workshop workshop, CardSize size, boolean back, OutputStream out) throws IOException {
        return write(TaskCards.of(workshop), size, back, workshop.language(), out);
    }

    public static Report write(List<TaskCard> cards, CardSize size, boolean back, String language, OutputStream out)
            throws IOException {
        Texts texts = Texts.of("export", language);
        CardLayout layout = new CardLayout(size, texts, cards);
        CardFitting.Fitted<CardLayout.Columns> fitted = layout.fit(cards, back);
        List<Printed<CardLayout.Columns>> printed = fitted.printed();
        int sheets = Math.max(1, (printed.size() + size.perPage() - 1) / size.perPage());
        try (XWPFDocument doc = new XWPFDocument()) {
            CTBody body = doc.getDocument().getBody();
            CTTbl table = body.addNewTbl();
            tableProperties(table, layout);
            for (int sheet = 0; sheet < sheets; sheet++) {
                List<Printed<CardLayout.Columns>> onSheet = printed.subList(sheet * size.perPage(),
                        Math.min(printed.size(), (sheet + 1) * size.perPage()));
                addPage(table, layout, onSheet, false);
                if (back) {
                    addPage(table, layout, onSheet, true);
                }
            }
            emptyParagraph(body.addNewP());
            pageSetup(body.addNewSectPr(), layout);
            doc.write(out);
        }
        List<Adjustment> adjustments = fitted.adjustments().stream()
                .map(a -> new Adjustment(a.roleName(), a.parts(), a.fontPt(), a.normalFontPt())).toList();
        return new Report(cards.size(), printed.size(), back ? 2 * sheets : sheets, adjustments);
    }

    private static void tableProperties(CTTbl table, CardLayout layout) {
        CTTblPr pr = table.addNewTblPr();
        CTTblWidth width = pr.addNewTblW();
        width.setW(BigInteger.valueOf((long) layout.cardWidth * layout.size.columns()));
        width.setType(STTblWidth.DXA);
        CTTblWidth indent = pr.addNewTblInd();
        indent.setW(BigInteger.ZERO);
        indent.setType(STTblWidth.DXA);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        // No cell margins, so the column widths are the card's physical widths in Word and LibreOffice alike.
        CTTblCellMar mar = pr.addNewTblCellMar();
        for (CTTblWidth w : List.of(mar.addNewTop(), mar.addNewLeft(), mar.addNewBottom(), mar.addNewRight())) {
            w.setW(BigInteger.ZERO);
            w.setType(STTblWidth.DXA);
        }
        CTTblGrid grid = table.addNewTblGrid();
        for (int c = 0; c < layout.size.columns(); c++) {
            for (int w : columnWidths(layout)) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
        }
    }

    private static int[] columnWidths(CardLayout layout) {
        return new int[] {layout.padX, layout.contentWidth, layout.padX};
    }

    private static int[] rowHeights(CardLayout layout) {
        return new int[] {layout.padY, layout.bandHeight, layout.gap, layout.bodyHeight, layout.footerHeight, layout.padY};
    }

    private static void addPage(CTTbl table, CardLayout layout, List<Printed<CardLayout.Columns>> cards, boolean backSide) {
        CardSize size = layout.size;
        int[] heights = rowHeights(layout);
        for (int row = 0; row < size.rows(); row++) {
            for (int band = 0; band < heights.length; band++) {
                CTRow tr = table.addNewTr();
                CTTrPr trPr = tr.addNewTrPr();
                CTHeight h = trPr.addNewTrHeight();
                h.setVal(BigInteger.valueOf(heights[band]));
                h.setHRule(STHeightRule.EXACT);
                trPr.addNewCantSplit();
                for (int col = 0; col < size.columns(); col++) {
                    // Long-edge duplex turns the sheet about its vertical axis: the back of the left card is on the right.
                    int slot = row * size.columns() + (backSide ? size.columns() - 1 - col : col);
                    Printed<CardLayout.Columns> card = slot < cards.size() ? cards.get(slot) : null;
                    addCardCells(tr, layout, card, band, heights.length, backSide);
                }
            }
        }
    }

    private static void addCardCells(CTRow tr, CardLayout layout, Printed<CardLayout.Columns> card, int band, int bands,
                                     boolean backSide) {
        int[] widths = columnWidths(layout);
        for (int part = 0; part < widths.length; part++) {
            CTTc tc = tr.addNewTc();
            CTTcPr pr = tc.addNewTcPr();
            CTTblWidth w = pr.addNewTcW();
            w.setW(BigInteger.valueOf(widths[part]));
            w.setType(STTblWidth.DXA);
            if (card != null) {
                cutLines(pr, band == 0, band == bands - 1, part == 0, part == widths.length - 1);
            }
            if (card == null || part != 1) {
                emptyParagraph(tc.addNewP());
                continue;
            }
            switch (band) {
                case 1 -> bandCell(tc, pr, layout, card);
                case 3 -> bodyCell(tc, layout, backSide ? card.back() : card.front(),
                        (backSide ? card.backColumns() : card.frontColumns()).fontPt(), backSide ? 0 : card.frontColumns().timeWidth());
                case 4 -> {
                    if (backSide) {
                        emptyParagraph(tc.addNewP());
                    } else {
                        footerCell(tc, pr, layout, card.card());
                    }
                }
                default -> emptyParagraph(tc.addNewP());
            }
        }
    }

    private static void cutLines(CTTcPr pr, boolean top, boolean bottom, boolean left, boolean right) {
        if (!(top || bottom || left || right)) {
            return;
        }
        CTTcBorders borders = pr.addNewTcBorders();
        if (top) {
            cut(borders.addNewTop());
        }
        if (left) {
            cut(borders.addNewLeft());
        }
        if (bottom) {
            cut(borders.addNewBottom());
        }
        if (right) {
            cut(borders.addNewRight());
        }
    }

    private static void cut(CTBorder border) {
        border.setVal(STBorder.DASHED);
        border.setSz(BigInteger.valueOf(4));
        border.setSpace(BigInteger.ZERO);
        border.setColor(CUT_COLOUR);
    }

    private static void bandCell(CTTc tc, CTTcPr pr, CardLayout layout, Printed<CardLayout.Columns> card) {
        TaskCard c = card.card();
        Colour fill = c.colourValue();
        CTShd shd = pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill.hex().substring(1));
        String ink = fill.textColour().hex().substring(1);

        CTP title = tc.addNewP();
        // Centred: the band is as tall as the tallest band of the document, so short ones get even space.
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        CTPPr ppr = paragraph(title, CardLayout.lineHeight(layout.titlePt), layout.bandInsetX, 0, layout.titlePt);
        CTTabs tabs = ppr.addNewTabs();
        CTTabStop right = tabs.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(layout.contentWidth - 2L * layout.bandInsetX));
        run(title, CardFitting.title(c), layout.titlePt, true, ink);
        if (card.parts() > 1) {
            title.addNewR().addNewTab();
            run(title, card.part() + "/" + card.parts(), layout.titlePt, true, ink);
        }
        String subtitle = CardFitting.subtitle(c);
        if (!subtitle.isEmpty()) {
            CTP sub = tc.addNewP();
            paragraph(sub, CardLayout.lineHeight(layout.subPt), layout.bandInsetX, 0, layout.subPt);
            run(sub, subtitle, layout.subPt, false, ink);
        }
    }

    private static void bodyCell(CTTc tc, CardLayout layout, List<Item> items, double fontPt, int time) {
        if (items.isEmpty()) {
            emptyParagraph(tc.addNewP());
            return;
        }
        int line = CardLayout.lineHeight(fontPt);
        int marker = layout.markerWidth(fontPt);
        for (Item item : items) {
            CTP p = tc.addNewP();
            int hanging = layout.hanging(item, time, fontPt);
            CTPPr ppr = paragraph(p, line, hanging, hanging, fontPt);
            switch (item.kind()) {
                case HEADING -> run(p, item.text(), fontPt, true, null);
                case PLAIN -> {
                    if (!item.marker().isEmpty()) {
                        tabStop(ppr.addNewTabs(), marker);
                        run(p, item.marker(), fontPt, false, null);
                        p.addNewR().addNewTab();
                    }
                    run(p, item.text(), fontPt, false, null);
                }
                case TASK -> {
                    CTTabs tabs = ppr.addNewTabs();
                    tabStop(tabs, marker);
                    boolean column = layout.timeInColumn(item, time, fontPt);
                    if (column && time > 0) {
                        tabStop(tabs, marker + time);
                    }
                    run(p, item.marker(), fontPt, false, null);
                    p.addNewR().addNewTab();
                    if (column && time > 0) {
                        run(p, item.time(), fontPt, false, TEXT_GREY);
                        p.addNewR().addNewTab();
                    }
                    run(p, layout.flowText(item, time, fontPt), fontPt, false, null);
                }
            }
        }
    }

    private static void footerCell(CTTc tc, CTTcPr pr, CardLayout layout, TaskCard c) {
        pr.addNewVAlign().setVal(STVerticalJc.BOTTOM);
        int line = CardLayout.lineHeight(layout.footerPt);
        CTP legend = tc.addNewP();
        paragraph(legend, line, 0, 0, layout.footerPt);
        run(legend, layout.words.legend(), layout.footerPt, false, TEXT_GREY);
        String meta = layout.words.meta(c);
        if (!meta.isEmpty()) {
            CTP p = tc.addNewP();
            paragraph(p, line, 0, 0, layout.footerPt);
            run(p, meta, layout.footerPt, false, TEXT_GREY);
        }
    }

    private static void tabStop(CTTabs tabs, int position) {
        CTTabStop stop = tabs.addNewTab();
        stop.setVal(STTabJc.LEFT);
        stop.setPos(BigInteger.valueOf(position));
    }

    /** Exact line height and no spacing, so what fits is exactly what {@link CardLayout} counted. */
    private static CTPPr paragraph(CTP p, int lineTwips, int left, int hanging, double fontPt) {
        CTPPr ppr = p.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(lineTwips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        if (left > 0 || hanging > 0) {
            var ind = ppr.addNewInd();
            ind.setLeft(BigInteger.valueOf(left));
            if (hanging > 0) {
                ind.setHanging(BigInteger.valueOf(hanging));
            }
        }
        CTParaRPr mark = ppr.addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(Math.round(fontPt * 2)));
        return ppr;
    }

    private static void emptyParagraph(CTP p) {
        paragraph(p, CLOSING_PARAGRAPH, 0, 0, 1);
    }

    private static void run(CTP p, String text, double fontPt, boolean bold, String colour) {
        CTR r = p.addNewR();
        CTRPr rpr = r.addNewRPr();
        var fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        if (bold) {
            rpr.addNewB();
        }
        if (colour != null) {
            rpr.addNewColor().setVal(colour);
        }
        BigInteger halfPoints = BigInteger.valueOf(Math.round(fontPt * 2));
        rpr.addNewSz().setVal(halfPoints);
        rpr.addNewSzCs().setVal(halfPoints);
        CTText t = r.addNewT();
        t.setStringValue(text);
        if (!text.equals(text.strip())) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /**
     * A4 portrait with the grid centred; the vertical margins leave room for the closing paragraph
     * on the last page and none for another card row, so each page holds exactly one grid.
     */
    private static void pageSetup(CTSectPr sect, CardLayout layout) {
        CardSize size = layout.size;
        CTPageSz pageSize = sect.addNewPgSz();
        pageSize.setW(BigInteger.valueOf(Twips.A4_WIDTH));
        pageSize.setH(BigInteger.valueOf(Twips.A4_HEIGHT));
        int gridWidth = layout.cardWidth * size.columns();
        int gridHeight = layout.cardHeight * size.rows();
        int left = Math.max(0, (Twips.A4_WIDTH - gridWidth) / 2);
        int right = Math.max(0, Twips.A4_WIDTH - gridWidth - left);
        int spare = Math.max(0, Twips.A4_HEIGHT - gridHeight - CLOSING_ROOM);
        int top = spare / 2;
        int bottom = spare - top;
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(top));
        mar.setBottom(BigInteger.valueOf(bottom));
        mar.setLeft(BigInteger.valueOf(left));
        mar.setRight(BigInteger.valueOf(right));
        mar.setHeader(BigInteger.ZERO);
        mar.setFooter(BigInteger.ZERO);
        mar.setGutter(BigInteger.ZERO);
    }
}
