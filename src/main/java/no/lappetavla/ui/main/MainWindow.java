package no.lappetavla.ui.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardView;
import no.lappetavla.ui.cards.CardPreviewDialog;
import no.lappetavla.ui.cards.RolesDialog;
import no.lappetavla.ui.board.StepsDialog;
import no.lappetavla.ui.dialogs.Dialogs;
import no.lappetavla.ui.dialogs.WorkshopInfoDialog;
import no.lappetavla.ui.help.FirstStart;
import no.lappetavla.ui.help.HelpMenu;
import no.lappetavla.ui.help.IntroDialog;
import no.lappetavla.ui.help.ShortcutsDialog;
import no.lappetavla.ui.inspector.InspectorPane;
import no.lappetavla.ui.outline.OutlineView;
import no.lappetavla.ui.print.BoardPrinting;
import no.lappetavla.ui.legend.LegendBar;
import no.lappetavla.ui.matrix.MatrixView;
import no.lappetavla.ui.professions.ProfessionsDialog;
import no.lappetavla.ui.room.RoundTimer;
import no.lappetavla.ui.room.TimerPane;

/** The main window: menus, toolbar, the legend/palette, one tab per board, inspector, status. */
public final class MainWindow {

    private final Stage stage;
    private final WorkshopSession session;
    private final FileActions files;
    private final TransferActions transfers;
    private final WorkshopExports exports;
    private final TabPane tabs = new TabPane();
    private final Map<String, BoardView> views = new HashMap<>();
    private final Label status = new Label();
    private final Label saveState = new Label();
    private final Label zoom = new Label();
    private final ToggleButton horizontal = new ToggleButton(Messages.get("form.horizontal"));
    private final ToggleButton vertical = new ToggleButton(Messages.get("form.vertical"));
    private final Menu recentMenu = new Menu(Messages.get("menu.recent"));
    private final Menu lanesMenu = new Menu(Messages.get("menu.lanes"));
    private final Tab matrixTab = new Tab(Messages.get("tab.matrix"));
    private boolean syncingTabs;
    private final RoundTimer timer = new RoundTimer();
    private final BorderPane root = new BorderPane();
    private VBox chrome;
    private Node inspectorPane;
    private Node statusPane;

    public MainWindow(Stage stage, WorkshopSession session, WorkshopExports exports) {
        this.stage = stage;
        this.session = session;
        this.files = new FileActions(stage, session);
        this.transfers = new TransferActions(stage, session, exports);
        this.exports = exports;

        root.getStyleClass().add("main-window");
        LegendBar legend = new LegendBar(session, id -> currentView().ifPresent(v -> v.setProfessionOfSelection(id)));
        TimerPane timerPane = new TimerPane(timer);
        BorderPane roomBar = new BorderPane(legend, null, timerPane, null, null);
        BorderPane.setAlignment(timerPane, Pos.CENTER_RIGHT);
        roomBar.getStyleClass().add("room-bar");
        chrome = new VBox(menuBar(), toolBar());
        root.setTop(new VBox(chrome, roomBar));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Built when first shown: start-up only pays for the board.
        matrixTab.selectedProperty().addListener((o, was, is) -> {
            if (is && matrixTab.getContent() == null) {
                matrixTab.setContent(new MatrixView(session));
            }
            if (is) {
                Platform.runLater(((MatrixView) matrixTab.getContent())::focusMatrix);
            }
        });
        matrixTab.getStyleClass().add("matrix-tab");
        InspectorPane inspector = new InspectorPane(session);
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        Tab outlineTab = new Tab(Messages.get("side.outline"));
        outlineTab.selectedProperty().addListener((o, was, is) -> {
            if (is && outlineTab.getContent() == null) {
                outlineTab.setContent(new OutlineView(session));
            }
        });
        TabPane side = new TabPane(new Tab(Messages.get("side.note"), inspectorScroll), outlineTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(280);
        SplitPane split = new SplitPane(tabs, side);
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        inspectorPane = side;
        statusPane = statusBar();
        root.setBottom(statusPane);

        Scene scene = new Scene(root, 1400, 900);
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::roomKeys);
        ShortcutsDialog.openOnQuestionMark(scene);
        stage.setFullScreenExitHint(Messages.get("presentation.exitHint"));
        stage.fullScreenProperty().addListener((o, was, is) -> {
            if (!is && session.room().isPresenting()) {
                setPresenting(false);
            }
        });
        session.room().lockedProperty().addListener((o, a, b) -> updateStatus());
        scene.getStylesheets().add(MainWindow.class.getResource("/no/lappetavla/ui/lappetavla.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(session.windowTitleProperty());
        stage.setOnCloseRequest(e -> {
            if (!files.canDiscard()) {
                e.consume();
            } else {
                session.storage().clearRecovery();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<java.io.File> dropped = e.getDragboard().getFiles();
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
            if (!dropped.isEmpty()) {
                Platform.runLater(() -> files.openFromOutside(dropped.getFirst().toPath()));
            }
        });

        session.workshopProperty().addListener((o, a, b) -> syncBoards());
        session.selection().addListener((SetChangeListener<String>) c -> updateStatus());
        session.currentBoardIdProperty().addListener((o, a, b) -> syncBoards());
        session.autosaveNewsProperty().addListener((o, a, news) -> saveState.setText(news.failure() == null
                ? Messages.format("status.autosaved", news.time().toString())
                : Messages.format("status.autosaveFailed", news.failure())));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingTabs && b != null && b.getUserData() != null) {
                session.currentBoardIdProperty().set((String) b.getUserData());
                session.selection().clear();
            }
        });
        syncBoards();
    }

