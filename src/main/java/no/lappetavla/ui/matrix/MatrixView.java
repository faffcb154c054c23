package no.lappetavla.ui.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Edits;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.MustCanMatrix.Row;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;

/**
 * The må/kan matrix screen: tasks by step/time down, one column per profession across. A cell
 * cursor moves with the arrow keys; M, K, * and - set the decision, Delete clears it, Enter or F2
 * edits the begrunnelse. Every change is one undoable edit on the session's workshop, and the
 * view redraws from the workshop, so the boards and the matrix always show the same decisions.
 */
public final class MatrixView extends BorderPane {

    private static final PseudoClass STEP_HEADER = PseudoClass.getPseudoClass("step-header");
    private static final double TIME_WIDTH = 92;
    private static final double PROFESSION_WIDTH = 66;
    private static final double FLAGS_WIDTH = 390;
    private static final double MIN_TASK_WIDTH = 300;
    private static final int PAGE = 10;

    private final WorkshopSession session;
    private final TableView<LineSlot> table = new TableView<>();
    private final ObservableList<LineSlot> slots = FXCollections.observableArrayList();
    /** The lines in the slots, for quick reading. */
    private final List<MatrixLine> lines = new ArrayList<>();
    private final TableColumn<LineSlot, MatrixLine> timeColumn = column(Messages.get("matrixView.col.time"), LineCells.Time::new);
    private final TableColumn<LineSlot, MatrixLine> taskColumn = column(Messages.get("matrixView.col.task"), LineCells.TaskText::new);
    private final TableColumn<LineSlot, MatrixLine> flagsColumn = column(Messages.get("matrixView.col.flags"), LineCells.Flags::new);
    private final List<TableColumn<LineSlot, MatrixLine>> professionColumns = new ArrayList<>();
    private final ToggleGroup filters = new ToggleGroup();
    private final ToggleButton allTasks = new ToggleButton();
    private final Map<RowFlag, ToggleButton> filterButtons = new EnumMap<>(RowFlag.class);
    private final JustificationBar justification;
    private final MatrixSummary summary = new MatrixSummary();
    private final Map<String, Integer> lineOfTask = new HashMap<>();

    private MustCanMatrix matrix;
    private List<Profession> columnsShown = List.of();
    /** The cell cursor, kept by task and profession so it survives edits, undo and filtering. */
    private String cursorTask;
    private int cursorLine = -1;
    private int cursorColumn;

