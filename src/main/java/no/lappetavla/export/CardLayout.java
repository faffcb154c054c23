package no.lappetavla.export;

import java.util.ArrayList;
import java.util.List;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.CardFitting;
import no.lappetavla.model.CardFitting.Item;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.TaskCard;

/**
 * The Word file's card geometry: the sizes of the band, body and footer (the same for every card
 * of a document, because cards in a row share table rows), and how many lines a paragraph takes
 * in Arial ({@link TextMeasure}). With that {@link CardFitting} decides the body font of each card
 * and where a card too long for one continues on the next.
 */
final class CardLayout {

    static final double LINE_FACTOR = 1.2;
    /** The widest part marker reserved in every band, so the band height never depends on the split. */
    private static final String PART_RESERVE = "  99/99";

    /** How the items of one card side sit at one body font: the width of their time column. */
    record Columns(double fontPt, int timeWidth) {
    }

    final CardSize size;
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
    final CardFitting.Words words;
    private final CardFitting<Columns> fitting;

    CardLayout(CardSize size, Texts texts, List<TaskCard> cards) {
        this.size = size;
        words = new CardFitting.Words(texts.get("cards.responsible"),
                texts.get("cards.assists"), texts.get("cards.afterTraining"), texts.get("cards.noTasks"),
                texts.get("cards.contacts"), texts.get("cards.reminders"), texts.get("cards.draftToday"),
                v -> texts.format("cards.version", v), a -> texts.format("cards.approvedBy", a));
        fitting = new CardFitting<>(size, measure(), words);
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

    int bandLines(TaskCard c, boolean withPart) {
        return TextMeasure.wrap(CardFitting.title(c) + (withPart ? PART_RESERVE : ""), titlePt, true, bandTextWidth()).size();
    }

    int subLines(TaskCard c) {
        String sub = CardFitting.subtitle(c);
        return sub.isEmpty() ? 0 : TextMeasure.wrap(sub, subPt, false, bandTextWidth()).size();
    }

    private int footerLines(TaskCard c) {
        String meta = words.meta(c);
        return TextMeasure.wrap(words.legend(), footerPt, false, contentWidth).size()
                + (meta.isEmpty() ? 0 : TextMeasure.wrap(meta, footerPt, false, contentWidth).size());
    }

    /** Width of the marker column: the wider of the two markers and a space. */
    int markerWidth(double fontPt) {
        return TextMeasure.width(CardFitting.RESPONSIBLE + "  ", fontPt, false);
    }

    /** Width of the time column, the same for all parts of a card side. */
    int timeWidth(List<Item> items, double fontPt) {
        return (int) CardFitting.timeColumn(items, t -> TextMeasure.width(t, fontPt, false), contentWidth);
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

    CardFitting.Fitted<Columns> fit(List<TaskCard> cards, boolean withBack) {
        return fitting.fit(cards, withBack);
    }

    private CardFitting.Measure<Columns> measure() {
        return new CardFitting.Measure<>() {
            @Override
            public Columns columns(List<Item> items, double fontPt) {
                return new Columns(fontPt, timeWidth(items, fontPt));
            }

            /** Whole lines, so that what fits is exactly what Word shows at an exact line height. */
            @Override
            public double room(TaskCard card, double fontPt) {
                return capacity(fontPt);
            }

            @Override
            public double height(Item item, Columns columns) {
                return lines(item, columns.timeWidth(), columns.fontPt()).size();
            }

            @Override
            public List<Item> cut(Item item, Columns columns, double room) {
                return cutToFit(item, columns.timeWidth(), columns.fontPt(), (int) room);
            }
        };
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
}
