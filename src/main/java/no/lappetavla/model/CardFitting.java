package no.lappetavla.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Decides what goes on each printed card, for the Word file and the in-app preview alike: the
 * paragraphs of a card (task lines, contacts, Husk lines), the body font of each card and where a
 * card too long for one continues on the next. Nothing is ever left out: a card first shrinks its
 * body font down to the size's minimum, then continues ("1/2", "2/2"). How high a paragraph is
 * depends on the fonts of the medium, so that is asked of a {@link Measure}; the Word file and the
 * preview measure differently and can therefore differ by a line.
 *
 * @param <C> how the paragraphs of one card side sit at one font (marker and time columns), as the
 *            measure works it out and the drawing needs it again
 */
public final class CardFitting<C> {

    public static final String RESPONSIBLE = "●";
    public static final String ASSISTS = "○";
    public static final String BULLET = "•";
    private static final double FONT_STEP = 0.5;

    /** A paragraph of a card body. */
    public record Item(Kind kind, String marker, String time, String text) {

        public enum Kind { TASK, HEADING, PLAIN }
    }

    /**
     * One physical card: a part of a task card with its front and back body. The columns are the
     * whole card side's, so the time column lines up across its parts.
     */
    public record Printed<C>(TaskCard card, int part, int parts, C frontColumns, List<Item> front, C backColumns,
                             List<Item> back) {
    }

    /** A card that did not fit at its size's normal font: it shrank, continued on more cards, or both. */
    public record Adjustment(String roleName, int parts, double fontPt, double normalFontPt) {

        public boolean continued() {
            return parts > 1;
        }

        public boolean shrunk() {
            return fontPt < normalFontPt;
        }
    }

    /** The physical cards in order, and which task cards had to shrink or continue. */
    public record Fitted<C>(List<Printed<C>> printed, List<Adjustment> adjustments) {
    }

    /** What differs between media: the fonts, and so the height of each paragraph and the room for them. */
    public interface Measure<C> {

        /** How the items of one card side sit at this body font. */
        C columns(List<Item> items, double fontPt);

        /** Room for the body of this card at this font, in the unit of {@link #height}. */
        double room(TaskCard card, double fontPt);

        double height(Item item, C columns);

        /** An item taller than a whole card cut into pieces that each fit; by default it stays whole. */
        default List<Item> cut(Item item, C columns, double room) {
            return List.of(item);
        }
    }

    /** The words printed on a card, in the reader's language (the model reads no bundles). */
    public record Words(String responsible, String assists, String afterTraining, String noTasks, String contacts,
                        String reminders, String draftToday, UnaryOperator<String> version,
                        UnaryOperator<String> approvedBy) {

        public String legend() {
            return RESPONSIBLE + " " + responsible() + "    " + ASSISTS + " " + assists();
        }

        public String meta(TaskCard c) {
            return join(" · ",
                    c.version().isEmpty() ? "" : version.apply(c.version()),
                    c.date(),
                    c.approvedBy().isEmpty() ? "" : approvedBy.apply(c.approvedBy()),
                    c.basis() == TaskCard.Basis.TODAY ? draftToday() : "");
        }
    }

    private final CardSize size;
    private final Measure<C> measure;
    private final Words words;

    public CardFitting(CardSize size, Measure<C> measure, Words words) {
        this.size = size;
        this.measure = measure;
        this.words = words;
    }

    public Fitted<C> fit(List<TaskCard> cards, boolean withBack) {
        List<Printed<C>> printed = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        for (TaskCard c : cards) {
            List<Item> front = taskItems(c);
            List<Item> back = backItems(c);
            if (withBack && back.isEmpty()) {
                // An empty back still gets its headings: staff write their own contacts and reminders by hand.
                back = List.of(heading(words.contacts()), plain("", ""), plain("", ""), plain("", ""),
                        heading(words.reminders()));
            }
            if (!withBack) {
                front.addAll(back);
                back = List.of();
            }
            Split<C> f = split(c, front);
            Split<C> b = split(c, back);
            int parts = Math.max(f.chunks().size(), withBack ? b.chunks().size() : 1);
            for (int p = 0; p < parts; p++) {
                printed.add(new Printed<>(c, p + 1, parts, f.columns(), chunk(f, p), b.columns(), chunk(b, p)));
            }
            double smallest = withBack ? Math.min(f.fontPt(), b.fontPt()) : f.fontPt();
            if (parts > 1 || smallest < size.normalFontPt()) {
                adjustments.add(new Adjustment(c.roleName(), parts, smallest, size.normalFontPt()));
            }
        }
        return new Fitted<>(printed, adjustments);
    }

