package no.lappetavla.export;

import java.util.ArrayList;
import java.util.List;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.TaskCard;

/**
 * Decides what goes on each printed card: the sizes of the band, body and footer (the same for
 * every card of a document, because cards in a row share table rows), the body font of each card
 * and where a card too long for one continues on the next. Nothing is ever left out: a card
 * first shrinks its body font down to the size's minimum, then continues ("1/2", "2/2").
 */
final class CardLayout {

    static final String RESPONSIBLE = "●";
    static final String ASSISTS = "○";
    static final String BULLET = "•";
    static final double LINE_FACTOR = 1.2;
    private static final double FONT_STEP = 0.5;
    /** The widest part marker reserved in every band, so the band height never depends on the split. */
    private static final String PART_RESERVE = "  99/99";

    /** A paragraph of a card body. */
    record Item(Kind kind, String marker, String time, String text) {
        enum Kind { TASK, HEADING, PLAIN }
    }

    /** One physical card: a part of a task card with its front (and back) body. */
    record Printed(TaskCard card, int part, int parts, double fontPt, int timeWidth, List<Item> front,
                   double backFontPt, List<Item> back) {
    }

    /** Which cards shrank their font or continued on further cards. */
    record Fitted(List<Printed> printed, List<TaskCardDocument.Adjustment> adjustments) {
    }

    final CardSize size;
    final Texts texts;
    final int cardWidth;
    final int cardHeight;
    final int padX;
    final int padY;
    final int contentWidth;
    final int bandInsetX;
    final int bandInsetY;
    final int gap;
    final int bandHeight;
    final int footerHeight;
    final int bodyHeight;
    final double titlePt;
    final double subPt;
    final double footerPt;

    CardLayout(CardSize size, Texts texts, List<TaskCard> cards) {
        this.size = size;
        this.texts = texts;
        cardWidth = Twips.ofMm(size.widthMm());
        cardHeight = Twips.ofMm(size.heightMm());
        padX = Twips.ofMm(size.paddingMm());
        padY = Twips.ofMm(size.paddingMm());
        contentWidth = cardWidth - 2 * padX;
        bandInsetX = Twips.ofMm(1.5);
        bandInsetY = Twips.ofMm(1);
        gap = Twips.ofMm(1.5);
        titlePt = size.normalFontPt() + 2;
        subPt = size.minFontPt();
        footerPt = size.minFontPt() - 1;
        int band = 0;
        int footer = 0;
        for (TaskCard c : cards) {
            band = Math.max(band, bandLines(c, true) * lineHeight(titlePt) + subLines(c) * lineHeight(subPt));
            footer = Math.max(footer, footerLines(c));
        }
        bandHeight = 2 * bandInsetY + band;
        footerHeight = footer * lineHeight(footerPt);
        bodyHeight = cardHeight - 2 * padY - bandHeight - gap - footerHeight;
        if (capacity(size.minFontPt()) < 1) {
            throw new IllegalArgumentException("Card band and footer leave no room for tasks");
        }
    }

    static int lineHeight(double pt) {
        return Twips.ofPt(pt * LINE_FACTOR);
    }

    int capacity(double fontPt) {
        return bodyHeight / lineHeight(fontPt);
    }

    int bandTextWidth() {
        return contentWidth - 2 * bandInsetX;
    }

    String title(TaskCard c) {
        return c.professionCode().isEmpty() || c.professionCode().equalsIgnoreCase(c.roleName())
                ? c.roleName() : c.roleName() + "  " + c.professionCode();
    }

    String subtitle(TaskCard c) {
        return join(" · ", c.shift(), c.unit());
    }

    String legend() {
        return RESPONSIBLE + " " + texts.get("cards.responsible") + "    " + ASSISTS + " " + texts.get("cards.assists");
    }

    String meta(TaskCard c) {
        return join(" · ",
                c.version().isEmpty() ? "" : texts.format("cards.version", c.version()),
                c.date(),
                c.approvedBy().isEmpty() ? "" : texts.format("cards.approvedBy", c.approvedBy()),
                c.basis() == TaskCard.Basis.TODAY ? texts.get("cards.draftToday") : "");
    }

