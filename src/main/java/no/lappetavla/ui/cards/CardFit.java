package no.lappetavla.ui.cards;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.TaskCard;
import no.lappetavla.ui.Messages;

/**
 * Decides what goes on each printed card for preview and printing, measuring with JavaFX's own
 * text layout in points: a card first shrinks its body text down to the size's minimum, then
 * continues on further cards ("1/2", "2/2"). Nothing is left out. The Word export makes the same
 * decision with its own measure of Word's fonts, so the two can differ by a line.
 */
final class CardFit {

    static final String RESPONSIBLE = "●";
    static final String ASSISTS = "○";
    static final String BULLET = "•";
    private static final double FONT_STEP = 0.5;

    /** A paragraph of a card body. */
    record Item(Kind kind, String marker, String time, String text) {
        enum Kind { TASK, HEADING, PLAIN }
    }

    /**
     * One physical card: a part of a task card with its front and back body. The columns are the
     * whole card's, so the time column lines up across its parts.
     */
    record Printed(TaskCard card, int part, int parts, Columns frontColumns, List<Item> front, Columns backColumns, List<Item> back) {
    }

    /** A card that did not fit at its size's normal font: it shrank, continued on more cards, or both. */
    record Adjustment(String roleName, int parts, double fontPt, double normalFontPt) {

        boolean continued() {
            return parts > 1;
        }
    }

    /** The physical cards in order, and which task cards had to shrink or continue. */
    record Fitted(List<Printed> printed, List<Adjustment> adjustments) {
    }

    private final CardSize size;
    private final CardFace face;

    private CardFit(CardFace face) {
        this.size = face.size();
        this.face = face;
    }

    static Fitted fit(CardFace face, List<TaskCard> cards, boolean withBack) {
        return new CardFit(face).fitAll(cards, withBack);
    }

    private Fitted fitAll(List<TaskCard> cards, boolean withBack) {
        List<Printed> printed = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        for (TaskCard c : cards) {
            List<Item> front = taskItems(c);
            List<Item> back = backItems(c);
            if (withBack && back.isEmpty()) {
                // An empty back keeps its headings and room to write contacts and reminders by hand.
                back = List.of(new Item(Item.Kind.HEADING, "", "", Messages.get("cards.card.contacts")),
                        new Item(Item.Kind.PLAIN, "", "", " "), new Item(Item.Kind.PLAIN, "", "", " "),
                        new Item(Item.Kind.PLAIN, "", "", " "), new Item(Item.Kind.HEADING, "", "", Messages.get("cards.card.reminders")));
            }
            if (!withBack) {
                front.addAll(back);
                back = List.of();
            }
            double bodyHeight = face.bodyHeight(c);
            Split f = split(front, bodyHeight);
            Split b = split(back, bodyHeight);
            int parts = Math.max(f.chunks().size(), withBack ? b.chunks().size() : 1);
            Columns frontColumns = Columns.of(front, f.fontPt(), face.contentWidth());
            Columns backColumns = Columns.of(back, b.fontPt(), face.contentWidth());
            for (int p = 0; p < parts; p++) {
                printed.add(new Printed(c, p + 1, parts, frontColumns, chunk(f, p), backColumns, chunk(b, p)));
            }
            double smallest = withBack ? Math.min(f.fontPt(), b.fontPt()) : f.fontPt();
            if (parts > 1 || smallest < size.normalFontPt()) {
                adjustments.add(new Adjustment(c.roleName(), parts, smallest, size.normalFontPt()));
            }
        }
        return new Fitted(printed, adjustments);
    }

    static List<Item> taskItems(TaskCard c) {
        List<Item> items = new ArrayList<>();
        for (TaskCard.Line l : c.lines()) {
            String text = l.afterTraining() ? l.text() + " (" + Messages.get("cards.card.afterTraining") + ")" : l.text();
            items.add(new Item(Item.Kind.TASK, l.kind() == RoleTask.Kind.RESPONSIBLE ? RESPONSIBLE : ASSISTS, l.time(), text));
        }
        if (items.isEmpty()) {
            items.add(new Item(Item.Kind.PLAIN, "", "", Messages.get("cards.card.noTasks")));
        }
        return items;
    }