    public List<Item> taskItems(TaskCard c) {
        List<Item> items = new ArrayList<>();
        for (TaskCard.Line l : c.lines()) {
            String text = l.afterTraining() ? l.text() + " (" + words.afterTraining() + ")" : l.text();
            items.add(new Item(Item.Kind.TASK, l.kind() == RoleTask.Kind.RESPONSIBLE ? RESPONSIBLE : ASSISTS, l.time(), text));
        }
        if (items.isEmpty()) {
            items.add(plain("", words.noTasks()));
        }
        return items;
    }

    public List<Item> backItems(TaskCard c) {
        List<Item> items = new ArrayList<>();
        if (!c.contacts().isEmpty()) {
            items.add(heading(words.contacts()));
            c.contacts().forEach(s -> items.add(plain("", s)));
        }
        if (!c.reminders().isEmpty()) {
            items.add(heading(words.reminders()));
            c.reminders().forEach(s -> items.add(plain(BULLET, s)));
        }
        return items;
    }

    /** The band's title: role, and the profession code when it says more than the role's name. */
    public static String title(TaskCard c) {
        return c.professionCode().isEmpty() || c.professionCode().equalsIgnoreCase(c.roleName())
                ? c.roleName() : c.roleName() + "  " + c.professionCode();
    }

    public static String subtitle(TaskCard c) {
        return join(" · ", c.shift(), c.unit());
    }

    /**
     * Width of the time column: the widest time label of the items with two spaces after it, but
     * never more than a third of the card; a longer label runs in front of its text instead.
     */
    public static double timeColumn(List<Item> items, ToDoubleFunction<String> width, double contentWidth) {
        double widest = 0;
        for (Item i : items) {
            if (i.kind() == Item.Kind.TASK && !i.time().isEmpty()) {
                double w = width.applyAsDouble(i.time() + "  ");
                if (w <= contentWidth / 3) {
                    widest = Math.max(widest, w);
                }
            }
        }
        return widest;
    }

    private static Item heading(String text) {
        return new Item(Item.Kind.HEADING, "", "", text);
    }

    private static Item plain(String marker, String text) {
        return new Item(Item.Kind.PLAIN, marker, "", text);
    }

    private static <C> List<Item> chunk(Split<C> s, int index) {
        return index < s.chunks().size() ? s.chunks().get(index) : List.of();
    }

    private record Split<C>(double fontPt, C columns, List<List<Item>> chunks) {
    }

    /** The largest font from normal down to minimum at which the items fit one card; else the minimum, split. */
    private Split<C> split(TaskCard card, List<Item> items) {
        for (double f = size.normalFontPt(); f >= size.minFontPt() - 1e-9; f -= FONT_STEP) {
            Split<C> s = paginate(card, items, f);
            if (s.chunks().size() <= 1) {
                return s;
            }
        }
        return paginate(card, items, size.minFontPt());
    }

    private Split<C> paginate(TaskCard card, List<Item> items, double fontPt) {
        C columns = measure.columns(items, fontPt);
        double room = measure.room(card, fontPt);
        List<Item> pieces = new ArrayList<>();
        for (Item i : items) {
            pieces.addAll(measure.cut(i, columns, room));
        }
        List<List<Item>> chunks = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        double used = 0;
        for (int k = 0; k < pieces.size(); k++) {
            Item item = pieces.get(k);
            double need = measure.height(item, columns);
            // A heading stays with its first line.
            double keep = item.kind() == Item.Kind.HEADING && k + 1 < pieces.size()
                    ? need + measure.height(pieces.get(k + 1), columns) : need;
            if (used + keep > room && !current.isEmpty()) {
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
        return new Split<>(fontPt, columns, chunks);
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