    int bandLines(TaskCard c, boolean withPart) {
        return TextMeasure.wrap(title(c) + (withPart ? PART_RESERVE : ""), titlePt, true, bandTextWidth()).size();
    }

    int subLines(TaskCard c) {
        String sub = subtitle(c);
        return sub.isEmpty() ? 0 : TextMeasure.wrap(sub, subPt, false, bandTextWidth()).size();
    }

    private int footerLines(TaskCard c) {
        String meta = meta(c);
        return TextMeasure.wrap(legend(), footerPt, false, contentWidth).size()
                + (meta.isEmpty() ? 0 : TextMeasure.wrap(meta, footerPt, false, contentWidth).size());
    }

    /** Width of the marker column: the wider of the two markers and a space. */
    int markerWidth(double fontPt) {
        return TextMeasure.width(RESPONSIBLE + "  ", fontPt, false);
    }

    /**
     * Width of the time column: the longest time label of the card (all its parts alike), but never
     * more than a third of the card; a longer label runs in front of its text instead.
     */
    int timeWidth(List<Item> items, double fontPt) {
        int widest = 0;
        for (Item i : items) {
            if (i.kind() == Item.Kind.TASK && !i.time().isEmpty()) {
                int w = TextMeasure.width(i.time() + "  ", fontPt, false);
                if (w <= contentWidth / 3) {
                    widest = Math.max(widest, w);
                }
            }
        }
        return widest;
    }

    /** Whether the item's time sits in the time column (otherwise it runs in front of the text). */
    boolean timeInColumn(Item item, int timeWidth, double fontPt) {
        return item.time().isEmpty() || TextMeasure.width(item.time() + "  ", fontPt, false) <= timeWidth;
    }

    /** Left edge of wrapped lines of an item. */
    int hanging(Item item, int timeWidth, double fontPt) {
        return switch (item.kind()) {
            case HEADING -> 0;
            case PLAIN -> item.marker().isEmpty() ? 0 : markerWidth(fontPt);
            case TASK -> markerWidth(fontPt) + (timeInColumn(item, timeWidth, fontPt) ? timeWidth : 0);
        };
    }

    /** The words of the item as they run after its hanging indent. */
    String flowText(Item item, int timeWidth, double fontPt) {
        return item.kind() == Item.Kind.TASK && !timeInColumn(item, timeWidth, fontPt)
                ? item.time() + " " + item.text() : item.text();
    }

    List<String> lines(Item item, int timeWidth, double fontPt) {
        return TextMeasure.wrap(flowText(item, timeWidth, fontPt), fontPt, item.kind() == Item.Kind.HEADING,
                contentWidth - hanging(item, timeWidth, fontPt));
    }

    List<Item> taskItems(TaskCard c) {
        List<Item> items = new ArrayList<>();
        for (TaskCard.Line l : c.lines()) {
            String text = l.afterTraining() ? l.text() + " (" + texts.get("cards.afterTraining") + ")" : l.text();
            items.add(new Item(Item.Kind.TASK, l.kind() == RoleTask.Kind.RESPONSIBLE ? RESPONSIBLE : ASSISTS, l.time(), text));
        }
        if (items.isEmpty()) {
            items.add(new Item(Item.Kind.PLAIN, "", "", texts.get("cards.noTasks")));
        }
        return items;
    }

    List<Item> backItems(TaskCard c) {
        List<Item> items = new ArrayList<>();
        if (!c.contacts().isEmpty()) {
            items.add(new Item(Item.Kind.HEADING, "", "", texts.get("cards.contacts")));
            c.contacts().forEach(s -> items.add(new Item(Item.Kind.PLAIN, "", "", s)));
        }
        if (!c.reminders().isEmpty()) {
            items.add(new Item(Item.Kind.HEADING, "", "", texts.get("cards.reminders")));
            c.reminders().forEach(s -> items.add(new Item(Item.Kind.PLAIN, BULLET, "", s)));
        }
        return items;
    }