    public Stage stage() {
        return stage;
    }

    public WorkshopSession session() {
        return session;
    }

    /** Opens a file given on the command line. */
    public void open(Path file) {
        files.openFile(file);
    }

    /**
     * Shows the whole window in another language without touching the work: the same workshop,
     * undo history and file carry over to a rebuilt window.
     */
    public MainWindow switchLanguage(String language) {
        UiSettings.setLanguage(language);
        Messages.setLanguage(language);
        boolean presenting = session.room().isPresenting();
        if (presenting) {
            setPresenting(false);
        }
        stage.titleProperty().unbind();
        return new MainWindow(stage, session.handOver(), exports);
    }

    FileActions files() {
        return files;
    }

    /** Saves to a known file (as Save does once the file is chosen); false after a shown error. */
    public boolean saveTo(Path file) {
        return files.saveTo(file);
    }

    /** Shows the må/kan matrix (Ctrl+M); the boards stay one click away. */
    public void showMatrix() {
        tabs.getSelectionModel().select(matrixTab);
    }

    public Optional<BoardView> currentView() {
        return Optional.ofNullable(views.get(session.currentBoardIdProperty().get()));
    }

    // ---- the room ----------------------------------------------------------------------------

    /** F5 and Esc for presentation, F1 for help, T for the timer: not while typing in a field. */
    private void roomKeys(javafx.scene.input.KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case F5 -> setPresenting(!session.room().isPresenting());
            case F1 -> ShortcutsDialog.show(stage);
            case ESCAPE -> {
                if (session.room().isPresenting()) {
                    setPresenting(false);
                } else {
                    return;
                }
            }
            case T -> {
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                timer.toggle();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Presentation: full screen, tools hidden, high contrast, larger type; Esc leaves it. */
    public void setPresenting(boolean presenting) {
        session.room().presentingProperty().set(presenting);
        chrome.setVisible(!presenting);
        chrome.setManaged(!presenting);
        inspectorPane.setVisible(!presenting);
        inspectorPane.setManaged(!presenting);
        statusPane.setVisible(!presenting);
        statusPane.setManaged(!presenting);
        if (presenting) {
            root.getStyleClass().add("presentation");
            stage.getScene().getRoot().getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
            stage.getScene().getRoot().getStyleClass().remove("presentation");
        }
        SplitPane split = (SplitPane) root.getCenter();
        if (presenting) {
            split.getItems().remove(inspectorPane);
        } else if (!split.getItems().contains(inspectorPane)) {
            split.getItems().add(inspectorPane);
            split.setDividerPositions(0.8);
        }
        stage.setFullScreen(presenting);
        currentView().ifPresent(javafx.scene.Node::requestFocus);
    }

    /** First start: a short introduction, then the example workshop or an empty one. */
    public void introduceIfFirstStart() {
        Platform.runLater(() -> new FirstStart().showIntroIfFirstStart(stage)
                .filter(c -> c == IntroDialog.Choice.EXAMPLE).ifPresent(c -> files.openExample()));
    }

    public RoundTimer timer() {
        return timer;
    }

    // ---- boards ------------------------------------------------------------------------------

    /** Keeps one tab per board, in order, reusing views so zoom and position survive edits. */
    private void syncBoards() {
        syncingTabs = true;
        try {
            Workshop w = session.workshop();
            List<String> ids = w.boards().stream().map(Board::id).toList();
            views.keySet().retainAll(ids);
            List<Tab> wanted = new java.util.ArrayList<>();
            for (Board b : w.boards()) {
                Tab tab = tabs.getTabs().stream().filter(t -> b.id().equals(t.getUserData())).findFirst().orElseGet(() -> {
                    Tab t = new Tab();
                    t.setUserData(b.id());
                    BoardView view = new BoardView(session, b.id());
                    view.setDropElsewhere(this::dropOnBoardTab);
                    view.zoomProperty().addListener((o, x, y) -> updateStatus());
                    views.put(b.id(), view);
                    t.setContent(view);
                    return t;
                });
                tab.setText(b.name() + "  ·  " + Messages.get(b.form() == BoardForm.HORIZONTAL ? "form.horizontalShort" : "form.verticalShort"));
                wanted.add(tab);
            }
            wanted.add(matrixTab);
            boolean showingMatrix = tabs.getSelectionModel().getSelectedItem() == matrixTab;
            if (!tabs.getTabs().equals(wanted)) {
                tabs.getTabs().setAll(wanted);
            }
            String current = session.currentBoardIdProperty().get();
            if (showingMatrix) {
                tabs.getSelectionModel().select(matrixTab);
            } else {
                tabs.getTabs().stream().filter(t -> java.util.Objects.equals(t.getUserData(), current)).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
            currentBoard().ifPresent(b -> {
                horizontal.setSelected(b.form() == BoardForm.HORIZONTAL);
                vertical.setSelected(b.form() == BoardForm.VERTICAL);
            });
        } finally {
            syncingTabs = false;
        }
        rebuildLanesMenu();
        updateStatus();
    }

    /** Notes dragged onto another board's tab move to that board (steps kept by label). */
    private boolean dropOnBoardTab(javafx.geometry.Point2D screen, List<String> noteIds) {
        for (Node header : tabs.lookupAll(".tab")) {
            javafx.geometry.Bounds b = header.localToScreen(header.getBoundsInLocal());
            if (b == null || !b.contains(screen)) {
                continue;
            }
            // The tab pane's skin keeps each header's tab in its properties.
            Tab tab = header.getProperties().get(Tab.class) instanceof Tab t ? t : null;
            if (tab != null && tab.getUserData() != null && !tab.getUserData().equals(session.currentBoardIdProperty().get())) {
                session.execute(Edits.moveNotesToBoard(noteIds, (String) tab.getUserData()));
                return true;
            }
        }
        return false;
    }

    private Optional<Board> currentBoard() {
        return session.workshop().board(session.currentBoardIdProperty().get());
    }

    private void setForm(BoardForm form) {
        currentBoard().filter(b -> b.form() != form).ifPresent(b -> session.execute(Edits.switchForm(b.id())));
        syncBoards();
    }

    private void newBoard() {
        Workshop w = session.workshop();
        String name = Messages.format("board.nameN", w.boards().size() + 1);
        ask("board.newTitle", name).ifPresent(n -> {
            Board b = new Board(Ids.newId(), n, BoardForm.HORIZONTAL,
                    Workshops.DAY_SHIFT_STEPS.stream().map(s -> new Step(Ids.newId(), s)).toList(),
                    w.professions().stream().filter(p -> !p.hidden()).map(Profession::id).toList());
            session.execute(Edits.addBoard(b));
            session.currentBoardIdProperty().set(b.id());
        });
    }

    private void renameBoard() {
        currentBoard().ifPresent(b -> ask("board.renameTitle", b.name())
                .ifPresent(n -> session.execute(Edits.updateBoard(b.withName(n)))));
    }

    private void removeBoard() {
        currentBoard().ifPresent(b -> {
            if (session.workshop().boards().size() <= 1) {
                Dialogs.info(stage, Messages.get("board.removeLastHeader"), Messages.get("board.removeLastText"));
                return;
            }
            long count = session.workshop().notesOn(b.id()).size();
            if (Dialogs.confirm(stage, Messages.format("board.removeHeader", b.name()),
                    Messages.format("board.removeText", count), Messages.get("board.remove"))) {
                session.execute(Edits.removeBoard(b.id()));
            }
        });
    }

    /** Before/after: the current board becomes the starting point of a "future" board. */
    private void copyAsFuture() {
        currentBoard().ifPresent(b -> ask("board.futureTitle", Messages.format("board.futureName", b.name())).ifPresent(name -> {
            String id = Ids.newId();
            session.execute(Edits.copyBoardAsFuture(b.id(), name, id));
            session.currentBoardIdProperty().set(id);
        }));
    }

    /** Shows what moved between professions from another board (before) to this one (after). */
    private void compareBoards() {
        Board after = currentBoard().orElse(null);
        List<Board> others = session.workshop().boards().stream().filter(b -> after != null && !b.id().equals(after.id())).toList();
        if (after == null || others.isEmpty()) {
            Dialogs.info(stage, Messages.get("compare.noOtherHeader"), Messages.get("compare.noOtherText"));
            return;
        }
        javafx.scene.control.ChoiceDialog<Board> choose = new javafx.scene.control.ChoiceDialog<>(others.getFirst(), others);
        choose.initOwner(stage);
        choose.setTitle(Messages.get("compare.title"));
        choose.setHeaderText(Messages.format("compare.chooseBefore", after.name()));
        choose.getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
        javafx.util.StringConverter<Board> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Board b) {
                return b == null ? "" : b.name();
            }

            @Override
            public Board fromString(String s) {
                return null;
            }
        };
        ((javafx.scene.control.ComboBox<Board>) choose.getDialogPane().lookup(".combo-box")).setConverter(names);
        choose.showAndWait().ifPresent(before -> ChangeListDialog.show(stage, session.workshop(), before, after));
    }

    private Optional<String> ask(String titleKey, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(stage);
        d.setTitle(Messages.get(titleKey));
        d.setHeaderText(Messages.get(titleKey));
        d.getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void rebuildLanesMenu() {
        lanesMenu.getItems().clear();
        currentBoard().ifPresent(b -> {
            for (Profession p : session.workshop().professions()) {
                CheckMenuItem item = new CheckMenuItem(p.code() + " – " + p.name());
                item.setSelected(b.hasLane(p.id()));
                item.setOnAction(e -> {
                    List<String> order = session.workshop().professions().stream().map(Profession::id).toList();
                    List<String> lanes = order.stream().filter(id -> id.equals(p.id()) ? item.isSelected() : b.hasLane(id)).toList();
                    session.execute(Edits.updateBoard(b.withLaneIds(lanes)));
                });
                lanesMenu.getItems().add(item);
            }
        });
    }

    // ---- clipboard ---------------------------------------------------------------------------

    private List<Note> selectedNotes() {
        return session.workshop().notes().stream().filter(n -> session.selection().contains(n.id())).toList();
    }

    private void copy() {
        List<Note> notes = selectedNotes();
        if (notes.isEmpty()) {
            return;
        }
        session.setClipboard(notes);
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("\n", notes.stream().map(Note::text).toList()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void cut() {
        copy();
        currentView().ifPresent(BoardView::deleteSelection);
    }

    /** Our own notes paste with all their fields; any other text becomes one note per line. */
    private void paste() {
        currentView().ifPresent(v -> {
            Clipboard cb = Clipboard.getSystemClipboard();
            String text = cb.hasString() ? cb.getString() : null;
            List<Note> ours = session.clipboard();
            String oursText = String.join("\n", ours.stream().map(Note::text).toList());
            if (!ours.isEmpty() && (text == null || text.equals(oursText))) {
                v.addCopies(ours, true);
            } else if (text != null && !text.isBlank()) {
                v.addNotesTo(v.currentCell(), List.of(text.split("\\R")));
            }
        });
    }

    // ---- chrome ------------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        file.getItems().addAll(
                item("menu.new", "Shortcut+N", files::newWorkshop),
                item("menu.open", "Shortcut+O", files::open),
                recentMenu,
                item("menu.example", null, files::openExample),
                new SeparatorMenuItem(),
                item("menu.save", "Shortcut+S", files::save),
                item("menu.saveAs", "Shortcut+Shift+S", files::saveAs),
                item("menu.saveAsTemplate", null, files::saveAsTemplate),
                new SeparatorMenuItem(),
                item("menu.info", null, () -> WorkshopInfoDialog.show(stage, session)),
                new SeparatorMenuItem(),
                item("menu.importTasks", "Shortcut+I", transfers::importTasks),
                new SeparatorMenuItem(),
                item("menu.quit", "Shortcut+Q", () -> {
                    if (files.canDiscard()) {
                        session.storage().clearRecovery();
                        stage.close();
                    }
                }));

        MenuItem undo = item("menu.undo", "Shortcut+Z", session::undo);
        undo.textProperty().bind(session.undoTextProperty());
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("menu.redo", "Shortcut+Y", session::redo);
        redo.textProperty().bind(session.redoTextProperty());
        redo.disableProperty().bind(session.canRedoProperty().not());
        MenuItem redoAlt = item("menu.redo", "Shortcut+Shift+Z", session::redo);
        redoAlt.setVisible(false);
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(undo, redo, redoAlt, new SeparatorMenuItem(),
                item("menu.newNote", null, () -> currentView().ifPresent(v -> v.newNote(v.currentCell()))),
                item("menu.cut", "Shortcut+X", this::cut),
                item("menu.copy", "Shortcut+C", this::copy),
                item("menu.paste", "Shortcut+V", this::paste),
                item("menu.duplicate", "Shortcut+D", () -> currentView().ifPresent(v -> v.addCopies(selectedNotes(), false))),
                item("menu.delete", null, () -> currentView().ifPresent(BoardView::deleteSelection)),
                new SeparatorMenuItem(),
                item("menu.selectAll", "Shortcut+A", () -> currentView().ifPresent(BoardView::selectAll)));

        Menu board = new Menu(Messages.get("menu.board"));
        board.setOnShowing(e -> rebuildLanesMenu());
        board.getItems().addAll(
                item("menu.newBoard", "Shortcut+T", this::newBoard),
                item("menu.renameBoard", null, this::renameBoard),
                item("menu.removeBoard", null, this::removeBoard),
                new SeparatorMenuItem(),
                item("menu.copyAsFuture", null, this::copyAsFuture),
                item("menu.compare", null, this::compareBoards),
                item("menu.clearVotes", null, () -> currentBoard().ifPresent(b -> session.execute(Edits.clearVotes(b.id())))),
                new SeparatorMenuItem(),
                item("menu.switchForm", "Shortcut+R", () -> currentBoard().ifPresent(b -> setForm(b.form().other()))),
                item("menu.steps", null, () -> currentBoard().ifPresent(b -> StepsDialog.show(stage, session, b.id()))),
                lanesMenu,
                item("menu.professions", null, () -> ProfessionsDialog.show(stage, session)),
                new SeparatorMenuItem(),
                item("menu.printBoard", "Shortcut+P", () -> BoardPrinting.print(stage, session)),
                item("menu.boardPdf", null, () -> BoardPrinting.exportPdf(stage, session, exports)),
                item("menu.boardPng", null, () -> BoardPrinting.exportPng(stage, session)));

        // Ctrl+= zooms in too: on Norwegian keyboards + needs Shift.
        MenuItem zoomInAlt = item("menu.zoomIn", "Shortcut+EQUALS", () -> currentView().ifPresent(BoardView::zoomIn));
        zoomInAlt.setVisible(false);
        CheckMenuItem lock = new CheckMenuItem(Messages.get("menu.lock"));
        lock.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        lock.selectedProperty().bindBidirectional(session.room().lockedProperty());
        Menu view = new Menu(Messages.get("menu.view"));
        view.getItems().addAll(
                item("menu.presentation", null, () -> setPresenting(!session.room().isPresenting())),
                lock,
                new SeparatorMenuItem(),
                item("menu.zoomIn", "Shortcut+PLUS", () -> currentView().ifPresent(BoardView::zoomIn)),
                zoomInAlt,
                item("menu.zoomOut", "Shortcut+MINUS", () -> currentView().ifPresent(BoardView::zoomOut)),
                item("menu.fitBoard", "Shortcut+0", () -> currentView().ifPresent(BoardView::fitBoard)),
                item("menu.actualSize", "Shortcut+1", () -> currentView().ifPresent(BoardView::zoomActualSize)));


        Menu outputs = new Menu(Messages.get("menu.outputs"));
        outputs.getItems().addAll(
                item("menu.matrix", "Shortcut+M", this::showMatrix),
                item("menu.roles", null, () -> RolesDialog.show(stage, session)),
                item("menu.cards", "Shortcut+K", () -> CardPreviewDialog.show(stage, session, exports)),
                new SeparatorMenuItem(),
                item("menu.exportMatrixExcel", "Shortcut+E", () -> transfers.exportMatrix(false)),
                item("menu.exportMatrixWord", null, () -> transfers.exportMatrix(true)),
                item("menu.importMatrix", null, transfers::importMatrix));

        Menu language = new Menu(Messages.get("menu.language"));
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        for (String lang : List.of("nb", "nn", "en")) {
            javafx.scene.control.RadioMenuItem i = new javafx.scene.control.RadioMenuItem(Messages.get("language." + lang));
            i.setToggleGroup(languages);
            i.setSelected(lang.equals(UiSettings.language()));
            i.setOnAction(e -> switchLanguage(lang));
            language.getItems().add(i);
        }
        view.getItems().addAll(new SeparatorMenuItem(), language);

        MenuBar bar = new MenuBar(file, edit, board, view, outputs, HelpMenu.create(stage, choice -> {
            if (choice == IntroDialog.Choice.EXAMPLE) {
                files.openExample();
            } else {
                files.newWorkshop();
            }
        }));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : files.recentFiles()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> files.openFromOutside(p));
            recentMenu.getItems().add(i);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        ToggleGroup form = new ToggleGroup();
        horizontal.setToggleGroup(form);
        vertical.setToggleGroup(form);
        horizontal.setOnAction(e -> setForm(BoardForm.HORIZONTAL));
        vertical.setOnAction(e -> setForm(BoardForm.VERTICAL));
        horizontal.setTooltip(new Tooltip(Messages.get("form.horizontalHelp")));
        vertical.setTooltip(new Tooltip(Messages.get("form.verticalHelp")));
        Button newNote = button("toolbar.newNote", () -> currentView().ifPresent(v -> v.newNote(v.currentCell())));
        newNote.getStyleClass().add("accent");
        Button undo = button("toolbar.undo", session::undo);
        undo.disableProperty().bind(session.canUndoProperty().not());
        Button redo = button("toolbar.redo", session::redo);
        redo.disableProperty().bind(session.canRedoProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(newNote, undo, redo, new javafx.scene.control.Separator(),
                new Label(Messages.get("toolbar.form")), horizontal, vertical,
                button("toolbar.steps", () -> currentBoard().ifPresent(b -> StepsDialog.show(stage, session, b.id()))),
                button("toolbar.professions", () -> ProfessionsDialog.show(stage, session)),
                button("toolbar.newBoard", this::newBoard),
                spacer,
                button("toolbar.zoomOut", () -> currentView().ifPresent(BoardView::zoomOut)),
                zoom,
                button("toolbar.zoomIn", () -> currentView().ifPresent(BoardView::zoomIn)),
                button("toolbar.fit", () -> currentView().ifPresent(BoardView::fitBoard)));
    }

    private HBox statusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, status, spacer, saveState);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void updateStatus() {
        Workshop w = session.workshop();
        String boardId = session.currentBoardIdProperty().get();
        long onBoard = w.notes().stream().filter(n -> n.boardId().equals(boardId)).count();
        status.setText(Messages.format("status.counts", session.taskIndex().taskKeys().size(), onBoard, session.selection().size())
                + (session.room().isLocked() ? "  ·  " + Messages.get("status.locked") : ""));
        zoom.setText(currentView().map(v -> Math.round(v.zoom() * 100) + " %").orElse(""));
        if (!session.modifiedProperty().get()) {
            saveState.setText(session.file() == null ? "" : Messages.get("status.saved"));
        }
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private static Button button(String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setOnAction(e -> action.run());
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        return b;
    }
}
