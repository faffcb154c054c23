package no.lappetavla.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.TaskCards;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

class TaskCardDocumentTest {

    private static final double TWIPS_PER_MM = 56.6929;
    private static final Workshop SAMPLE = SampleWorkshop.create();

    private record Written(TaskCardDocument.Report report, PrintedCards doc) {
    }

    private static Written write(List<TaskCard> cards, CardSize size, boolean back) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskCardDocument.Report report = TaskCardDocument.write(cards, size, back, "nb", out);
        return new Written(report, PrintedCards.read(out.toByteArray(), size));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void everyTaskLineIsOnSomeCard(CardSize size) throws IOException {
        List<TaskCard> cards = TaskCards.of(SAMPLE);
        Written w = write(cards, size, false);
        for (TaskCard card : cards) {
            String printed = oneLine(String.join(" ", w.doc().all().stream()
                    .filter(c -> c.title().startsWith(card.roleName())).map(PrintedCards.Card::body).toList()));
            for (TaskCard.Line line : card.lines()) {
                assertTrue(printed.contains(line.text()), () -> card.roleName() + " lost \"" + line.text() + "\" at " + size);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void cardsHaveTheirExactPhysicalSizeOnA4(CardSize size) throws IOException {
        Written w = write(TaskCards.of(SAMPLE), size, false);
        PrintedCards doc = w.doc();
        assertEquals(11906, doc.pageWidth());
        assertEquals(16838, doc.pageHeight());
        assertEquals(STTblLayoutType.FIXED, doc.table().getTblPr().getTblLayout().getType());
        assertEquals(size.columns() * PrintedCards.COLUMNS_PER_CARD, doc.gridColumns().size(), "tblGrid columns");
        for (PrintedCards.Page page : doc.pages()) {
            for (PrintedCards.Card c : page.cards()) {
                assertEquals(size.widthMm() * TWIPS_PER_MM, c.width(), 1.0, "card width");
                assertEquals(size.heightMm() * TWIPS_PER_MM, c.height(), 1.0, "card height");
                assertTrue(c.exact().stream().allMatch(b -> b), "every row height is exact");
                assertEquals(c.widths(), doc.gridColumns().subList(c.column() * 3, c.column() * 3 + 3), "cells match the grid");
            }
        }
        int gridWidth = size.columns() * doc.pages().getFirst().cards().getFirst().width();
        int gridHeight = size.rows() * doc.pages().getFirst().cards().getFirst().height();
        assertEquals(doc.margin("left"), doc.margin("right"), 1, "centred across");
        assertEquals(11906, doc.margin("left") + gridWidth + doc.margin("right"), 1);
        int body = 16838 - doc.margin("top") - doc.margin("bottom");
        assertTrue(body >= gridHeight + 20, "room for the closing paragraph");
        assertTrue(body < gridHeight + gridHeight / size.rows(), "no room for another card row");
        assertTrue(Math.abs(doc.margin("top") - doc.margin("bottom")) <= 1, "centred down the page");
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void pagesHoldFourEightOrTenCards(CardSize size) throws IOException {
        List<TaskCard> cards = numbered(size.perPage() + 1, 1);
        Written w = write(cards, size, false);
        assertEquals(List.of(4, 8, 10).get(size.ordinal()), size.perPage());
        assertEquals(2, w.doc().pages().size());
        assertEquals(size.perPage(), w.doc().pages().get(0).printed().size());
        assertEquals(1, w.doc().pages().get(1).printed().size());
        assertEquals(2, w.report().pages());
        assertEquals(size.perPage() + 1, w.report().printedCards());
    }

    @Test
    void bandIsFilledWithTheProfessionColour() throws IOException {
        List<TaskCard> cards = TaskCards.of(SAMPLE);
        Written w = write(cards, CardSize.A7, false);
        for (TaskCard card : cards) {
            List<PrintedCards.Card> printed = w.doc().all().stream().filter(c -> c.title().startsWith(card.roleName() + " ")).toList();
            assertFalse(printed.isEmpty(), card.roleName());
            printed.forEach(c -> assertEquals(card.colour().substring(1), c.bandFill(), card.roleName()));
        }
    }

    @Test
    void cardTooLongShrinksThenContinuesWithoutLosingALine() throws IOException {
        TaskCard longCard = card("Langt kort", 60);
        Written w = write(List.of(longCard), CardSize.ID1, false);
        List<PrintedCards.Card> parts = w.doc().all();
        assertTrue(parts.size() > 1);
        for (int i = 0; i < parts.size(); i++) {
            assertTrue(parts.get(i).title().endsWith((i + 1) + "/" + parts.size()), parts.get(i).title());
        }
        String all = oneLine(String.join(" ", parts.stream().map(PrintedCards.Card::body).toList()));
        for (TaskCard.Line l : longCard.lines()) {
            assertTrue(all.contains(l.text()), l.text());
        }
        TaskCardDocument.Adjustment a = w.report().adjustments().getFirst();
        assertEquals("Langt kort", a.roleName());
        assertEquals(parts.size(), a.parts());
        assertTrue(a.continued());
        assertEquals(CardSize.ID1.minFontPt(), a.fontPt());
    }

    @Test
    void cardSlightlyTooLongShrinksItsFontInsteadOfContinuing() throws IOException {
        CardLayout layout = new CardLayout(CardSize.A6, no.lappetavla.i18n.Texts.of("export", "nb"), List.of(card("X", 1)));
        int atNormal = layout.capacity(CardSize.A6.normalFontPt());
        Written w = write(List.of(card("Tett kort", atNormal + 1)), CardSize.A6, false);
        assertEquals(1, w.doc().all().size());
        TaskCardDocument.Adjustment a = w.report().adjustments().getFirst();
        assertTrue(a.shrunk());
        assertFalse(a.continued());
        assertTrue(a.fontPt() >= CardSize.A6.minFontPt());
        assertFalse(w.doc().all().getFirst().title().contains("1/"), "a single card has no part number");
    }

    @Test
    void taskLongerThanAWholeCardIsCutNotLost() throws IOException {
        String text = String.join(" ", IntStream.range(0, 200).mapToObj(i -> "ord" + i).toList());
        TaskCard c = new TaskCard("Ordrik", "SPL", "Sykepleier", "#77AADD", "", "", List.of(
                new TaskCard.Line("07–08", text, RoleTask.Kind.RESPONSIBLE, false)),
                List.of(), List.of(), "", "", "", TaskCard.Basis.ROLE);
        Written w = write(List.of(c), CardSize.ID1, false);
        String all = oneLine(String.join(" ", w.doc().all().stream().map(PrintedCards.Card::body).toList()));
        IntStream.range(0, 200).forEach(i -> assertTrue(all.contains("ord" + i + " ") || all.endsWith("ord" + i), "ord" + i));
    }

    @Test
    void contactsAndRemindersFollowTheTasksWithoutBack() throws IOException {
        TaskCard c = withExtras(card("Ansvarsvakt", 3));
        Written w = write(List.of(c), CardSize.A6, false);
        String body = w.doc().all().getFirst().body();
        assertTrue(body.contains("Kontakt ved behov") && body.contains("Lege: 900 00 000") && body.contains("Husk")
                && body.contains("Sjekk alarmer"), body);
        assertTrue(w.doc().all().getFirst().footer().contains("Versjon 2") && w.doc().all().getFirst().footer().contains("Godkjent av Avdelingsleder"));
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void backPageMirrorsTheColumns(CardSize size) throws IOException {
        List<TaskCard> cards = new ArrayList<>();
        numbered(size.perPage() - 1, 2).forEach(c -> cards.add(withExtras(c)));
        Written w = write(cards, size, true);
        assertEquals(2, w.doc().pages().size());
        assertEquals(2, w.report().pages());
        PrintedCards.Page front = w.doc().pages().get(0);
        PrintedCards.Page back = w.doc().pages().get(1);
        for (int r = 0; r < size.rows(); r++) {
            for (int c = 0; c < size.columns(); c++) {
                PrintedCards.Card f = front.at(r, c);
                PrintedCards.Card b = back.at(r, size.columns() - 1 - c);
                assertEquals(f.title(), b.title(), "back of row " + r + " column " + c);
                if (!f.empty()) {
                    assertTrue(b.body().contains("Kontakt ved behov") && b.body().contains("Sjekk alarmer"), b.body());
                    assertFalse(f.body().contains("Kontakt ved behov"), "contacts move to the back");
                }
            }
        }
    }

    private static TaskCard withExtras(TaskCard c) {
        return new TaskCard(c.roleName(), c.professionCode(), c.professionName(), c.colour(), c.unit(), c.shift(), c.lines(),
                List.of("Lege: 900 00 000", "Ansvarsvakt: 900 11 111"), List.of("Sjekk alarmer ved vaktstart", "Tøm skyllerom"),
                "2", "2026-11-23", "Avdelingsleder", c.basis());
    }

    /** Cards "Kort01", "Kort02" … with a few lines each, so every card is easy to find. */
    static List<TaskCard> numbered(int count, int lines) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> card(String.format("Kort%02d", i), lines)).toList();
    }

    static TaskCard card(String name, int lines) {
        List<TaskCard.Line> l = IntStream.range(0, lines).mapToObj(i -> new TaskCard.Line(
                String.format("%02d–%02d", 7 + i % 9, 8 + i % 9), name + " oppgave nummer " + (i + 1),
                i % 3 == 0 ? RoleTask.Kind.RESPONSIBLE : RoleTask.Kind.ASSISTS, i % 5 == 4)).toList();
        return new TaskCard(name, "HFA", "Helsefagarbeider", "#EEDD88", "Avdeling 2", "Dag 07:30–15:30", l,
                List.of(), List.of(), "", "", "", TaskCard.Basis.ROLE);
    }
}
