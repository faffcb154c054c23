package no.lappetavla.ui.cards;

import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import no.lappetavla.model.CardFitting;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.TaskCard;
import no.lappetavla.ui.Messages;

/**
 * Task cards laid out on A4 portrait pages as in the Word file: a centred grid of 4, 8 or 10 cards
 * at their exact size with thin dashed cut lines; with backs, every front page is followed by its
 * back page with the columns mirrored, so that long-edge duplex puts each back behind its front.
 * Everything is measured in points, which is what JavaFX printing uses: a node 1 pt wide prints
 * 1/72 inch wide, so the pages print true to size without any scaling.
 */
public final class CardSheet {

    public static final double POINTS_PER_MM = 72 / 25.4;
    private static final Color CUT = Color.web("#808080");

    private final CardSize size;
    private final boolean back;
    private final CardFace face;
    private final CardFitting.Fitted<CardFit.Columns> fitted;

    public CardSheet(List<TaskCard> cards, CardSize size, boolean back) {
        this.size = size;
        this.back = back;
        this.face = new CardFace(size);
        this.fitted = CardFit.fit(face, cards, back);
    }

    public static double points(double mm) {
        return mm * POINTS_PER_MM;
    }

    public CardSize size() {
        return size;
    }

    public boolean withBack() {
        return back;
    }

    public double pageWidth() {
        return points(CardSize.A4_WIDTH_MM);
    }

    public double pageHeight() {
        return points(CardSize.A4_HEIGHT_MM);
    }

    public double cardWidth() {
        return face.width();
    }

    public double cardHeight() {
        return face.height();
    }

    /** Physical cards, more than the task cards when some continue. */
    public int printedCards() {
        return fitted.printed().size();
    }

    /** A4 sheets of paper. */
    public int sheets() {
        return Math.max(1, (printedCards() + size.perPage() - 1) / size.perPage());
    }

    /** Pages to print: one per sheet, two with backs. */
    public int pages() {
        return back ? 2 * sheets() : sheets();
    }

    /** One side of the i-th physical card, as the preview shows it. */
    public Region card(int index, boolean backSide) {
        CardFitting.Printed<CardFit.Columns> p = fitted.printed().get(index);
        return backSide ? face.back(p) : face.front(p);
    }

    /** One line per task card that shrank its text or continues on more cards. */
    public List<String> adjustments() {
        return fitted.adjustments().stream().map(a -> a.continued()
                ? Messages.format("cards.preview.continued", a.roleName(), a.parts(), format(a.fontPt()))
                : Messages.format("cards.preview.shrunk", a.roleName(), format(a.fontPt()), format(a.normalFontPt())))
                .toList();
    }

    /** Page i (0-based) as an A4 node whose origin is the sheet's top-left corner. */
    public Pane page(int i) {
        int sheet = back ? i / 2 : i;
        boolean backSide = back && i % 2 == 1;
        Pane page = new Pane();
        page.setBackground(Background.fill(Color.WHITE));
        page.setMinSize(pageWidth(), pageHeight());
        page.setPrefSize(pageWidth(), pageHeight());
        page.setMaxSize(pageWidth(), pageHeight());
        page.resize(pageWidth(), pageHeight());
        double w = cardWidth();
        double h = cardHeight();
        double left = (pageWidth() - size.columns() * w) / 2;
        double top = (pageHeight() - size.rows() * h) / 2;
        int first = sheet * size.perPage();
        int count = Math.min(size.perPage(), printedCards() - first);
        for (int k = 0; k < count; k++) {
            int row = k / size.columns();
            int column = k % size.columns();
            if (backSide) {
                column = size.columns() - 1 - column;
            }
            Region card = card(first + k, backSide);
            card.relocate(left + column * w, top + row * h);
            page.getChildren().add(card);
        }
        int rows = (count + size.columns() - 1) / size.columns();
        for (int r = 0; r <= rows; r++) {
            page.getChildren().add(cut(left, top + r * h, left + size.columns() * w, top + r * h));
        }
        for (int c = 0; c <= size.columns() && rows > 0; c++) {
            page.getChildren().add(cut(left + c * w, top, left + c * w, top + rows * h));
        }
        return page;
    }

    private static Line cut(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(CUT);
        l.setStrokeWidth(0.5);
        l.getStrokeDashArray().addAll(3.0, 2.0);
        return l;
    }

    private static String format(double pt) {
        return pt == Math.rint(pt) ? String.valueOf((int) pt) : String.valueOf(pt).replace('.', ',');
    }
}
