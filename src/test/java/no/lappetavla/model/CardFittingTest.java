package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.lappetavla.model.CardFitting.Item;
import org.junit.jupiter.api.Test;

class CardFittingTest {

    /** Room for a body 100 units high; an item is one line per text line, a line as high as the font. */
    private static class Lines implements CardFitting.Measure<Double> {

        @Override
        public Double columns(List<Item> items, double fontPt) {
            return fontPt;
        }

        @Override
        public double room(TaskCard card, double fontPt) {
            return 100;
        }

        @Override
        public double height(Item item, Double fontPt) {
            return fontPt * item.text().split("\n", -1).length;
        }
    }

    /** Cuts an item at its line ends, as the Word export does with a task longer than a card. */
    private static final class CuttingLines extends Lines {

        @Override
        public List<Item> cut(Item item, Double fontPt, double room) {
            return Stream.of(item.text().split("\n")).map(t -> new Item(item.kind(), "", "", t)).toList();
        }
    }

    private static final CardFitting.Words WORDS = new CardFitting.Words("ansvar", "bistår/kan", "etter opplæring",
            "Ingen oppgaver", "Kontakt ved behov", "Husk", "Utkast", v -> "Versjon " + v, a -> "Godkjent av " + a);

    /** A6: normal 10 pt, minimum 9 pt, so 10 lines fit at 10 pt, 10 at 9.5 pt and 11 at 9 pt. */
    private final CardFitting<Double> fitting = new CardFitting<>(CardSize.A6, new Lines(), WORDS);

    private static TaskCard card(String role, int lines, List<String> contacts, List<String> reminders) {
        List<TaskCard.Line> l = IntStream.range(0, lines)
                .mapToObj(i -> new TaskCard.Line("07:" + i, "Oppgave " + i, RoleTask.Kind.RESPONSIBLE, false)).toList();
        return new TaskCard(role, "SPL", "Sykepleier", "#77AADD", "", "", l, contacts, reminders, "", "", "",
                TaskCard.Basis.ROLE);
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    @Test
    void aCardThatFitsKeepsTheNormalFontAndIsNotReported() {
        CardFitting.Fitted<Double> f = fitting.fit(List.of(card("Fits", 10, List.of(), List.of())), false);
        assertEquals(1, f.printed().size());
        assertEquals(10.0, f.printed().getFirst().frontColumns());
        assertEquals(1, f.printed().getFirst().parts());
        assertTrue(f.adjustments().isEmpty());
    }

    @Test
    void aCardSlightlyTooLongShrinksToTheLargestFontThatFits() {
        CardFitting.Fitted<Double> f = fitting.fit(List.of(card("Tett", 11, List.of(), List.of())), false);
        assertEquals(1, f.printed().size());
        assertEquals(9.0, f.printed().getFirst().frontColumns());
        CardFitting.Adjustment a = f.adjustments().getFirst();
        assertEquals("Tett", a.roleName());
        assertTrue(a.shrunk());
        assertFalse(a.continued());
        assertEquals(9.0, a.fontPt());
        assertEquals(10.0, a.normalFontPt());
    }

    @Test
    void aCardTooLongAtTheMinimumContinuesInOrderWithNothingLeftOut() {
        TaskCard c = card("Langt", 25, List.of(), List.of());
        CardFitting.Fitted<Double> f = fitting.fit(List.of(c), false);
        List<CardFitting.Printed<Double>> parts = f.printed();
        assertEquals(List.of(11, 11, 3), parts.stream().map(p -> p.front().size()).toList());
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(i + 1, parts.get(i).part());
            assertEquals(3, parts.get(i).parts());
            assertEquals(9.0, parts.get(i).frontColumns());
        }
        List<String> all = parts.stream().flatMap(p -> texts(p.front()).stream()).toList();
        assertEquals(c.lines().stream().map(TaskCard.Line::text).toList(), all);
        CardFitting.Adjustment a = f.adjustments().getFirst();
        assertTrue(a.continued());
        assertEquals(3, a.parts());
        assertEquals(CardSize.A6.minFontPt(), a.fontPt());
    }

    @Test
    void aHeadingMovesToTheNextCardWithItsFirstLine() {
        // 10 tasks, then the contacts heading and one contact: 12 lines, too many even at 9 pt.
        CardFitting.Fitted<Double> f = fitting.fit(List.of(card("Kontakt", 10, List.of("Vakthavende 123"), List.of())), false);
        assertEquals(2, f.printed().size());
        assertEquals(10, f.printed().get(0).front().size());
        assertEquals(List.of("Kontakt ved behov", "Vakthavende 123"), texts(f.printed().get(1).front()));
        assertEquals(Item.Kind.HEADING, f.printed().get(1).front().getFirst().kind());
    }

    @Test
    void withBacksTheLongerSideDecidesThePartsAndTheSmallerFontIsReported() {
        List<String> reminders = IntStream.range(0, 11).mapToObj(i -> "Husk " + i).toList();
        CardFitting.Fitted<Double> f = fitting.fit(List.of(card("Bak", 3, List.of(), reminders)), true);
        // The back holds the Husk heading and 11 lines: 12 at 9 pt, two cards; the front's 3 tasks stay on the first.
        assertEquals(2, f.printed().size());
        assertEquals(3, f.printed().get(0).front().size());
        assertTrue(f.printed().get(1).front().isEmpty());
        assertEquals(10.0, f.printed().get(0).frontColumns());
        assertEquals(9.0, f.printed().get(0).backColumns());
        assertEquals(12, f.printed().get(0).back().size() + f.printed().get(1).back().size());
        assertEquals(9.0, f.adjustments().getFirst().fontPt());
    }

