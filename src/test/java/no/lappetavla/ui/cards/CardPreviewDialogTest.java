package no.lappetavla.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Role;
import no.lappetavla.model.TaskCards;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.RecordingExports;
import no.lappetavla.ui.WorkshopSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview on the sample workshop: one node per printed card at its physical size, and saving through the port. */
@ExtendWith(ApplicationExtension.class)
class CardPreviewDialogTest {

    private final RecordingExports exports = new RecordingExports();
    private WorkshopSession session;
    private CardPreviewDialog preview;

    @Start
    void start(Stage stage) {
        session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
        Owners.showAppLike(stage);
        preview = CardPreviewDialog.open(stage, session, exports);
        preview.dialog().show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> preview.dialog().close());
    }

    private void assertCardsAtPhysicalSize(FxRobot robot, CardSize size) {
        Set<Node> cards = robot.lookup("." + CardFace.STYLE_FRONT).queryAll();
        assertEquals(preview.sheet().printedCards(), cards.size());
        assertTrue(cards.size() >= TaskCards.of(session.workshop()).size());
        // 125 % of real size on a screen of 96 pixels per inch.
        double pxPerMm = 96 / 25.4 * 1.25;
        for (Node card : cards) {
            assertEquals(size.widthMm() * pxPerMm, card.getBoundsInParent().getWidth(), 0.01, "card width in pixels");
            assertEquals(size.heightMm() * pxPerMm, card.getBoundsInParent().getHeight(), 0.01, "card height in pixels");
        }
    }

    @Test
    void showsEveryPrintedCardAtItsSizeAndFollowsTheChoices(FxRobot robot) {
        assertCardsAtPhysicalSize(robot, CardSize.A6);
        robot.interact(() -> Screenshots.save(preview.dialog().getDialogPane(), "card-preview-a6"));

        robot.interact(() -> preview.sizeChoice().setValue(CardSize.ID1));
        assertCardsAtPhysicalSize(robot, CardSize.ID1);
        assertTrue(preview.sheet().printedCards() > TaskCards.of(session.workshop()).size(),
                "long cards continue on the small bank-card size");
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("fortsetter på")), "the preview says which cards continue");

        robot.clickOn(robot.lookup((CheckBox c) -> c.getText().equals("Med bakside")).queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(preview.sheet().printedCards(), robot.lookup("." + CardFace.STYLE_BACK).queryAll().size());
        robot.interact(() -> Screenshots.save(preview.dialog().getDialogPane(), "card-preview-id1-back"));
    }

    @Test
    void savesThroughTheExportPortAndReportsTheAdjustments(FxRobot robot) {
        exports.answer = List.of("«Sykepleier» fortsetter på 2 kort (skrift 7 pt).");
        robot.interact(() -> preview.sizeChoice().setValue(CardSize.A7));
        Path file = Path.of("/tmp/kort.docx");
        Platform.runLater(() -> preview.saveTo(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, exports.cardCalls.size());
        RecordingExports.CardsCall call = exports.cardCalls.getFirst();
        assertEquals("a7", call.size());
        assertFalse(call.back());
        assertEquals(file, call.file());
        assertEquals(session.workshop(), call.workshop());
        DialogPane info = robot.lookup((DialogPane p) -> p.getHeaderText() != null && p.getHeaderText().equals("Oppgavekortene er lagret"))
                .queryAs(DialogPane.class);
        assertTrue(info.getContentText().contains(file.toString()), info.getContentText());
        assertTrue(info.getContentText().contains("fortsetter på 2 kort"), info.getContentText());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        exports.failure = new IOException("Filen kort.docx er åpen i Word. Lukk den og prøv igjen.");
        Platform.runLater(() -> preview.saveTo(file));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup((DialogPane p) -> "Kunne ikke lagre oppgavekortene".equals(p.getHeaderText()))
                .queryAs(DialogPane.class);
        assertEquals("Filen kort.docx er åpen i Word. Lukk den og prøv igjen.", error.getContentText());
        robot.interact(() -> error.getScene().getWindow().hide());
    }

    @Test
    void followsRoleChangesWhileOpen(FxRobot robot) {
        Profession spl = session.workshop().professions().getFirst();
        Role role = new Role("r1", "Sykepleier på topp", spl.id(), "Dag 07:30–15:30", "Avdeling 2",
                List.of("Vakthavende lege 900 00 000"), List.of("Sjekk medisinrommet før rapport"), "1", "Avdelingsleder");
        robot.interact(() -> {
            session.execute(Edits.addRole(role));
            session.execute(Edits.applySuggestions("r1"));
        });
        assertEquals(1, TaskCards.of(session.workshop()).size(), "with a role there is one card per role");
        assertEquals(preview.sheet().printedCards(), robot.lookup("." + CardFace.STYLE_FRONT).queryAll().size());
        assertTrue(robot.lookup((Text t) -> t.getText().equals("Sykepleier på topp  " + spl.code())).tryQuery().isPresent(),
                "the role's card is shown");
        assertTrue(robot.lookup((Text t) -> t.getText().contains("Godkjent av Avdelingsleder")).tryQuery().isPresent());
        robot.interact(() -> Screenshots.save(preview.dialog().getDialogPane(), "card-preview-role"));
    }
}
