package no.lappetavla.ui.outline;

import java.text.CollationKey;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import no.lappetavla.model.Board;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskIndex;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.outline.OutlineEntry.Kind;

/**
 * The current board as text: board → profession lanes → steps → notes, plus the unsorted notes,
 * or one flat list sorted by votes. Made for screen readers and for a quick review away from the
 * canvas; its selection is the board's selection.
 *
 * <p>Every change rebuilds the outline in one pass over the board's notes, reusing the tree items
 * by key so that folded branches, scroll position and selection survive edits.
 */
public final class OutlineView extends BorderPane {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final WorkshopSession session;
    private final TreeView<OutlineEntry> tree = new TreeView<>();
    private final ToggleButton byVotes = new ToggleButton(Messages.get("outline.sortByVotes"));
    private final Collator collator = Collator.getInstance(NORWEGIAN);
    /** Items of the last build by key ("lane:…", "step:…", "note:…"), reused by the next build. */
    private Map<String, TreeItem<OutlineEntry>> items = new HashMap<>();
    private final Map<String, TreeItem<OutlineEntry>> noteItems = new HashMap<>();
    /** True while this view itself changes one selection to match the other. */
    private boolean syncing;
    private boolean selectionSyncQueued;
    /** Number phrases ("3 lapper", "2 stemmer") of the current build. */
    private final Map<String, String> phrases = new HashMap<>();
    private MessageFormat noteSentence;

    public OutlineView(WorkshopSession session) {
        this.session = session;
        getStyleClass().add("outline-view");
        getStylesheets().add(OutlineView.class.getResource("outline.css").toExternalForm());

        Label title = new Label(Messages.get("outline.title"));
        title.getStyleClass().add("outline-title");
        byVotes.setTooltip(new Tooltip(Messages.get("outline.sortByVotes.tip")));
        byVotes.setOnAction(e -> rebuild());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, byVotes);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("outline-header");
        setTop(header);

