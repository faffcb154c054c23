package no.lappetavla.ui.board;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskIndex;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.room.RoomState;
import no.lappetavla.ui.board.BoardLayout.Cell;
import no.lappetavla.ui.board.BoardLayout.Rect;

/**
 * One task map: a zoomable "world" of lanes, steps and notes, with an unscaled overlay for the
 * rubber band. Only the notes on screen have nodes, so a frame costs what is visible, not what
 * is on the board. A drag shows live and becomes one undo step when released.
 */
public final class BoardView extends Region {

    public static final double MIN_SCALE = 0.08;
    public static final double MAX_SCALE = 4;
    private static final double DETAIL_SCALE = 0.4;
    /** Note text stays about 18 px on screen at this scale: readable from the back of a room. */
    private static final double START_SCALE = 0.8;
    private static final double DRAG_THRESHOLD = 5;

    private enum Gesture { NONE, PAN, BAND, DRAG }

    private final WorkshopSession session;
    private final String boardId;
    private final Group world = new Group();
    private final Group gridLayer = new Group();
    private final Group noteLayer = new Group();
    /** Lane and step headers above the notes, kept on screen while panning. */
    private final Group headerLayer = new Group();
    private final List<StickyHeader> stickyHeaders = new ArrayList<>();
    private final Rectangle dropHighlight = new Rectangle();
    private final NoteEditor editor = new NoteEditor();
    private final Pane overlay = new Pane();
    private final Rectangle band = new Rectangle();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private final NoteTextFit normalFit = new NoteTextFit(NoteTextFit.MIN_SIZE, NoteTextFit.MAX_SIZE);
    private final NoteTextFit presentationFit = new NoteTextFit(NoteTextFit.PRESENTATION_MIN_SIZE, NoteTextFit.PRESENTATION_MAX_SIZE);
    private NoteTextFit fit = normalFit;
    private final RoomState room;
    private int stepIndex = -1;
    private int laneIndex = -1;
    private final Map<String, NoteView> shown = new HashMap<>();
    private final ArrayDeque<NoteView> pool = new ArrayDeque<>();
    private final BoardContextMenus menus;
    /** Asked when notes are dropped outside the board (e.g. on another board's tab); true if it took them. */
    private java.util.function.BiPredicate<Point2D, List<String>> dropElsewhere = (point, ids) -> false;

    private BoardLayout layout;
    private Map<String, Note> notes = Map.of();
    private Map<String, Profession> professions = Map.of();
    private Map<String, Integer> sharedBy = Map.of();
    private boolean dirty = true;
    private boolean placed;
    private Cell currentCell;
    private boolean spaceDown;

    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private String pressedNote;
    private List<String> dragged = List.of();