    @Test
    void anEmptyBackGetsItsHeadingsAndRoomToWriteByHand() {
        CardFitting.Printed<Double> p = fitting.fit(List.of(card("Tom", 2, List.of(), List.of())), true).printed().getFirst();
        assertEquals(List.of("Kontakt ved behov", "", "", "", "Husk"), texts(p.back()));
        assertEquals(Item.Kind.HEADING, p.back().getFirst().kind());
        assertEquals(Item.Kind.HEADING, p.back().getLast().kind());
        CardFitting.Printed<Double> without = fitting.fit(List.of(card("Tom", 2, List.of(), List.of())), false).printed().getFirst();
        assertTrue(without.back().isEmpty());
        assertEquals(2, without.front().size());
    }

    @Test
    void anItemTallerThanAWholeCardIsCutByTheMeasure() {
        String tall = String.join("\n", IntStream.range(0, 12).mapToObj(i -> "ord" + i).toList());
        TaskCard c = new TaskCard("Ordrik", "", "", "#77AADD", "", "", List.of(
                new TaskCard.Line("", tall, RoleTask.Kind.ASSISTS, false)), List.of(), List.of(), "", "", "", TaskCard.Basis.ROLE);
        CardFitting.Fitted<Double> kept = fitting.fit(List.of(c), false);
        assertEquals(1, kept.printed().size(), "without cutting, the tall item stands alone on one card");
        CardFitting.Fitted<Double> cut = new CardFitting<>(CardSize.A6, new CuttingLines(), WORDS).fit(List.of(c), false);
        assertEquals(List.of(11, 1), cut.printed().stream().map(p -> p.front().size()).toList());
    }

    @Test
    void itemsCarryMarkersTimesAndTheWordsGiven() {
        TaskCard c = new TaskCard("Helsefagarbeider", "HFA", "", "#77AADD", "", "", List.of(
                new TaskCard.Line("07–08", "Stell", RoleTask.Kind.RESPONSIBLE, false),
                new TaskCard.Line("", "Sårstell", RoleTask.Kind.ASSISTS, true)),
                List.of("Sykepleier 1"), List.of("Hånddesinfeksjon"), "", "", "", TaskCard.Basis.ROLE);
        assertEquals(List.of(new Item(Item.Kind.TASK, CardFitting.RESPONSIBLE, "07–08", "Stell"),
                new Item(Item.Kind.TASK, CardFitting.ASSISTS, "", "Sårstell (etter opplæring)")), fitting.taskItems(c));
        assertEquals(List.of(new Item(Item.Kind.HEADING, "", "", "Kontakt ved behov"),
                new Item(Item.Kind.PLAIN, "", "", "Sykepleier 1"),
                new Item(Item.Kind.HEADING, "", "", "Husk"),
                new Item(Item.Kind.PLAIN, CardFitting.BULLET, "", "Hånddesinfeksjon")), fitting.backItems(c));
        assertEquals(List.of(new Item(Item.Kind.PLAIN, "", "", "Ingen oppgaver")),
                fitting.taskItems(card("Ingen", 0, List.of(), List.of())));
    }

    @Test
    void bandAndFooterTextsLeaveOutWhatIsEmpty() {
        TaskCard c = new TaskCard("SPL", "spl", "", "#77AADD", "Avd. 2", "Dag", List.of(), List.of(), List.of(),
                "3", "", "Kari", TaskCard.Basis.TODAY);
        assertEquals("SPL", CardFitting.title(c), "a code equal to the role adds nothing");
        assertEquals("Dag · Avd. 2", CardFitting.subtitle(c));
        assertEquals("Versjon 3 · Godkjent av Kari · Utkast", WORDS.meta(c));
        assertEquals("● ansvar    ○ bistår/kan", WORDS.legend());
        TaskCard bare = card("Fagarbeider", 0, List.of(), List.of());
        assertEquals("Fagarbeider  SPL", CardFitting.title(bare));
        assertEquals("", CardFitting.subtitle(bare));
        assertEquals("", WORDS.meta(bare));
    }

    @Test
    void theTimeColumnFitsTheWidestLabelUpToAThirdOfTheCard() {
        List<Item> items = List.of(new Item(Item.Kind.TASK, CardFitting.RESPONSIBLE, "07", "a"),
                new Item(Item.Kind.TASK, CardFitting.RESPONSIBLE, "07–08", "b"),
                new Item(Item.Kind.TASK, CardFitting.RESPONSIBLE, "Etter middag, før kveldsmat", "c"),
                new Item(Item.Kind.PLAIN, "", "ikke en tid", "d"));
        // One unit per character: "07–08  " is 7 wide; the long label (29) is more than a third of 60.
        assertEquals(7, CardFitting.timeColumn(items, String::length, 60));
        assertEquals(29, CardFitting.timeColumn(items, String::length, 90));
        assertEquals(0, CardFitting.timeColumn(List.of(items.getLast()), String::length, 60));
    }
}