    Fitted fit(List<TaskCard> cards, boolean withBack) {
        List<Printed> printed = new ArrayList<>();
        List<TaskCardDocument.Adjustment> adjustments = new ArrayList<>();
        for (TaskCard c : cards) {
            List<Item> front = taskItems(c);
            List<Item> back = backItems(c);
            if (withBack && back.isEmpty()) {
                // An empty back still gets its headings: staff write their own contacts and reminders by hand.
                back = List.of(new Item(Item.Kind.HEADING, "", "", texts.get("cards.contacts")),
                        new Item(Item.Kind.PLAIN, "", "", ""), new Item(Item.Kind.PLAIN, "", "", ""),
                        new Item(Item.Kind.PLAIN, "", "", ""), new Item(Item.Kind.HEADING, "", "", texts.get("cards.reminders")));
            }
            if (!withBack) {
                front.addAll(back);
                back = List.of();
            }
            Split f = split(front);
            Split b = split(back);
            int parts = Math.max(f.chunks().size(), withBack ? b.chunks().size() : 1);
            for (int p = 0; p < parts; p++) {
                printed.add(new Printed(c, p + 1, parts, f.fontPt(), timeWidth(front, f.fontPt()), chunk(f, p),
                        b.fontPt(), chunk(b, p)));
            }
            double smallest = withBack && !back.isEmpty() ? Math.min(f.fontPt(), b.fontPt()) : f.fontPt();
            if (parts > 1 || smallest < size.normalFontPt()) {
                adjustments.add(new TaskCardDocument.Adjustment(c.roleName(), parts, smallest, size.normalFontPt()));
            }
        }
        return new Fitted(printed, adjustments);
    }

    private static List<Item> chunk(Split s, int index) {
        return index < s.chunks().size() ? s.chunks().get(index) : List.of();
    }

    private record Split(double fontPt, List<List<Item>> chunks) {
    }

    /** The largest font from normal down to minimum at which the items fit one card; else the minimum, split. */
    private Split split(List<Item> items) {
        for (double f = size.normalFontPt(); f >= size.minFontPt() - 1e-9; f -= FONT_STEP) {
            List<List<Item>> chunks = paginate(items, f);
            if (chunks.size() <= 1) {
                return new Split(f, chunks);
            }
        }
        return new Split(size.minFontPt(), paginate(items, size.minFontPt()));
    }

    private List<List<Item>> paginate(List<Item> items, double fontPt) {
        int capacity = capacity(fontPt);
        int timeWidth = timeWidth(items, fontPt);
        List<Item> pieces = new ArrayList<>();
        for (Item i : items) {
            pieces.addAll(cutToFit(i, timeWidth, fontPt, capacity));
        }
        List<List<Item>> chunks = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        int used = 0;
        for (int k = 0; k < pieces.size(); k++) {
            Item item = pieces.get(k);
            int need = lines(item, timeWidth, fontPt).size();
            // A heading stays with its first line.
            int keep = item.kind() == Item.Kind.HEADING && k + 1 < pieces.size()
                    ? need + lines(pieces.get(k + 1), timeWidth, fontPt).size() : need;
            if (used + keep > capacity && !current.isEmpty()) {
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

    /** An item longer than a whole card is cut at line ends; the pieces after the first carry no marker. */
    private List<Item> cutToFit(Item item, int timeWidth, double fontPt, int capacity) {
        List<String> lines = lines(item, timeWidth, fontPt);
        if (lines.size() <= capacity) {
            return List.of(item);
        }
        List<Item> out = new ArrayList<>();
        String flowPrefix = item.kind() == Item.Kind.TASK && !timeInColumn(item, timeWidth, fontPt) ? item.time() + " " : "";
        for (int from = 0; from < lines.size(); from += capacity) {
            String text = String.join(" ", lines.subList(from, Math.min(lines.size(), from + capacity)));
            if (from == 0) {
                out.add(new Item(item.kind(), item.marker(), item.time(),
                        flowPrefix.isEmpty() ? text : text.substring(Math.min(text.length(), flowPrefix.length()))));
            } else {
                out.add(new Item(item.kind() == Item.Kind.HEADING ? Item.Kind.HEADING : Item.Kind.PLAIN,
                        item.marker().isEmpty() ? "" : " ", "", text));
            }
        }
        return out;
    }

    private static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(separator);
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