    public BoardView(WorkshopSession session, String boardId) {
        this.session = session;
        this.boardId = boardId;
        this.menus = new BoardContextMenus(this, session);
        this.room = session.room();
        getStyleClass().add("board-view");
        setFocusTraversable(true);
        setAccessibleText(Messages.get("board.accessible"));
        world.getTransforms().addAll(translate, scale);
        dropHighlight.getStyleClass().add("drop-highlight");
        dropHighlight.setVisible(false);
        dropHighlight.setMouseTransparent(true);
        world.getChildren().addAll(gridLayer, dropHighlight, noteLayer, headerLayer, editor);
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        overlay.getChildren().add(band);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        getChildren().addAll(world, overlay);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        session.workshopProperty().addListener((o, a, b) -> markDirty());
        room.presentingProperty().addListener((o, was, is) -> presentationChanged(is));
        room.spotlightProperty().addListener((o, a, b) -> requestLayout());
        session.selection().addListener((SetChangeListener<String>) c -> updateSelection());
        // Cull once per pulse (in layoutChildren), not once per changed number: a zoom changes
        // three, and culling in between would build nodes for a half-moved view.
        translate.xProperty().addListener((o, a, b) -> requestLayout());
        translate.yProperty().addListener((o, a, b) -> requestLayout());
        scale.xProperty().addListener((o, a, b) -> requestLayout());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(Cursor.DEFAULT);
            }
        });
        setOnContextMenuRequested(e -> {
            Point2D w = toWorld(e.getX(), e.getY());
            String id = noteAt(w);
            if (id != null && !session.selection().contains(id)) {
                session.selection().clear();
                session.selection().add(id);
            }
            menus.show(id != null, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    public String boardId() {
        return boardId;
    }

    /** Lets the window take notes dropped outside the board, such as on another board's tab. */
    public void setDropElsewhere(java.util.function.BiPredicate<Point2D, List<String>> handler) {
        dropElsewhere = handler;
    }

    public double zoom() {
        return scale.getX();
    }

    public javafx.beans.value.ObservableDoubleValue zoomProperty() {
        return scale.xProperty();
    }

    // ---- rendering ---------------------------------------------------------------------------

    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            rebuild();
        }
        if (!placed && getWidth() > 0 && layout != null) {
            placed = true;
            showStart();
        }
        cull();
    }

    /** The current layout (for tests and the outline of what is where). */
    public BoardLayout boardLayout() {
        if (dirty) {
            rebuild();
        }
        return layout;
    }

    private void rebuild() {
        dirty = false;
        Workshop w = session.workshop();
        Board board = w.board(boardId).orElse(null);
        if (board == null) {
            return;
        }
        professions = w.professions().stream().collect(Collectors.toMap(Profession::id, Function.identity()));
        Set<String> hidden = w.professions().stream().filter(Profession::hidden).map(Profession::id).collect(Collectors.toSet());
        List<String> lanes = board.laneIds().stream().filter(id -> professions.containsKey(id) && !hidden.contains(id)).toList();
        List<Note> onBoard = w.notesOn(boardId).stream().filter(n -> !hidden.contains(n.professionId())).toList();
        Map<String, Note> byId = new HashMap<>(onBoard.size() * 2);
        onBoard.forEach(n -> byId.put(n.id(), n));
        notes = byId;
        TaskIndex taskIndex = session.taskIndex();
        Map<String, Integer> counts = new HashMap<>(onBoard.size() * 2);
        onBoard.forEach(n -> counts.put(n.id(), taskIndex.professionCount(n.taskKey())));
        sharedBy = counts;
        layout = BoardLayout.compute(board, lanes, onBoard);
        if (currentCell != null && layout.cellRect(currentCell) == null) {
            currentCell = null;
        }
        drawGrid(board);
        if (editor.isActive() && gesture == Gesture.NONE) {
            editor.toFront();
        }
    }

    private void drawGrid(Board board) {
        List<Node> nodes = new ArrayList<>();
        Rect b = layout.bounds();
        Rectangle paper = new Rectangle(b.x(), b.y(), b.w(), layout.unsortedArea().y() - BoardLayout.UNSORTED_GAP);
        paper.getStyleClass().add("board-paper");
        nodes.add(paper);
        Map<String, Step> steps = board.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
        int laneIndex = 0;
        for (BoardLayout.Header h : layout.headers()) {
            Rectangle bandRect = new Rectangle(h.band().x(), h.band().y(), h.band().w(), h.band().h());
            bandRect.getStyleClass().add(!h.lane() ? "step-band" : laneIndex++ % 2 == 0 ? "lane-band" : "lane-band-alt");
            nodes.add(bandRect);
        }
        stickyHeaders.clear();
        List<Node> headerNodes = new ArrayList<>();
        for (BoardLayout.Header h : layout.headers()) {
            Node node = header(h, steps);
            stickyHeaders.add(new StickyHeader(node, h.rect()));
            headerNodes.add(node);
        }
        headerLayer.getChildren().setAll(headerNodes);
        Rect u = layout.unsortedArea();
        Rectangle unsorted = new Rectangle(u.x(), u.y(), u.w(), u.h());
        unsorted.getStyleClass().add("unsorted-area");
        Label title = new Label(Messages.format("board.unsorted", layout.count(Cell.UNSORTED)));
        title.getStyleClass().add("unsorted-title");
        title.relocate(u.x() + BoardLayout.PAD, u.y() + 10);
        nodes.add(unsorted);
        nodes.add(title);
        Rect pa = layout.parkingArea();
        Rectangle parking = new Rectangle(pa.x(), pa.y(), pa.w(), pa.h());
        parking.getStyleClass().add("parking-area");
        Label parkingTitle = new Label(Messages.format("board.parking", layout.count(Cell.PARKING)));
        parkingTitle.getStyleClass().add("unsorted-title");
        parkingTitle.relocate(pa.x() + BoardLayout.PAD, pa.y() + 10);
        nodes.add(parking);
        nodes.add(parkingTitle);
        gridLayer.getChildren().setAll(nodes);
    }

    private Node header(BoardLayout.Header h, Map<String, Step> steps) {
        Label label;
        if (h.lane()) {
            Profession p = professions.get(h.id());
            Label code = new Label(p.code());
            code.getStyleClass().add("lane-code");
            Label name = new Label(p.name());
            name.getStyleClass().add("lane-name");
            name.setWrapText(true);
            Rectangle swatch = new Rectangle(20, 20, NoteView.toFx(p.colourValue()));
            swatch.setStroke(Color.web("#00000088"));
            HBox top = new HBox(8, swatch, code);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            label = new Label(null, new VBox(2, top, name));
            label.getStyleClass().add("lane-header");
            label.setAccessibleText(p.code() + " " + p.name());
        } else {
            label = new Label(steps.get(h.id()).label());
            label.getStyleClass().add("step-header");
            label.setWrapText(true);
        }
        label.relocate(h.rect().x(), h.rect().y());
        label.setPrefSize(h.rect().w(), h.rect().h());
        label.setMinSize(h.rect().w(), h.rect().h());
        label.setMaxSize(h.rect().w(), h.rect().h());
        label.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                zoomToBand(h);
                e.consume();
            }
        });
        label.setCursor(Cursor.HAND);
        return label;
    }

    /** A header and where it belongs; row headers slide right and column headers down to stay visible. */
    private record StickyHeader(Node node, Rect home) {
    }

    private void placeHeaders() {
        double s = scale.getX();
        double left = -translate.getX() / s;
        double top = -translate.getY() / s;
        for (StickyHeader h : stickyHeaders) {
            boolean rowHeader = h.home().x() == 0;
            double x = rowHeader ? Math.max(h.home().x(), left) : h.home().x();
            double y = rowHeader ? h.home().y() : Math.max(h.home().y(), top);
            h.node().relocate(x, y);
        }
    }

    /** Creates, re-binds or recycles note nodes so that exactly the visible notes have one. */
    private void cull() {
        if (layout == null || dirty) {
            return;
        }
        placeHeaders();
        Rect view = visibleWorld();
        Set<String> wanted = new LinkedHashSet<>(layout.notesIn(view));
        if (gesture == Gesture.DRAG) {
            wanted.addAll(dragged);
        }
        for (var it = shown.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                noteLayer.getChildren().remove(e.getValue());
                pool.push(e.getValue());
                it.remove();
            }
        }
        boolean detail = scale.getX() >= DETAIL_SCALE;
        for (String id : wanted) {
            Note n = notes.get(id);
            if (n == null) {
                continue;
            }
            NoteView v = shown.get(id);
            if (v == null) {
                v = pool.isEmpty() ? new NoteView(fit) : pool.pop();
                shown.put(id, v);
                noteLayer.getChildren().add(v);
            }
            v.bind(n, professions.get(n.professionId()), sharedBy.getOrDefault(id, 0));
            v.setSelected(session.selection().contains(id));
            v.setDetail(detail);
            String spot = room.spotlightProperty().get();
            v.setOpacity(spot == null || spot.equals(n.professionId()) ? 1 : 0.18);
            if (gesture != Gesture.DRAG || !dragged.contains(id)) {
                Rect r = layout.noteRect(id);
                v.relocate(r.x(), r.y());
            }
        }
    }

    /** The notes that have a node now (what a frame has to draw). */
    public int shownNoteCount() {
        return shown.size();
    }

    private Rect visibleWorld() {
        double s = scale.getX();
        double margin = BoardLayout.NOTE_W;
        return new Rect(-translate.getX() / s - margin, -translate.getY() / s - margin,
                getWidth() / s + 2 * margin, getHeight() / s + 2 * margin);
    }

    private void updateSelection() {
        shown.forEach((id, v) -> v.setSelected(session.selection().contains(id)));
        if (session.selection().size() >= 1 && layout != null) {
            Cell c = layout.cellOf(session.selection().iterator().next());
            if (c != null) {
                currentCell = c;
            }
        }
    }

    // ---- view: zoom and pan ------------------------------------------------------------------

    public void zoomAt(double factor, double px, double py) {
        double s = scale.getX();
        double next = Math.clamp(s * factor, minScale(), MAX_SCALE);
        Point2D w = toWorld(px, py);
        scale.setX(next);
        scale.setY(next);
        translate.setX(px - w.getX() * next);
        translate.setY(py - w.getY() * next);
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void zoomActualSize() {
        zoomAt(1 / scale.getX(), getWidth() / 2, getHeight() / 2);
    }

    /** Shows the whole board. */
    public void fitBoard() {
        if (boardLayout() != null) {
            zoomToRect(layout.bounds());
        }
    }

    public void zoomToRect(Rect r) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double s = Math.clamp(Math.min(getWidth() / (r.w() + 40), getHeight() / (r.h() + 40)), minScale(), MAX_SCALE);
        scale.setX(s);
        scale.setY(s);
        // A band larger than the screen at this zoom is shown from its start, not its middle.
        translate.setX(r.w() * s + 40 <= getWidth() ? getWidth() / 2 - r.centerX() * s : 20 - r.x() * s);
        translate.setY(r.h() * s + 40 <= getHeight() ? getHeight() / 2 - r.centerY() * s : 20 - r.y() * s);
    }

    /**
     * The smallest zoom allowed. On the projector note text must stay at least 18 px high on a
     * 1080-line screen and 14 px on a 720-line one: the zoom follows the window height.
     */
    public double minScale() {
        if (!room.isPresenting()) {
            return MIN_SCALE;
        }
        // The screen's line count decides: on a 1080-line projector 100 %, on a 720-line one less.
        double lines = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getHeight() : getHeight();
        double byHeight = Math.min(1.0, lines / 1080.0);
        return Math.max(14 / NoteTextFit.PRESENTATION_MIN_SIZE, byHeight);
    }

    /** The smallest note text on screen now, in pixels (for tests of projector readability). */
    public double smallestTextPixels() {
        return (room.isPresenting() ? NoteTextFit.PRESENTATION_MIN_SIZE : NoteTextFit.MIN_SIZE) * scale.getX();
    }

    private void presentationChanged(boolean presenting) {
        fit = presenting ? presentationFit : normalFit;
        shown.values().forEach(v -> v.useFit(fit));
        pool.forEach(v -> v.useFit(fit));
        room.spotlightProperty().set(null);
        stepIndex = -1;
        laneIndex = -1;
        if (presenting && scale.getX() < minScale()) {
            zoomAt(minScale() / scale.getX(), 0, 0);
        }
        cull();
    }

    /** Presentation: moves to the next or previous step (or lane) and zooms to it. */
    public void stepThrough(boolean lanes, int delta) {
        List<BoardLayout.Header> bands = boardLayout().headers().stream().filter(h -> h.lane() == lanes).toList();
        if (bands.isEmpty()) {
            return;
        }
        int current = lanes ? laneIndex : stepIndex;
        int next = Math.clamp(current + delta, 0, bands.size() - 1);
        if (lanes) {
            laneIndex = next;
        } else {
            stepIndex = next;
        }
        zoomToBand(bands.get(next));
    }

    /**
     * Shows one lane or step right beside the (sticky) headers: a column fills the width and is
     * read from the top, a row fills the height and is read from the left.
     */
    public void zoomToBand(BoardLayout.Header h) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Rect band = h.band();
        boolean column = h.rect().y() == 0;
        double s = column
                ? getWidth() / (band.w() + BoardLayout.HEADER_W + 40)
                : getHeight() / (band.h() + BoardLayout.HEADER_H + 40);
        s = Math.clamp(s, minScale(), 1.5);
        scale.setX(s);
        scale.setY(s);
        if (column) {
            translate.setX(BoardLayout.HEADER_W * s - band.x() * s + 10);
            translate.setY(0);
        } else {
            translate.setX(0);
            translate.setY(BoardLayout.HEADER_H * s - band.y() * s + 10);
        }
    }

    /** Zooms to one lane (a profession) or one step by id. */
    public void zoomToBand(String id) {
        boardLayout().headers().stream().filter(h -> h.id().equals(id)).findFirst().ifPresent(this::zoomToBand);
    }

    /** First view of a board: all of it if that stays readable, else its top-left corner. */
    private void showStart() {
        Rect b = layout.bounds();
        double s = Math.min(getWidth() / (b.w() + 40), getHeight() / (b.h() + 40));
        if (s >= START_SCALE) {
            zoomToRect(b);
        } else {
            s = START_SCALE;
            scale.setX(s);
            scale.setY(s);
            translate.setX(10);
            translate.setY(10);
        }
    }

    public void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /** Where a world point is on the screen now (for tests and pop-ups). */
    public Point2D worldToScreen(double x, double y) {
        return localToScreen(translate.getX() + x * scale.getX(), translate.getY() + y * scale.getX());
    }

    private Point2D toWorld(double x, double y) {
        double s = scale.getX();
        return new Point2D((x - translate.getX()) / s, (y - translate.getY()) / s);
    }

    private String noteAt(Point2D w) {
        if (layout == null) {
            return null;
        }
        List<String> hits = layout.notesIn(new Rect(w.getX(), w.getY(), 0.5, 0.5));
        return hits.isEmpty() ? null : hits.getLast();
    }

    // ---- mouse -------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (editor.isActive() && isInside(editor, e)) {
            return;
        }
        editor.commit();
        requestFocus();
        if (e.getButton() == MouseButton.SECONDARY) {
            return;
        }
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        Point2D w = toWorld(e.getX(), e.getY());
        pressedNote = noteAt(w);
        if (e.getButton() == MouseButton.MIDDLE || spaceDown) {
            gesture = Gesture.PAN;
        } else if (pressedNote != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (!session.selection().remove(pressedNote)) {
                    session.selection().add(pressedNote);
                }
            } else if (!session.selection().contains(pressedNote)) {
                session.selection().clear();
                session.selection().add(pressedNote);
            }
            gesture = room.isLocked() ? Gesture.NONE : Gesture.DRAG;
            dragged = List.of();
        } else if (e.isShiftDown() || e.isShortcutDown()) {
            gesture = Gesture.BAND;
        } else {
            gesture = Gesture.PAN;
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (editor.isActive() && isInside(editor, e)) {
            return;
        }
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        if (!moved && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        lastX = e.getX();
        lastY = e.getY();
        boolean first = !moved;
        moved = true;
        switch (gesture) {
            case PAN -> {
                setCursor(Cursor.MOVE);
                panBy(first ? e.getX() - pressX : dx, first ? e.getY() - pressY : dy);
            }
            case BAND -> {
                band.setVisible(true);
                band.setX(Math.min(pressX, e.getX()));
                band.setY(Math.min(pressY, e.getY()));
                band.setWidth(Math.abs(e.getX() - pressX));
                band.setHeight(Math.abs(e.getY() - pressY));
            }
            case DRAG -> dragNotes(e, first);
            default -> {
            }
        }
        e.consume();
    }

    private void dragNotes(MouseEvent e, boolean first) {
        if (first) {
            dragged = List.copyOf(session.selection().stream().filter(notes::containsKey).toList());
            cull();
        }
        double s = scale.getX();
        double ox = (e.getX() - pressX) / s;
        double oy = (e.getY() - pressY) / s;
        for (String id : dragged) {
            NoteView v = shown.get(id);
            Rect r = layout.noteRect(id);
            if (v != null && r != null) {
                v.relocate(r.x() + ox, r.y() + oy);
                v.toFront();
            }
        }
        Point2D w = toWorld(e.getX(), e.getY());
        Cell target = layout.cellAt(w.getX(), w.getY());
        Rect r = target == null ? null : layout.cellRect(target);
        dropHighlight.setVisible(r != null);
        if (r != null) {
            dropHighlight.setX(r.x());
            dropHighlight.setY(r.y());
            dropHighlight.setWidth(r.w());
            dropHighlight.setHeight(r.h());
        }
    }

    private void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = Gesture.NONE;
        setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        dropHighlight.setVisible(false);
        if (g == Gesture.BAND && moved) {
            band.setVisible(false);
            Point2D a = toWorld(band.getX(), band.getY());
            double s = scale.getX();
            List<String> hit = layout.notesIn(new Rect(a.getX(), a.getY(), band.getWidth() / s, band.getHeight() / s));
            if (!e.isShortcutDown()) {
                session.selection().clear();
            }
            session.selection().addAll(hit);
        } else if (g == Gesture.DRAG && moved && !dragged.isEmpty()) {
            Point2D w = toWorld(e.getX(), e.getY());
            boolean outside = !getLayoutBounds().contains(e.getX(), e.getY());
            if (outside && !room.isLocked() && dropElsewhere.test(new Point2D(e.getScreenX(), e.getScreenY()), dragged)) {
                dragged = List.of();
                cull();
                return;
            }
            drop(dragged, layout.cellAt(w.getX(), w.getY()));
            dragged = List.of();
            cull();
        } else if (g == Gesture.PAN && !moved && e.getButton() == MouseButton.PRIMARY) {
            session.selection().clear();
            Point2D w = toWorld(e.getX(), e.getY());
            Cell c = layout == null ? null : layout.cellAt(w.getX(), w.getY());
            if (c != null) {
                currentCell = c;
            }
        }
        dragged = List.of();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || editor.isActive() || layout == null) {
            return;
        }
        Point2D w = toWorld(e.getX(), e.getY());
        String id = noteAt(w);
        if (id != null) {
            editNote(id);
        } else {
            Cell c = layout.cellAt(w.getX(), w.getY());
            if (c != null) {
                currentCell = c;
                newNote(c);
            }
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            panBy(e.getDeltaY(), 0);
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private static boolean isInside(Node node, MouseEvent e) {
        return node.isVisible() && node.localToScene(node.getBoundsInLocal()).contains(e.getSceneX(), e.getSceneY());
    }

    // ---- keyboard ----------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        if (editor.isActive()) {
            return;
        }
        KeyCode k = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (room.isPresenting() && presentationKey(e, k, plain)) {
            e.consume();
            return;
        }
        if (k == KeyCode.V && plain) {
            vote(e.isShiftDown() ? -1 : 1);
        } else if (k == KeyCode.P && plain && !e.isShiftDown() && !room.isLocked()) {
            parkSelection();
        } else if (k == KeyCode.SPACE && plain) {
            spaceDown = true;
            setCursor(Cursor.OPEN_HAND);
        } else if (k == KeyCode.N && plain && !e.isShiftDown()) {
            newNote(currentCell(), true);
        } else if ((k == KeyCode.ENTER || k == KeyCode.F2) && plain) {
            session.selectedNote().ifPresent(n -> editNote(n.id()));
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) && plain && !room.isLocked()) {
            deleteSelection();
        } else if (k == KeyCode.ESCAPE) {
            session.selection().clear();
        } else if (plain && digit(k) > 0 && !room.isLocked()) {
            int i = digit(k) - 1;
            if (layout != null && i < layout.lanes().size()) {
                setProfessionOfSelection(layout.lanes().get(i));
            }
        } else if (e.isAltDown() && isArrow(k) && !room.isLocked()) {
            moveSelectionBy(k);
        } else if (plain && e.isShiftDown() && isArrow(k)) {
            double step = 80;
            panBy(k == KeyCode.LEFT ? step : k == KeyCode.RIGHT ? -step : 0, k == KeyCode.UP ? step : k == KeyCode.DOWN ? -step : 0);
        } else if (plain && isArrow(k)) {
            selectNeighbour(k);
        } else {
            return;
        }
        e.consume();
    }

    /** Keys of the projector: arrows step through steps and lanes, digits spotlight a profession. */
    private boolean presentationKey(KeyEvent e, KeyCode k, boolean plain) {
        if (!plain || e.isShiftDown()) {
            return false;
        }
        switch (k) {
            case RIGHT, PAGE_DOWN -> stepThrough(layout != null && layout.board().form() == BoardForm.VERTICAL, 1);
            case LEFT, PAGE_UP -> stepThrough(layout != null && layout.board().form() == BoardForm.VERTICAL, -1);
            case DOWN -> stepThrough(layout == null || layout.board().form() == BoardForm.HORIZONTAL, 1);
            case UP -> stepThrough(layout == null || layout.board().form() == BoardForm.HORIZONTAL, -1);
            case DIGIT0, NUMPAD0 -> room.spotlightProperty().set(null);
            default -> {
                int d = digit(k);
                if (d == 0 || layout == null || d > layout.lanes().size()) {
                    return false;
                }
                String lane = layout.lanes().get(d - 1);
                room.spotlightProperty().set(lane.equals(room.spotlightProperty().get()) ? null : lane);
            }
        }
        return true;
    }

    /** Dot votes given by the facilitator: V adds one to each selected note, Shift+V takes one away. */
    public void vote(int delta) {
        List<Note> changed = session.selection().stream().map(notes::get).filter(n -> n != null)
                .map(n -> n.withVotes(n.votes() + delta)).filter(n -> !n.equals(notes.get(n.id()))).toList();
        if (!changed.isEmpty()) {
            session.execute(Edits.updateNotes(changed));
        }
    }

    /**
     * Keyboard selection: an arrow selects the nearest note in that direction (or the first note of
     * the current cell when none is selected) and brings it into view.
     */
    private void selectNeighbour(KeyCode k) {
        if (layout == null || notes.isEmpty()) {
            return;
        }
        String from = session.selection().stream().filter(notes::containsKey).findFirst().orElse(null);
        String next;
        if (from == null) {
            Cell cell = currentCell();
            // The top-left note of the current cell, else of the board.
            java.util.Comparator<String> topLeft = java.util.Comparator.<String>comparingDouble(id -> layout.noteRect(id).y())
                    .thenComparingDouble(id -> layout.noteRect(id).x());
            next = notes.keySet().stream().filter(id -> cell.equals(layout.cellOf(id))).min(topLeft)
                    .orElseGet(() -> notes.keySet().stream().min(topLeft).orElseThrow());
        } else {
            Rect a = layout.noteRect(from);
            double dx = k == KeyCode.RIGHT ? 1 : k == KeyCode.LEFT ? -1 : 0;
            double dy = k == KeyCode.DOWN ? 1 : k == KeyCode.UP ? -1 : 0;
            next = null;
            double best = Double.MAX_VALUE;
            for (String id : notes.keySet()) {
                Rect b = layout.noteRect(id);
                double ox = b.centerX() - a.centerX();
                double oy = b.centerY() - a.centerY();
                double along = ox * dx + oy * dy;
                if (id.equals(from) || along <= 1) {
                    continue;
                }
                double across = Math.abs(ox * dy) + Math.abs(oy * dx);
                double score = along + 2 * across;
                if (score < best) {
                    best = score;
                    next = id;
                }
            }
            if (next == null) {
                return;
            }
        }
        session.selection().clear();
        session.selection().add(next);
        revealNote(next);
    }

    /** Pans just enough to show a note whole. */
    public void revealNote(String id) {
        Rect r = boardLayout().noteRect(id);
        if (r == null) {
            return;
        }
        double s = scale.getX();
        double x = translate.getX() + r.x() * s;
        double y = translate.getY() + r.y() * s;
        double margin = 30;
        double dx = x < margin ? margin - x : x + r.w() * s > getWidth() - margin ? getWidth() - margin - (x + r.w() * s) : 0;
        double dy = y < margin ? margin - y : y + r.h() * s > getHeight() - margin ? getHeight() - margin - (y + r.h() * s) : 0;
        panBy(dx, dy);
    }

    private static boolean isArrow(KeyCode k) {
        return k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN;
    }

    private static int digit(KeyCode k) {
        return switch (k) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> 0;
        };
    }

    // ---- actions (also used by menus and the main window) ------------------------------------

    /** The cell new notes go to: the last one clicked, else the first selected note's, else the first cell. */
    public Cell currentCell() {
        boardLayout();
        if (currentCell != null && layout.cellRect(currentCell) != null) {
            return currentCell;
        }
        Board board = layout.board();
        if (!layout.lanes().isEmpty() && !board.steps().isEmpty()) {
            return new Cell(layout.lanes().getFirst(), board.steps().getFirst().id());
        }
        return Cell.UNSORTED;
    }

    /** Opens an editor where the new note will appear; the note exists once the text is kept. */
    public void newNote(Cell cell) {
        newNote(cell, false);
    }

    private void newNote(Cell cell, boolean byKey) {
        Rect slot = boardLayout().nextSlot(cell);
        if (slot == null) {
            return;
        }
        editor.open(slot, "", text -> {
            if (!text.isBlank()) {
                addNotesTo(cell, List.of(text.strip()));
            }
        }, this::requestFocus, byKey);
    }

    public void editNote(String id) {
        Note n = notes.get(id);
        Rect r = boardLayout().noteRect(id);
        if (n == null || r == null) {
            return;
        }
        editor.open(r, n.text(), text -> {
            Note current = session.workshop().note(id).orElse(null);
            if (current != null && !text.isBlank() && !text.strip().equals(current.text())) {
                session.execute(Edits.updateNotes(List.of(current.withText(text))));
            }
        }, this::requestFocus);
    }

    /** One note per non-empty line, all in one undo step; the new notes become the selection. */
    public void addNotesTo(Cell cell, List<String> texts) {
        String profession = cell.isArea() ? defaultProfession() : cell.laneId();
        List<Note> added = texts.stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> Note.of(Ids.newId(), boardId, t, profession, cell.stepId())).toList();
        if (added.isEmpty() || profession == null) {
            return;
        }
        session.execute(Edits.addNotes(added));
        session.selection().clear();
        session.selection().addAll(added.stream().map(Note::id).toList());
    }

    /** Copies of the given notes into the current cell (paste) or beside the originals (duplicate). */
    public void addCopies(List<Note> originals, boolean intoCurrentCell) {
        Cell cell = currentCell();
        List<Note> copies = new ArrayList<>();
        for (Note n : originals) {
            Note copy = n.copyAs(Ids.newId()).withVotes(0);
            if (intoCurrentCell) {
                copy = copy.placedAt(boardId, cell.isArea() ? n.professionId() : cell.laneId(), cell.stepId());
            }
            copies.add(copy);
        }
        if (!copies.isEmpty()) {
            session.execute(Edits.addNotes(copies));
            session.selection().clear();
            session.selection().addAll(copies.stream().map(Note::id).toList());
        }
    }

    /** Sets the selected notes aside as off-topic (P); drag them back to a cell to use them again. */
    public void parkSelection() {
        List<String> ids = session.selection().stream().filter(notes::containsKey).toList();
        if (!ids.isEmpty() && !room.isLocked()) {
            session.execute(Edits.park(ids, boardId));
        }
    }

    public void deleteSelection() {
        if (!session.selection().isEmpty()) {
            session.execute(Edits.deleteNotes(List.copyOf(session.selection())));
        }
    }

    public void selectAll() {
        session.selection().addAll(notes.keySet());
    }

    /** Moves the selected notes to another lane: they take that profession. */
    public void setProfessionOfSelection(String professionId) {
        if (room.isLocked()) {
            return;
        }
        List<Note> changed = session.selection().stream().map(notes::get).filter(n -> n != null && !professionId.equals(n.professionId()))
                .map(n -> n.withProfession(professionId)).toList();
        if (!changed.isEmpty()) {
            session.execute(Edits.updateNotes(changed));
        }
    }

    /** Keyboard move: Alt+arrow moves the selection one lane or step, as a drag would. */
    private void moveSelectionBy(KeyCode k) {
        List<String> ids = session.selection().stream().filter(notes::containsKey).toList();
        if (ids.isEmpty() || layout == null) {
            return;
        }
        Cell from = layout.cellOf(ids.getFirst());
        Board board = layout.board();
        List<String> stepIds = board.steps().stream().map(Step::id).toList();
        List<String> lanes = layout.lanes();
        if (from == null || from.isArea()) {
            drop(ids, currentCell());
            return;
        }
        boolean horizontal = board.form() == BoardForm.HORIZONTAL;
        int stepDelta = horizontal ? (k == KeyCode.LEFT ? -1 : k == KeyCode.RIGHT ? 1 : 0) : (k == KeyCode.UP ? -1 : k == KeyCode.DOWN ? 1 : 0);
        int laneDelta = horizontal ? (k == KeyCode.UP ? -1 : k == KeyCode.DOWN ? 1 : 0) : (k == KeyCode.LEFT ? -1 : k == KeyCode.RIGHT ? 1 : 0);
        int si = stepIds.indexOf(from.stepId()) + stepDelta;
        int li = lanes.indexOf(from.laneId()) + laneDelta;
        if (si >= 0 && si < stepIds.size() && li >= 0 && li < lanes.size()) {
            Cell to = new Cell(lanes.get(li), stepIds.get(si));
            currentCell = to;
            drop(ids, to);
        }
    }

    private void drop(List<String> ids, Cell target) {
        if (target == null || room.isLocked()) {
            cull();
            return;
        }
        boolean allThere = ids.stream().allMatch(id -> target.equals(layout.cellOf(id)));
        if (allThere) {
            cull();
            return;
        }
        currentCell = target;
        if (target.isArea()) {
            session.execute(Edits.moveNotes(ids, boardId, null, target.stepId()));
        } else {
            session.execute(Edits.moveNotes(ids, boardId, target.laneId(), target.stepId()));
        }
    }

    private String defaultProfession() {
        return layout.lanes().isEmpty()
                ? session.workshop().professions().stream().map(Profession::id).findFirst().orElse(null)
                : layout.lanes().getFirst();
    }
}