        tree.setShowRoot(true);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new EntryCell());
        tree.setAccessibleHelp(Messages.get("outline.treeHelp"));
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<OutlineEntry>>) c -> selectOnBoard());
        setCenter(tree);

        session.workshopProperty().addListener((o, a, b) -> rebuild());
        session.currentBoardIdProperty().addListener((o, a, b) -> rebuild());
        session.selection().addListener((SetChangeListener<String>) c -> queueSelectionSync());
        rebuild();
    }

    /** The tree itself, e.g. to give it focus. */
    public TreeView<OutlineEntry> tree() {
        return tree;
    }

    public boolean isSortedByVotes() {
        return byVotes.isSelected();
    }

    public void setSortedByVotes(boolean sorted) {
        if (byVotes.isSelected() != sorted) {
            byVotes.setSelected(sorted);
            rebuild();
        }
    }

    // ---- building ----------------------------------------------------------------------------

    private void rebuild() {
        Workshop w = session.workshop();
        Board board = w.board(session.currentBoardIdProperty().get()).orElse(null);
        syncing = true;
        try {
            if (board == null) {
                tree.setRoot(null);
                items.clear();
                noteItems.clear();
                return;
            }
            List<Note> notes = w.notesOn(board.id());
            phrases.clear();
            noteSentence = new MessageFormat(Messages.get("outline.noteSentence"));
            Map<String, Profession> professions = new HashMap<>();
            w.professions().forEach(p -> professions.put(p.id(), p));
            Map<String, TreeItem<OutlineEntry>> fresh = new HashMap<>(items.size() * 2 + 16);
            Map<TreeItem<OutlineEntry>, List<TreeItem<OutlineEntry>>> children = new IdentityHashMap<>();
            noteItems.clear();

            String count = count(notes.size());
            TreeItem<OutlineEntry> root = item(fresh, "board:" + board.id(), new OutlineEntry(Kind.BOARD, null,
                    Messages.format("outline.board", board.name(), count),
                    Messages.format("outline.boardSentence", board.name(), count), null));
            if (byVotes.isSelected()) {
                children.put(root, votedList(fresh, board, notes, professions));
                tree.setAccessibleText(Messages.format("outline.listName", board.name()));
            } else {
                children.put(root, lanes(fresh, children, board, notes, professions));
                tree.setAccessibleText(Messages.format("outline.treeName", board.name()));
            }
            // The selection model shifts every selected row on each structural change; with thousands
            // selected that is quadratic, so drop the selection here and put it back afterwards.
            tree.getSelectionModel().clearSelection();
            apply(children);
            items = fresh;
            if (tree.getRoot() != root) {
                tree.setRoot(root);
            }
        } finally {
            syncing = false;
        }
        selectFromSession();
    }

    private List<TreeItem<OutlineEntry>> lanes(Map<String, TreeItem<OutlineEntry>> fresh,
            Map<TreeItem<OutlineEntry>, List<TreeItem<OutlineEntry>>> children,
            Board board, List<Note> notes, Map<String, Profession> professions) {
        TaskIndex index = session.taskIndex();
        Map<String, List<Note>> byCell = new HashMap<>();
        Map<String, Integer> byLane = new HashMap<>();
        List<Note> unsorted = new ArrayList<>();
        for (Note n : notes) {
            if (board.isPlaced(n)) {
                byCell.computeIfAbsent(n.professionId() + "\u0000" + n.stepId(), k -> new ArrayList<>()).add(n);
                byLane.merge(n.professionId(), 1, Integer::sum);
            } else {
                unsorted.add(n);
            }
        }
        List<TreeItem<OutlineEntry>> lanes = new ArrayList<>();
        for (String laneId : board.laneIds()) {
            Profession p = professions.get(laneId);
            String code = p == null ? laneId : p.code();
            String name = p == null ? "" : p.name();
            String colour = p == null ? null : p.colour();
            String laneCount = count(byLane.getOrDefault(laneId, 0));
            TreeItem<OutlineEntry> lane = item(fresh, "lane:" + laneId, new OutlineEntry(Kind.LANE, null,
                    Messages.format("outline.lane", code, name, laneCount),
                    Messages.format("outline.laneSentence", code, name, laneCount), colour));
            List<TreeItem<OutlineEntry>> steps = new ArrayList<>(board.steps().size());
            for (Step s : board.steps()) {
                List<Note> cell = byCell.getOrDefault(laneId + "\u0000" + s.id(), List.of());
                String label = s.label().isEmpty() ? Messages.get("outline.noText") : s.label();
                String stepCount = count(cell.size());
                TreeItem<OutlineEntry> step = item(fresh, "step:" + laneId + "\u0000" + s.id(), new OutlineEntry(Kind.STEP, null,
                        Messages.format("outline.step", label, stepCount),
                        Messages.format("outline.stepSentence", label, stepCount), null));
                List<TreeItem<OutlineEntry>> noteList = new ArrayList<>(cell.size());
                for (Note n : cell) {
                    noteList.add(noteItem(fresh, n, details(n, index, false, null, null), 0, colour));
                }
                children.put(step, noteList);
                steps.add(step);
            }
            children.put(lane, steps);
            lanes.add(lane);
        }
        if (!unsorted.isEmpty()) {
            String c = count(unsorted.size());
            TreeItem<OutlineEntry> rest = item(fresh, "unsorted", new OutlineEntry(Kind.UNSORTED, null,
                    Messages.format("outline.unsorted", c), Messages.format("outline.unsortedSentence", c), null));
            List<TreeItem<OutlineEntry>> noteList = new ArrayList<>(unsorted.size());
            for (Note n : unsorted) {
                Profession p = professions.get(n.professionId());
                noteList.add(noteItem(fresh, n, details(n, index, false, p, null), 0, p == null ? null : p.colour()));
            }
            children.put(rest, noteList);
            lanes.add(rest);
        }
        return lanes;
    }

    /** The facilitator's "sort by votes" view: every note of the board, most votes first, then by text. */
    private List<TreeItem<OutlineEntry>> votedList(Map<String, TreeItem<OutlineEntry>> fresh, Board board, List<Note> notes,
            Map<String, Profession> professions) {
        TaskIndex index = session.taskIndex();
        Map<String, String> stepLabels = new HashMap<>();
        board.steps().forEach(s -> stepLabels.put(s.id(), s.label()));
        // Collation keys once per note: comparing raw texts with the collator is far slower.
        record Keyed(Note note, CollationKey text) {
        }
        List<Keyed> sorted = new ArrayList<>(notes.size());
        notes.forEach(n -> sorted.add(new Keyed(n, collator.getCollationKey(n.text()))));
        sorted.sort(Comparator.comparingInt((Keyed k) -> k.note().votes()).reversed().thenComparing(Keyed::text));
        List<TreeItem<OutlineEntry>> list = new ArrayList<>(sorted.size());
        for (Keyed k : sorted) {
            Note n = k.note();
            Profession p = professions.get(n.professionId());
            String step = board.isPlaced(n) ? stepLabels.get(n.stepId()) : null;
            // "ingen stemmer" on most lines would drown the few that have votes; the sentence keeps it.
            list.add(noteItem(fresh, n, details(n, index, true, p, step), n.votes() == 0 ? 1 : 0, p == null ? null : p.colour()));
        }
        return list;
    }

    /**
     * What a note line says besides its text. In the vote list the votes come first and the place
     * is named, since the line no longer sits under its lane and step.
     */
    private List<String> details(Note n, TaskIndex index, boolean voteList, Profession p, String stepLabel) {
        List<String> out = new ArrayList<>(5);
        if (voteList || n.votes() > 0) {
            out.add(phrase("outline.votes", n.votes()));
        }
        String who = p == null ? "?" : p.code();
        if (voteList) {
            out.add(stepLabel == null ? Messages.format("outline.unplacedWhere", who) : Messages.format("outline.where", who, stepLabel));
        } else if (p != null) {
            out.add(who);
        }
        int shared = index.professionCount(n.taskKey());
        if (shared > 1) {
            out.add(phrase("outline.shared", shared));
        }
        if (n.timeThief()) {
            out.add(Messages.get("outline.timeThief"));
        }
        return out;
    }

    /** @param labelFrom the first detail shown on screen; the sentence always has them all */
    private TreeItem<OutlineEntry> noteItem(Map<String, TreeItem<OutlineEntry>> fresh, Note n, List<String> details, int labelFrom,
            String colour) {
        String text = n.text().isEmpty() ? Messages.get("outline.noText") : n.text();
        StringBuilder label = new StringBuilder(text);
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < details.size(); i++) {
            if (i >= labelFrom) {
                label.append("  ·  ").append(details.get(i));
            }
            more.append(", ").append(details.get(i));
        }
        TreeItem<OutlineEntry> item = item(fresh, "note:" + n.id(), new OutlineEntry(Kind.NOTE, n.id(), label.toString(),
                noteSentence.format(new Object[] {text, more.toString()}), colour));
        noteItems.put(n.id(), item);
        return item;
    }

    private TreeItem<OutlineEntry> item(Map<String, TreeItem<OutlineEntry>> fresh, String key, OutlineEntry entry) {
        TreeItem<OutlineEntry> item = items.get(key);
        if (item == null) {
            item = new TreeItem<>();
            item.setExpanded(true);
        }
        if (!entry.equals(item.getValue())) {
            item.setValue(entry);
        }
        fresh.put(key, item);
        return item;
    }

    /**
     * Gives every parent its new children: all removals first, so that an item moving to another
     * parent has left the old one before it joins the new one.
     */
    private static void apply(Map<TreeItem<OutlineEntry>, List<TreeItem<OutlineEntry>>> children) {
        List<Map.Entry<TreeItem<OutlineEntry>, List<TreeItem<OutlineEntry>>>> changed = new ArrayList<>();
        for (var e : children.entrySet()) {
            if (!e.getKey().getChildren().equals(e.getValue())) {
                changed.add(e);
            }
        }
        for (var e : changed) {
            Set<TreeItem<OutlineEntry>> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            keep.addAll(e.getValue());
            e.getKey().getChildren().removeIf(c -> !keep.contains(c));
        }
        for (var e : changed) {
            e.getKey().getChildren().setAll(e.getValue());
        }
    }

    private String count(int n) {
        return phrases.computeIfAbsent("outline.count\u0000" + n, k -> Messages.format("outline.count", n));
    }

    /** A formatted phrase with one number, formatted once per build instead of once per note. */
    private String phrase(String key, int n) {
        return phrases.computeIfAbsent(key + "\u0000" + n, k -> Messages.format(key, n));
    }

    // ---- selection and keys ------------------------------------------------------------------

    private Set<String> selectedNoteIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<OutlineEntry> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null && item.getValue().isNote()) {
                ids.add(item.getValue().noteId());
            }
        }
        return ids;
    }

    /** The tree's selected notes become the board's selection. */
    private void selectOnBoard() {
        if (syncing) {
            return;
        }
        Set<String> ids = selectedNoteIds();
        if (ids.equals(session.selection())) {
            return;
        }
        syncing = true;
        try {
            session.selection().retainAll(ids);
            session.selection().addAll(ids);
        } finally {
            syncing = false;
        }
    }

    /** Selecting many notes on the board fires one change per note: match the tree once, afterwards. */
    private void queueSelectionSync() {
        if (syncing || selectionSyncQueued) {
            return;
        }
        selectionSyncQueued = true;
        Platform.runLater(() -> {
            selectionSyncQueued = false;
            selectFromSession();
        });
    }

    /** The board's selection becomes the tree's, unfolding what is needed to show it. */
    private void selectFromSession() {
        Set<String> wanted = new HashSet<>(session.selection());
        wanted.retainAll(noteItems.keySet());
        boolean onlyNotes = tree.getSelectionModel().getSelectedItems().stream()
                .allMatch(i -> i != null && i.getValue() != null && i.getValue().isNote());
        // A selected lane or step line with nothing selected on the board is the tree's own business.
        if (wanted.equals(selectedNoteIds()) && (onlyNotes || wanted.isEmpty())) {
            return;
        }
        syncing = true;
        try {
            Set<TreeItem<OutlineEntry>> targets = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String id : wanted) {
                TreeItem<OutlineEntry> item = noteItems.get(id);
                targets.add(item);
                for (TreeItem<OutlineEntry> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
            }
            tree.getSelectionModel().clearSelection();
            if (targets.isEmpty() || tree.getRoot() == null) {
                return;
            }
            List<Integer> rows = new ArrayList<>(targets.size());
            rowsOf(tree.getRoot(), targets, new int[] {0}, rows);
            int[] rest = rows.stream().skip(1).mapToInt(Integer::intValue).toArray();
            tree.getSelectionModel().selectIndices(rows.getFirst(), rest);
            tree.getFocusModel().focus(rows.getFirst());
            scrollIntoView(rows.getFirst());
        } finally {
            syncing = false;
        }
    }

    /** Row numbers of the targets as the tree shows them (root first, only unfolded branches). */
    private static void rowsOf(TreeItem<OutlineEntry> item, Set<TreeItem<OutlineEntry>> targets, int[] row, List<Integer> out) {
        if (targets.contains(item)) {
            out.add(row[0]);
        }
        row[0]++;
        if (item.isExpanded()) {
            for (TreeItem<OutlineEntry> child : item.getChildren()) {
                rowsOf(child, targets, row, out);
            }
        }
    }

    /** Scrolls only as far as needed, unlike TreeView.scrollTo, which puts the row at the top. */
    private void scrollIntoView(int row) {
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            tree.scrollTo(row);
        }
    }

    private void keyPressed(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && plain) {
            Set<String> ids = selectedNoteIds();
            if (!ids.isEmpty()) {
                session.execute(Edits.deleteNotes(ids));
            }
            e.consume();
        }
    }

    /** One outline line: colour swatch for professions, the short text, and the sentence for screen readers. */
    private static final class EntryCell extends TreeCell<OutlineEntry> {
        private final Region swatch = new Region();

        EntryCell() {
            swatch.getStyleClass().add("outline-swatch");
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            for (Kind k : Kind.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(k.name().toLowerCase(Locale.ROOT)), !empty && entry != null && entry.kind() == k);
            }
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            setText(entry.label());
            setAccessibleText(entry.sentence());
            if (entry.colour() != null) {
                swatch.setStyle("-fx-background-color: " + entry.colour() + ";");
                setGraphic(swatch);
            } else {
                setGraphic(null);
            }
        }
    }
}
