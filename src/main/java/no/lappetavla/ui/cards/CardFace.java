package no.lappetavla.ui.cards;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.CardFitting;
import no.lappetavla.model.CardFitting.Item;
import no.lappetavla.ui.cards.CardFit.CardFonts;
import no.lappetavla.ui.cards.CardFit.Columns;

/**
 * Draws one side of a printed card as a node measured in points (1/72 inch, the unit of JavaFX
 * printing), laid out like the Word file: white margin, profession colour band with role and
 * part, the task lines, and a footer with the legend and version.
 */
final class CardFace {

    static final String STYLE_FRONT = "task-card";
    static final String STYLE_BACK = "task-card-back";
    private static final Color TEXT_GREY = Color.web("#404040");
    /** The widest part marker, kept free in every band so the title never depends on the split. */
    private static final String PART_RESERVE = "  99/99";

    private final CardSize size;
    private final CardFitting.Words words = CardFit.words();
    private final double width;
    private final double height;
    private final double pad;
    private final double bandInsetX = CardSheet.points(1.5);
    private final double bandInsetY = CardSheet.points(1);
    private final double gap = CardSheet.points(1.5);
    private final double titlePt;
    private final double subPt;
    private final double footerPt;

    CardFace(CardSize size) {
        this.size = size;
        width = CardSheet.points(size.widthMm());
        height = CardSheet.points(size.heightMm());
        pad = CardSheet.points(size.paddingMm());
        titlePt = size.normalFontPt() + 2;
        subPt = size.minFontPt();
        footerPt = size.minFontPt() - 1;
    }

    CardSize size() {
        return size;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double contentWidth() {
        return width - 2 * pad;
    }

    /** Room for task lines between band and footer. */
    double bodyHeight(TaskCard c) {
        return height - 2 * pad - bandHeight(c) - gap - footerHeight(c);
    }

    Region front(CardFitting.Printed<Columns> p) {
        Pane card = blank(STYLE_FRONT);
        double bodyTop = band(card, p);
        body(card, p.front(), p.frontColumns(), bodyTop);
        double y = height - pad - footerHeight(p.card());
        Text legend = text(words.legend(), CardFonts.body(footerPt), contentWidth(), TEXT_GREY, pad, y);
        card.getChildren().add(legend);
        String meta = words.meta(p.card());
        if (!meta.isEmpty()) {
            card.getChildren().add(text(meta, CardFonts.body(footerPt), contentWidth(), TEXT_GREY, pad,
                    y + legend.getLayoutBounds().getHeight()));
        }
        return card;
    }

    /** The back: the same band, so a card and its back are easy to match, and contacts and reminders. */
    Region back(CardFitting.Printed<Columns> p) {
        Pane card = blank(STYLE_BACK);
        body(card, p.back(), p.backColumns(), band(card, p));
        return card;
    }

    private Pane blank(String style) {
        Pane card = new Pane();
        card.getStyleClass().add(style);
        card.setBackground(Background.fill(Color.WHITE));
        card.setMinSize(width, height);
        card.setPrefSize(width, height);
        card.setMaxSize(width, height);
        card.resize(width, height);
        card.setClip(new Rectangle(width, height));
        return card;
    }

    /** Draws the colour band; returns where the body starts. */
    private double band(Pane card, CardFitting.Printed<Columns> p) {
        TaskCard c = p.card();
        Color fill = Color.web(c.colour());
        Color ink = Color.web(c.colourValue().textColour().hex());
        double bandHeight = bandHeight(c);
        Rectangle band = new Rectangle(pad, pad, contentWidth(), bandHeight);
        band.setFill(fill);
        band.setArcWidth(3);
        band.setArcHeight(3);
        card.getChildren().add(band);
        Font titleFont = CardFonts.bold(titlePt);
        double x = pad + bandInsetX;
        double y = pad + bandInsetY;
        Text title = text(CardFitting.title(c), titleFont, titleWidth(), ink, x, y);
        card.getChildren().add(title);
        if (p.parts() > 1) {
            String part = p.part() + "/" + p.parts();
            card.getChildren().add(text(part, titleFont, 0, ink, pad + contentWidth() - bandInsetX - CardFit.width(part, titleFont), y));
        }
        String sub = CardFitting.subtitle(c);
        if (!sub.isEmpty()) {
            card.getChildren().add(text(sub, CardFonts.body(subPt), bandTextWidth(), ink, x, y + title.getLayoutBounds().getHeight()));
        }
        return pad + bandHeight + gap;
    }

    private void body(Pane card, List<Item> items, Columns columns, double top) {
        Font font = CardFonts.body(columns.fontPt());
        double y = top;
        for (Item item : items) {
            if (!item.marker().isEmpty()) {
                card.getChildren().add(text(item.marker(), font, 0, Color.BLACK, pad, y));
            }
            if (item.kind() == Item.Kind.TASK && !item.time().isEmpty() && columns.timeInColumn(item)) {
                card.getChildren().add(text(item.time(), font, 0, Color.BLACK, pad + columns.markerWidth(), y));
            }
            Text t = columns.text(item);
            place(t, Color.BLACK, pad + columns.textX(item), y);
            card.getChildren().add(t);
            y += t.getLayoutBounds().getHeight();
        }
    }

    private double bandHeight(TaskCard c) {
        double h = 2 * bandInsetY + measure(CardFitting.title(c), CardFonts.bold(titlePt), titleWidth());
        String sub = CardFitting.subtitle(c);
        return sub.isEmpty() ? h : h + measure(sub, CardFonts.body(subPt), bandTextWidth());
    }

    private double footerHeight(TaskCard c) {
        String meta = words.meta(c);
        Font f = CardFonts.body(footerPt);
        return measure(words.legend(), f, contentWidth()) + (meta.isEmpty() ? 0 : measure(meta, f, contentWidth()));
    }

    private double bandTextWidth() {
        return contentWidth() - 2 * bandInsetX;
    }

    private double titleWidth() {
        return bandTextWidth() - CardFit.width(PART_RESERVE, CardFonts.bold(titlePt));
    }

    private static double measure(String s, Font font, double wrap) {
        Text t = new Text(s);
        t.setFont(font);
        t.setWrappingWidth(wrap);
        return t.getLayoutBounds().getHeight();
    }

    /** A text whose top-left corner is at x, y; wrap 0 keeps it on one line. */
    private static Text text(String s, Font font, double wrap, Color fill, double x, double y) {
        Text t = new Text(s);
        t.setFont(font);
        t.setWrappingWidth(wrap);
        place(t, fill, x, y);
        return t;
    }

    private static void place(Text t, Color fill, double x, double y) {
        t.setFill(fill);
        t.setTextOrigin(VPos.TOP);
        t.setLayoutX(x);
        t.setLayoutY(y);
    }
}