    public MatrixView(WorkshopSession session) {
        this.session = Objects.requireNonNull(session);
        getStyleClass().add("matrix-view");
        getStylesheets().add(Objects.requireNonNull(MatrixView.class.getResource("matrix.css")).toExternalForm());
        justification = new JustificationBar(new JustificationBar.Target() {
            @Override
            public void justify(String taskKey, String professionId, String text) {
                setJustification(taskKey, professionId, text);
            }

            @Override
            public void backToMatrix() {
                table.requestFocus();
            }
        });

        setTop(new VBox(filterBar(), legend()));
        setCenter(table);
        ScrollPane totals = new ScrollPane(summary);
        totals.setFitToHeight(true);
        totals.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        totals.getStyleClass().add("matrix-totals");
        VBox bottom = new VBox(justification, totals);
        bottom.getStyleClass().add("matrix-bottom");
        setBottom(bottom);
        setupTable();

        session.workshopProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Puts the keyboard on the matrix, e.g. when its tab is chosen. */
    public void focusMatrix() {
        table.requestFocus();
    }

    private void setupTable() {
        table.getStyleClass().add("matrix-table");
        table.setItems(slots);
        table.setEditable(false);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(Messages.get("matrixView.noTasks")));
        table.setAccessibleText(Messages.get("matrixView.accessible"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LineSlot slot, boolean empty) {
                super.updateItem(slot, empty);
                pseudoClassStateChanged(STEP_HEADER, !empty && slot != null && slot.line.get() instanceof MatrixLine.StepHeader);
            }
        });
        // Only the task text is resizable, so it takes whatever width the fixed columns leave.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        fixWidth(timeColumn, TIME_WIDTH);
        fixWidth(flagsColumn, FLAGS_WIDTH);
        taskColumn.setMinWidth(MIN_TASK_WIDTH);
        taskColumn.setPrefWidth(MIN_TASK_WIDTH * 2);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    private TableColumn<LineSlot, MatrixLine> column(String title, Supplier<TableCell<LineSlot, MatrixLine>> cells) {
        TableColumn<LineSlot, MatrixLine> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> f.getValue().line);
        c.setCellFactory(col -> {
            TableCell<LineSlot, MatrixLine> cell = cells.get();
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> cellPressed(cell, e));
            return cell;
        });
        return c;
    }

    private static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        column.setResizable(false);
    }

    private Node filterBar() {
        Label caption = new Label(Messages.get("matrixView.filter.caption"));
        caption.getStyleClass().add("matrix-caption");
        HBox bar = new HBox(8, caption, allTasks);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("matrix-filter-bar");
        allTasks.setToggleGroup(filters);
        allTasks.setSelected(true);
        allTasks.setTooltip(new Tooltip(Messages.get("matrixView.filter.all.tip")));
        for (RowFlag flag : RowFlag.values()) {
            ToggleButton b = new ToggleButton();
            b.setUserData(flag);
            b.setToggleGroup(filters);
            b.setTooltip(new Tooltip(flag.filterTip()));
            b.getStyleClass().addAll("matrix-filter", flag.styleClass());
            filterButtons.put(flag, b);
            bar.getChildren().add(b);
        }
        allTasks.getStyleClass().add("matrix-filter");
        filters.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                // Clicking the chosen filter again shows everything instead of leaving none chosen.
                allTasks.setSelected(true);
                return;
            }
            showLines();
        });
        return bar;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(18, 4);
        legend.getStyleClass().add("matrix-legend");
        for (Decision d : Decision.values()) {
            Label letter = new Label(d.letter());
            letter.getStyleClass().addAll("legend-letter", DecisionCell.fillClass(d));
            legend.getChildren().add(legendItem(letter, DecisionCell.meaning(d)));
        }
        Label blank = new Label(" ");
        blank.getStyleClass().addAll("legend-letter", "decision-none");
        legend.getChildren().add(legendItem(blank, Messages.get("matrixView.legend.blank")));
        legend.getChildren().add(legendItem(DecisionCell.todayMark(), Messages.get("matrixView.legend.today")));
        legend.getChildren().add(legendItem(DecisionCell.justificationMark(), Messages.get("matrixView.legend.justified")));
        return legend;
    }

    private static Node legendItem(Node mark, String text) {
        HBox item = new HBox(6, mark, new Label(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private void refresh() {
        matrix = MustCanMatrix.of(session.workshop());
        if (!matrix.professions().equals(columnsShown)) {
            rebuildColumns();
        }
        allTasks.setText(Messages.format("matrixView.filter.count", Messages.get("matrixView.filter.all"), matrix.rows().size()));
        for (RowFlag flag : RowFlag.values()) {
            long n = matrix.rows().stream().filter(flag::appliesTo).count();
            filterButtons.get(flag).setText(flag.filterText(n));
        }
        showLines();
        summary.show(matrix);
    }

    private void rebuildColumns() {
        columnsShown = matrix.professions();
        professionColumns.clear();
        for (Profession p : columnsShown) {
            TableColumn<LineSlot, MatrixLine> c = column("", () -> new DecisionCell(p.id()));
            c.setGraphic(ProfessionChip.of(p));
            c.setUserData(p.id());
            fixWidth(c, PROFESSION_WIDTH);
            c.getStyleClass().add("profession-column");
            professionColumns.add(c);
        }
        List<TableColumn<LineSlot, MatrixLine>> all = new ArrayList<>();
        all.add(timeColumn);
        all.add(taskColumn);
        all.addAll(professionColumns);
        all.add(flagsColumn);
        table.getColumns().setAll(all);
        cursorColumn = Math.min(cursorColumn, Math.max(0, professionColumns.size() - 1));
    }

    /** Rebuilds the visible lines for the chosen filter, changing only lines that differ. */
    private void showLines() {
        RowFlag filter = (RowFlag) (filters.getSelectedToggle() == null ? null : filters.getSelectedToggle().getUserData());
        List<MatrixLine> next = new ArrayList<>();
        List<Row> group = new ArrayList<>();
        String label = null;
        for (Row row : matrix.rows()) {
            if (filter != null && !filter.appliesTo(row)) {
                continue;
            }
            if (!row.task().stepLabel().equals(label)) {
                addGroup(next, label, group);
                label = row.task().stepLabel();
            }
            group.add(row);
        }
        addGroup(next, label, group);

        if (sameShape(lines, next)) {
            for (int i = 0; i < next.size(); i++) {
                if (!lines.get(i).equals(next.get(i))) {
                    slots.get(i).line.set(next.get(i));
                }
            }
        } else {
            slots.setAll(next.stream().map(LineSlot::new).toList());
        }
        lines.clear();
        lines.addAll(next);
        lineOfTask.clear();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof MatrixLine.TaskLine t) {
                lineOfTask.put(t.taskKey(), i);
            }
        }
        placeCursor();
    }

    private static void addGroup(List<MatrixLine> into, String label, List<Row> group) {
        if (group.isEmpty()) {
            return;
        }
        into.add(new MatrixLine.StepHeader(label, group.size()));
        group.forEach(r -> into.add(new MatrixLine.TaskLine(r)));
        group.clear();
    }

    /** Same lines in the same places (by step and task), so cells can be updated in place. */
    private static boolean sameShape(List<MatrixLine> a, List<MatrixLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            boolean same = switch (a.get(i)) {
                case MatrixLine.StepHeader h -> b.get(i) instanceof MatrixLine.StepHeader o && o.label().equals(h.label());
                case MatrixLine.TaskLine t -> b.get(i) instanceof MatrixLine.TaskLine o && o.taskKey().equals(t.taskKey());
            };
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Finds the cursor's task again after a change; if it is gone, the nearest task takes its place. */
    private void placeCursor() {
        if (professionColumns.isEmpty() || lineOfTask.isEmpty()) {
            cursorLine = -1;
            table.getSelectionModel().clearSelection();
            justification.show(null, null);
            return;
        }
        Integer line = cursorTask == null ? null : lineOfTask.get(cursorTask);
        if (line == null) {
            line = nearestTaskLine(Math.max(cursorLine, 0));
        }
        select(line, cursorColumn);
    }

    private int nearestTaskLine(int from) {
        int start = Math.min(from, lines.size() - 1);
        for (int i = start; i < lines.size(); i++) {
            if (lines.get(i) instanceof MatrixLine.TaskLine) {
                return i;
            }
        }
        for (int i = start; i >= 0; i--) {
            if (lines.get(i) instanceof MatrixLine.TaskLine) {
                return i;
            }
        }
        throw new IllegalStateException("no task lines");
    }

    private void select(int line, int column) {
        MatrixLine.TaskLine task = (MatrixLine.TaskLine) lines.get(line);
        cursorLine = line;
        cursorColumn = column;
        cursorTask = task.taskKey();
        TableColumn<LineSlot, MatrixLine> col = professionColumns.get(column);
        table.getSelectionModel().clearAndSelect(line, col);
        table.getFocusModel().focus(line, col);
        scrollTo(line, col);
        justification.show(task.row(), (String) col.getUserData());
    }

    /** Scrolls as little as needed, bringing the step header along when the cursor is on a step's first task. */
    private void scrollTo(int line, TableColumn<LineSlot, MatrixLine> col) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            if (line > 0 && lines.get(line - 1) instanceof MatrixLine.StepHeader) {
                flow.scrollTo(line - 1);
            }
            flow.scrollTo(line);
        }
        table.scrollToColumn(col);
    }

    private void moveRows(int tasks) {
        if (cursorLine < 0) {
            return;
        }
        int step = Integer.signum(tasks);
        int line = cursorLine;
        int left = Math.abs(tasks);
        for (int i = cursorLine + step; i >= 0 && i < lines.size() && left > 0; i += step) {
            if (lines.get(i) instanceof MatrixLine.TaskLine) {
                line = i;
                left--;
            }
        }
        select(line, cursorColumn);
    }

    private void moveToColumn(int column) {
        if (cursorLine >= 0) {
            select(cursorLine, Math.clamp(column, 0, professionColumns.size() - 1));
        }
    }

    private void cellPressed(TableCell<LineSlot, MatrixLine> cell, MouseEvent e) {
        e.consume();
        table.requestFocus();
        int line = cell.getIndex();
        if (line < 0 || line >= lines.size() || !(lines.get(line) instanceof MatrixLine.TaskLine)) {
            return;
        }
        int column = professionColumns.indexOf(cell.getTableColumn());
        select(line, column >= 0 ? column : cursorColumn);
        if (column >= 0 && e.getClickCount() == 2) {
            justification.edit();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || cursorLine < 0) {
            return;
        }
        switch (e.getCode()) {
            case UP -> moveRows(-1);
            case DOWN -> moveRows(1);
            case PAGE_UP -> moveRows(-PAGE);
            case PAGE_DOWN -> moveRows(PAGE);
            case LEFT -> moveToColumn(cursorColumn - 1);
            case RIGHT -> moveToColumn(cursorColumn + 1);
            case HOME -> moveToColumn(0);
            case END -> moveToColumn(professionColumns.size() - 1);
            case DELETE, BACK_SPACE -> decide(null);
            case ENTER, F2 -> justification.edit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || cursorLine < 0) {
            return;
        }
        Decision d = switch (e.getCharacter()) {
            case "m", "M" -> Decision.MUST;
            case "k", "K" -> Decision.CAN;
            case "*" -> Decision.CAN_AFTER_TRAINING;
            case "-", "–" -> Decision.SHOULD_NOT;
            default -> null;
        };
        if (d != null) {
            decide(d);
            e.consume();
        }
    }

    private void decide(Decision decision) {
        Row row = ((MatrixLine.TaskLine) lines.get(cursorLine)).row();
        String professionId = (String) professionColumns.get(cursorColumn).getUserData();
        MustCanMatrix.Cell cell = row.cell(professionId);
        if (cell.decision() != decision) {
            session.execute(Edits.decide(row.task().key(), professionId, decision,
                    decision == null ? "" : cell.justification()));
        }
    }

    private void setJustification(String taskKey, String professionId, String text) {
        // The cell may have gone (task renamed, profession hidden) while the field had the keyboard.
        matrix.rows().stream().filter(r -> r.task().key().equals(taskKey))
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.profession().id().equals(professionId) && c.decision() != null)
                .findFirst()
                .ifPresent(c -> session.execute(Edits.decide(taskKey, professionId, c.decision(), text)));
    }

    // For tests: what the view shows, without reaching into cells.

    List<Row> visibleRows() {
        return lines.stream().filter(l -> l instanceof MatrixLine.TaskLine)
                .map(l -> ((MatrixLine.TaskLine) l).row()).toList();
    }

    String cursorTaskKey() {
        return cursorTask;
    }

    String cursorProfessionId() {
        return cursorLine < 0 ? null : (String) professionColumns.get(cursorColumn).getUserData();
    }

    TableView<LineSlot> table() {
        return table;
    }
}