    static List<Item> backItems(TaskCard c) {
        List<Item> items = new ArrayList<>();
        if (!c.contacts().isEmpty()) {
            items.add(new Item(Item.Kind.HEADING, "", "", Messages.get("cards.card.contacts")));
            c.contacts().forEach(s -> items.add(new Item(Item.Kind.PLAIN, "", "", s)));
        }
        if (!c.reminders().isEmpty()) {
            items.add(new Item(Item.Kind.HEADING, "", "", Messages.get("cards.card.reminders")));
            c.reminders().forEach(s -> items.add(new Item(Item.Kind.PLAIN, BULLET, "", s)));
        }
        return items;
    }

    private static List<Item> chunk(Split s, int index) {
        return index < s.chunks().size() ? s.chunks().get(index) : List.of();
    }

    private record Split(double fontPt, List<List<Item>> chunks) {
    }

    /** The largest font from normal down to minimum at which the items fit one card; else the minimum, split. */
    private Split split(List<Item> items, double bodyHeight) {
        for (double f = size.normalFontPt(); f >= size.minFontPt() - 1e-9; f -= FONT_STEP) {
            List<List<Item>> chunks = paginate(items, f, bodyHeight);
            if (chunks.size() <= 1) {
                return new Split(f, chunks);
            }
        }
        return new Split(size.minFontPt(), paginate(items, size.minFontPt(), bodyHeight));
    }

    private List<List<Item>> paginate(List<Item> items, double fontPt, double bodyHeight) {
        Columns columns = Columns.of(items, fontPt, face.contentWidth());
        List<List<Item>> chunks = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        double used = 0;
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            double need = columns.height(item);
            // A heading stays with its first line.
            double keep = item.kind() == Item.Kind.HEADING && k + 1 < items.size() ? need + columns.height(items.get(k + 1)) : need;
            if (used + keep > bodyHeight && !current.isEmpty()) {
                chunks.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(item);
            used += need;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Where the parts of a task line sit: marker, then a time column as wide as the longest time
     * label (at most a third of the card; a longer label runs in front of its text), then the text.
     */
    record Columns(double fontPt, double contentWidth, double markerWidth, double timeWidth) {

        static Columns of(List<Item> items, double fontPt, double contentWidth) {
            Font font = CardFonts.body(fontPt);
            double widest = 0;
            for (Item i : items) {
                if (i.kind() == Item.Kind.TASK && !i.time().isEmpty()) {
                    double w = width(i.time() + "  ", font);
                    if (w <= contentWidth / 3) {
                        widest = Math.max(widest, w);
                    }
                }
            }
            return new Columns(fontPt, contentWidth, width(RESPONSIBLE + "  ", font), widest);
        }

        boolean timeInColumn(Item item) {
            return item.time().isEmpty() || width(item.time() + "  ", CardFonts.body(fontPt)) <= timeWidth;
        }

        /** Left edge of the item's text. */
        double textX(Item item) {
            return switch (item.kind()) {
                case HEADING -> 0;
                case PLAIN -> item.marker().isEmpty() ? 0 : markerWidth;
                case TASK -> markerWidth + (timeInColumn(item) ? timeWidth : 0);
            };
        }

        String flowText(Item item) {
            return item.kind() == Item.Kind.TASK && !timeInColumn(item) ? item.time() + " " + item.text() : item.text();
        }

        Font font(Item item) {
            return item.kind() == Item.Kind.HEADING ? CardFonts.bold(fontPt) : CardFonts.body(fontPt);
        }

        Text text(Item item) {
            Text t = new Text(flowText(item));
            t.setFont(font(item));
            t.setWrappingWidth(contentWidth - textX(item));
            return t;
        }

        double height(Item item) {
            return text(item).getLayoutBounds().getHeight();
        }
    }

    static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The card's fonts: Arial as in the Word file, or its metric twin Liberation Sans. */
    static final class CardFonts {

        private static final String FAMILY = Font.getFamilies().contains("Arial") ? "Arial"
                : Font.getFamilies().contains("Liberation Sans") ? "Liberation Sans" : Font.getDefault().getFamily();

        private CardFonts() {
        }

        static Font body(double pt) {
            return Font.font(FAMILY, FontWeight.NORMAL, pt);
        }

        static Font bold(double pt) {
            return Font.font(FAMILY, FontWeight.BOLD, pt);
        }
    }
}
