package no.lappetavla.ui.cards;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import no.lappetavla.model.CardFitting;
import no.lappetavla.model.CardFitting.Item;
import no.lappetavla.model.TaskCard;
import no.lappetavla.ui.Messages;

/**
 * The preview's and printing's measure for {@link CardFitting}: JavaFX's own text layout in points,
 * with the whole card's band and footer taken from the room, so that each card has its own body
 * height. The Word export makes the same decision with its own measure of Word's fonts, so the two
 * can differ by a line.
 */
final class CardFit {

    private CardFit() {
    }

    static CardFitting.Fitted<Columns> fit(CardFace face, List<TaskCard> cards, boolean withBack) {
        CardFitting.Measure<Columns> measure = new CardFitting.Measure<>() {
            @Override
            public Columns columns(List<Item> items, double fontPt) {
                return Columns.of(items, fontPt, face.contentWidth());
            }

            @Override
            public double room(TaskCard card, double fontPt) {
                return face.bodyHeight(card);
            }

            @Override
            public double height(Item item, Columns columns) {
                return columns.height(item);
            }
        };
        return new CardFitting<>(face.size(), measure, words()).fit(cards, withBack);
    }

    static CardFitting.Words words() {
        return new CardFitting.Words(Messages.get("cards.card.responsible"), Messages.get("cards.card.assists"),
                Messages.get("cards.card.afterTraining"), Messages.get("cards.card.noTasks"),
                Messages.get("cards.card.contacts"), Messages.get("cards.card.reminders"),
                Messages.get("cards.card.draftToday"), v -> Messages.format("cards.card.version", v),
                a -> Messages.format("cards.card.approvedBy", a));
    }

    /**
     * Where the parts of a task line sit: marker, then a time column as wide as the longest time
     * label (at most a third of the card; a longer label runs in front of its text), then the text.
     */
    record Columns(double fontPt, double contentWidth, double markerWidth, double timeWidth) {

        static Columns of(List<Item> items, double fontPt, double contentWidth) {
            Font font = CardFonts.body(fontPt);
            double widest = CardFitting.timeColumn(items, t -> width(t, font), contentWidth);
            return new Columns(fontPt, contentWidth, width(CardFitting.RESPONSIBLE + "  ", font), widest);
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
