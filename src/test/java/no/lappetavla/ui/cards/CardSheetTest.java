package no.lappetavla.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.TaskCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Print pages in points: true A4, cards at their exact size in the Word file's grid, nothing cut off. */
@ExtendWith(ApplicationExtension.class)
class CardSheetTest {

    private final List<TaskCard> sample = TaskCards.of(SampleWorkshop.create());

    private static List<Region> cards(Parent page) {
        return page.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains(CardFace.STYLE_FRONT)
                || n.getStyleClass().contains(CardFace.STYLE_BACK)).map(n -> (Region) n).toList();
    }

    private static List<Text> texts(Node node) {
        List<Text> out = new ArrayList<>();
        if (node instanceof Text t) {
            out.add(t);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    @Test
    void anA4PageIs595By842Points(FxRobot robot) {
        CardSheet sheet = new CardSheet(sample, CardSize.A7, true);
        Region page = sheet.page(0);
        robot.interact(() -> {
            Screenshots.save(page, "print-page-a7-front");
            Screenshots.save(sheet.page(1), "print-page-a7-back");
        });
        assertEquals(595.3, page.getLayoutBounds().getWidth(), 0.05);
        assertEquals(841.9, page.getLayoutBounds().getHeight(), 0.05);
        assertEquals(595.3, sheet.pageWidth(), 0.05);
        assertEquals(841.9, sheet.pageHeight(), 0.05);
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void cardsHaveTheirExactSizeInPointsAndTileTheGrid(CardSize size) {
        CardSheet sheet = new CardSheet(sample, size, false);
        double w = size.widthMm() * 72 / 25.4;
        double h = size.heightMm() * 72 / 25.4;
        Region page = sheet.page(0);
        List<Region> onPage = cards(page);
        assertEquals(Math.min(size.perPage(), sheet.printedCards()), onPage.size());
        double left = (page.getWidth() - size.columns() * w) / 2;
        double top = (page.getHeight() - size.rows() * h) / 2;
        for (int k = 0; k < onPage.size(); k++) {
            Region card = onPage.get(k);
            assertEquals(w, card.getLayoutBounds().getWidth(), 1e-9, "card width in points");
            assertEquals(h, card.getLayoutBounds().getHeight(), 1e-9, "card height in points");
            // Bounds in parent go through float arithmetic in JavaFX: 1e-4 pt is a ten-thousandth of a point.
            assertEquals(w, card.getBoundsInParent().getWidth(), 1e-4, "nothing sticks out of the card");
            assertEquals(left + (k % size.columns()) * w, card.getBoundsInParent().getMinX(), 1e-4);
            assertEquals(top + (k / size.columns()) * h, card.getBoundsInParent().getMinY(), 1e-4);
        }
        int total = IntStream.range(0, sheet.pages()).map(i -> cards(sheet.page(i)).size()).sum();
        assertEquals(sheet.printedCards(), total, "every printed card is on some page");
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void everyTaskLineIsOnSomeCardAndNoTextRunsOffItsCard(CardSize size) {
        CardSheet sheet = new CardSheet(sample, size, false);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < sheet.printedCards(); i++) {
            Region card = sheet.card(i, false);
            for (Text t : texts(card)) {
                all.append(t.getText()).append('\n');
                assertTrue(t.getBoundsInParent().getMaxY() <= card.getHeight() + 0.01,
                        () -> size + ": text runs off its card: " + t.getText());
                assertTrue(t.getBoundsInParent().getMaxX() <= card.getWidth() + 0.01,
                        () -> size + ": text runs off the side of its card: " + t.getText());
            }
        }
        for (TaskCard c : sample) {
            for (TaskCard.Line l : c.lines()) {
                assertTrue(all.indexOf(l.text()) >= 0, () -> size + " lost " + l.text());
            }
        }
    }

    @Test
    void aLongCardContinuesAndIsReported() {
        List<TaskCard.Line> lines = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new TaskCard.Line(i == 40 ? "Hele dagen" : "%02d:00".formatted(i % 24), "Oppgave nummer " + i + " med litt forklaring", RoleTask.Kind.RESPONSIBLE, false))
                .toList();
        TaskCard longCard = new TaskCard("Ansvarsvakt", "SPL", "Sykepleier", "#4E79A7", "Avd. 2", "Dag 07:30–15:30", lines,
                List.of(), List.of(), "1", "2026-11-23", "", TaskCard.Basis.ROLE);
        CardSheet sheet = new CardSheet(List.of(longCard), CardSize.ID1, false);
        assertTrue(sheet.printedCards() > 1);
        assertEquals(1, sheet.adjustments().size());
        assertTrue(sheet.adjustments().getFirst().contains("fortsetter på " + sheet.printedCards() + " kort"), sheet.adjustments().getFirst());
        assertTrue(texts(sheet.card(1, false)).stream().anyMatch(t -> t.getText().equals("2/" + sheet.printedCards())));
        double[] taskX = IntStream.range(0, sheet.printedCards()).mapToDouble(i -> texts(sheet.card(i, false)).stream()
                .filter(t -> t.getText().startsWith("Oppgave nummer")).findFirst().orElseThrow().getLayoutX()).toArray();
        assertTrue(IntStream.range(1, taskX.length).allMatch(i -> taskX[i] == taskX[0]),
                "the time column is as wide on every part, though only the last has \"Hele dagen\"");
    }

    @Test
    void backPagesFollowTheirFrontWithColumnsMirrored() {
        CardSheet sheet = new CardSheet(sample.subList(0, 1), CardSize.A7, true);
        assertEquals(2, sheet.pages());
        Region front = cards(sheet.page(0)).getFirst();
        Region back = cards(sheet.page(1)).getFirst();
        assertTrue(back.getStyleClass().contains(CardFace.STYLE_BACK));
        double w = sheet.cardWidth();
        double left = (sheet.pageWidth() - 2 * w) / 2;
        assertEquals(left, front.getBoundsInParent().getMinX(), 1e-4);
        assertEquals(left + w, back.getBoundsInParent().getMinX(), 1e-4, "the back sits behind its front in long-edge duplex");
        assertEquals(front.getBoundsInParent().getMinY(), back.getBoundsInParent().getMinY(), 1e-4);
        assertTrue(texts(back).stream().anyMatch(t -> t.getText().equals("Kontakt ved behov")), "an empty back keeps its headings");
    }
}
