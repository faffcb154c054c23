package no.lappetavla.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Board;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The outline on the nursing-home sample: structure, selection both ways, delete and undo, vote order. */
@ExtendWith(ApplicationExtension.class)
class OutlineViewTest {

    private WorkshopSession session;
    private OutlineView outline;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
        outline = new OutlineView(session);
        stage.setScene(new Scene(outline, 700, 800));
        stage.show();
    }

    private Board board() {
        return session.workshop().board(session.currentBoardIdProperty().get()).orElseThrow();
    }

    private TreeItem<OutlineEntry> root() {
        return outline.tree().getRoot();
    }

    private static List<TreeItem<OutlineEntry>> noteItems(TreeItem<OutlineEntry> item) {
        List<TreeItem<OutlineEntry>> out = new ArrayList<>();
        collect(item, out);
        return out;
    }

    private static void collect(TreeItem<OutlineEntry> item, List<TreeItem<OutlineEntry>> out) {
        if (item.getValue().isNote()) {
            out.add(item);
        }
        item.getChildren().forEach(c -> collect(c, out));
    }

    private TreeItem<OutlineEntry> itemOf(String noteId) {
        return noteItems(root()).stream().filter(i -> i.getValue().noteId().equals(noteId)).findFirst().orElseThrow();
    }

    @Test
    void treeFollowsLanesStepsAndNotesOfTheBoard() {
        Workshop w = session.workshop();
        Board b = board();
        List<Note> notes = w.notesOn(b.id());
        assertEquals(notes.size(), noteItems(root()).size(), "every note of the board has one line");
        assertTrue(root().getValue().label().contains(b.name()));

        long unsorted = notes.stream().filter(n -> !b.isPlaced(n)).count();
        assertEquals(b.laneIds().size() + (unsorted > 0 ? 1 : 0), root().getChildren().size());
        for (int i = 0; i < b.laneIds().size(); i++) {
            String laneId = b.laneIds().get(i);
            Profession p = w.profession(laneId).orElseThrow();
            TreeItem<OutlineEntry> lane = root().getChildren().get(i);
            assertTrue(lane.getValue().label().startsWith(p.code() + " " + p.name()), lane.getValue().label());
            assertEquals(b.steps().size(), lane.getChildren().size());
            for (int s = 0; s < b.steps().size(); s++) {
                String stepId = b.steps().get(s).id();
                TreeItem<OutlineEntry> step = lane.getChildren().get(s);
                assertTrue(step.getValue().label().startsWith(b.steps().get(s).label()));
                List<String> expected = notes.stream()
                        .filter(n -> b.isPlaced(n) && n.professionId().equals(laneId) && n.stepId().equals(stepId))
                        .map(Note::id).toList();
                assertEquals(expected, step.getChildren().stream().map(c -> c.getValue().noteId()).toList());
            }
        }
    }

    @Test
    void notesReadAsSentencesWithSharedCountVotesAndTimeThief(FxRobot robot) {
        Note shared = session.workshop().notes().stream()
                .filter(n -> session.taskIndex().professionCount(n.taskKey()) == 3).findFirst().orElseThrow();
        robot.interact(() -> session.execute(Edits.updateNotes(List.of(shared.withVotes(2).withTimeThief(true)))));
        robot.interact(() -> outline.tree().getSelectionModel().select(itemOf(shared.id())));
        no.lappetavla.ui.Snapshots.save(robot, outline, "outline-tree");
        OutlineEntry e = itemOf(shared.id()).getValue();
        assertEquals("Lapp «" + shared.text() + "», 2 stemmer, gjøres av 3 yrkesgrupper, tidstyv.", e.sentence());
        assertTrue(e.label().contains("gjøres av 3 yrkesgrupper"), e.label());
        String tree = outline.tree().getAccessibleText();
        assertTrue(tree.contains(board().name()), tree);
        assertTrue(root().getChildren().getFirst().getValue().sentence().startsWith("Yrkesgruppe SPL, Sykepleier, "),
                root().getChildren().getFirst().getValue().sentence());
    }

    @Test
    void selectionIsTheBoardsSelectionBothWays(FxRobot robot) {
        List<Note> notes = session.workshop().notesOn(board().id());
        Note first = notes.get(3);
        robot.interact(() -> outline.tree().getSelectionModel().select(itemOf(first.id())));
        assertEquals(Set.of(first.id()), session.selection(), "a note chosen in the tree is chosen on the board");

        Note a = notes.get(10);
        Note b = notes.get(20);
        robot.interact(() -> {
            session.selection().clear();
            session.selection().addAll(List.of(a.id(), b.id()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> selected = outline.tree().getSelectionModel().getSelectedItems().stream()
                .map(i -> i.getValue().noteId()).sorted().toList();
        assertEquals(List.of(a.id(), b.id()).stream().sorted().toList(), selected, "the board's selection shows in the tree");
    }

    @Test
    void newNotesAppearAndFoldedBranchesStayFolded(FxRobot robot) {
        Board b = board();
        TreeItem<OutlineEntry> secondLane = root().getChildren().get(1);
        robot.interact(() -> secondLane.setExpanded(false));
        Note added = Note.of("ny-lapp", b.id(), "Vanne blomstene på stua", b.laneIds().getFirst(), b.steps().get(2).id());
        robot.interact(() -> session.execute(Edits.addNotes(List.of(added))));
        TreeItem<OutlineEntry> item = itemOf("ny-lapp");
        assertEquals(root().getChildren().getFirst().getChildren().get(2), item.getParent(), "the note sits under its lane and step");
        assertTrue(item.getValue().label().startsWith("Vanne blomstene på stua"));
        assertFalse(root().getChildren().get(1).isExpanded(), "an edit keeps what the user folded");
        assertTrue(secondLane == root().getChildren().get(1), "lane items are reused, not rebuilt");
    }

    @Test
    void deleteKeyDeletesSelectedNotesInOneUndoStep(FxRobot robot) {
        List<Note> notes = session.workshop().notesOn(board().id());
        Note a = notes.get(0);
        Note b = notes.get(1);
        int before = session.workshop().notes().size();
        robot.interact(() -> {
            session.selection().addAll(List.of(a.id(), b.id()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> outline.tree().requestFocus());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before - 2, session.workshop().notes().size());
        assertTrue(session.workshop().note(a.id()).isEmpty());
        assertEquals(before - 2, noteItems(root()).size());
        robot.interact(session::undo);
        assertEquals(before, session.workshop().notes().size(), "one undo brings both back");
        assertEquals(before, noteItems(root()).size());
    }

    @Test
    void sortByVotesListsNotesWithMostVotesFirstThenByText(FxRobot robot) {
        List<Note> notes = session.workshop().notesOn(board().id());
        Note top = notes.get(5).withVotes(4);
        Note tieB = notes.get(6).withText("Ørsmå justeringer").withVotes(2);
        Note tieA = notes.get(7).withText("Åpne vinduer").withVotes(2);
        Note tieC = notes.get(8).withText("Bestille mat").withVotes(2);
        robot.interact(() -> session.execute(Edits.updateNotes(List.of(top, tieB, tieA, tieC))));
        robot.clickOn("Sorter etter stemmer");
        assertTrue(outline.isSortedByVotes());
        List<String> order = root().getChildren().stream().map(i -> i.getValue().noteId()).toList();
        assertEquals(notes.size(), order.size(), "a flat list of every note on the board");
        assertEquals(List.of(top.id(), tieC.id(), tieB.id(), tieA.id()), order.subList(0, 4),
                "most votes first, ties in Norwegian alphabetical order (B, Ø, Å)");
        assertTrue(root().getChildren().getFirst().getValue().sentence().contains("4 stemmer"));
        OutlineEntry unvoted = root().getChildren().get(4).getValue();
        assertTrue(unvoted.sentence().contains("ingen stemmer") && !unvoted.label().contains("ingen stemmer"),
                "lines without votes say so to screen readers but not on screen");
        no.lappetavla.ui.Snapshots.save(robot, outline, "outline-votes");
        robot.clickOn("Sorter etter stemmer");
        assertEquals(board().laneIds().size(), root().getChildren().stream().filter(i -> i.getValue().kind() == OutlineEntry.Kind.LANE).count());
    }

    @Test
    void followsTheCurrentBoard(FxRobot robot) {
        Board other = new Board("b2", "Kveldsvakt", null, List.of(new no.lappetavla.model.Step("s1", "Kveld")), board().laneIds());
        Note n = Note.of("k1", "b2", "Kveldsmat", board().laneIds().getFirst(), "s1");
        robot.interact(() -> {
            session.execute(Edits.addBoard(other));
            session.execute(Edits.addNotes(List.of(n)));
            session.currentBoardIdProperty().set("b2");
        });
        assertTrue(root().getValue().label().startsWith("Kveldsvakt"));
        assertEquals(List.of("k1"), noteItems(root()).stream().map(i -> i.getValue().noteId()).toList());
    }

    @Test
    void buildsForFiveThousandNotes(FxRobot robot) {
        Workshop w = Workshops.newWorkshop("Stor", "Stor tavle");
        Board b = w.boards().getFirst();
        List<Note> many = new ArrayList<>(5000);
        for (int i = 0; i < 5000; i++) {
            String lane = b.laneIds().get(i % b.laneIds().size());
            String step = i % 50 == 0 ? null : b.steps().get(i % b.steps().size()).id();
            many.add(Note.of("n" + i, b.id(), "Oppgave " + (i % 700), lane, step).withVotes(i % 7));
        }
        Workshop big = w.withNotes(many);
        long start = System.nanoTime();
        robot.interact(() -> session.load(big, null, false));
        System.out.printf("Outline of 5000 notes built and shown in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(5000, noteItems(root()).size());
        assertEquals(100, root().getChildren().getLast().getChildren().size(), "every 50th note waits unsorted");
        start = System.nanoTime();
        robot.interact(() -> session.selection().addAll(many.stream().map(Note::id).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("Selecting all 5000 notes in the outline took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(5000, outline.tree().getSelectionModel().getSelectedItems().size());
        start = System.nanoTime();
        robot.interact(() -> session.execute(Edits.updateNotes(List.of(many.get(7).withText("Endret tekst")))));
        System.out.printf("One edit on a board of 5000 notes: outline updated in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(itemOf("n7").getValue().label().startsWith("Endret tekst"));
        start = System.nanoTime();
        robot.interact(() -> outline.setSortedByVotes(true));
        System.out.printf("Sorting 5000 notes by votes took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(5000, root().getChildren().size());
        java.util.Map<String, Integer> votesById = new java.util.HashMap<>();
        many.forEach(n -> votesById.put(n.id(), n.votes()));
        List<Integer> votes = root().getChildren().stream().map(i -> votesById.get(i.getValue().noteId())).toList();
        assertEquals(votes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), votes);
    }
}
