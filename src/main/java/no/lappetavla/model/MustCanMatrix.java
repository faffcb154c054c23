package no.lappetavla.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The må/kan matrix: one row per task (ordered by step/time), one column per visible profession.
 * Each cell tells who does the task today (from the notes) and what the group decided. Rows carry
 * the findings a project group looks for; totals show what the decisions mean for each profession.
 */
public final class MustCanMatrix {

    /** A task is "alle gjør alt" when at least this many professions do it today. */
    public static final int EVERYONE_DOES_IT = 3;

    /**
     * One profession's part in one task.
     *
     * @param decision      null while not assessed (ikke vurdert)
     * @param justification the begrunnelse, "" when none
     */
    public record Cell(Profession profession, boolean doneToday, Decision decision, String justification) {

        public String letter() {
            return decision == null ? "" : decision.letter();
        }
    }

    /**
     * One task with its cells (in column order) and findings.
     *
     * @param doneTodayButShouldNot professions that do the task today although now marked "skal ikke":
     *                              candidates for oppgaveglidning to someone else
     * @param doerAfterDecisions    the profession that takes the task when nobody has M (see {@link Totals}), or null
     */
    public record Row(Task task, List<Cell> cells, List<Profession> doneTodayButShouldNot, Profession doerAfterDecisions) {

        public Row {
            cells = List.copyOf(cells);
            doneTodayButShouldNot = List.copyOf(doneTodayButShouldNot);
        }

        public Cell cell(String professionId) {
            return cells.stream().filter(c -> c.profession().id().equals(professionId)).findFirst().orElseThrow();
        }

        /** Rule: every task needs someone who must do it. */
        public boolean lacksMust() {
            return cells.stream().noneMatch(c -> c.decision() == Decision.MUST);
        }

        /** Nobody must and nobody can (K or K*): the task has no one to do it after the decisions. */
        public boolean lacksMustOrCan() {
            return cells.stream().noneMatch(c -> c.decision() == Decision.MUST || c.decision() == Decision.CAN
                    || c.decision() == Decision.CAN_AFTER_TRAINING);
        }

        /** "Alle gjør alt": three or more professions do this task today. */
        public boolean everyoneDoesIt() {
            return task.professionIdsToday().size() >= EVERYONE_DOES_IT;
        }

        public boolean hasDecisions() {
            return cells.stream().anyMatch(c -> c.decision() != null);
        }
    }

    /**
     * What the decisions mean for one profession.
     *
     * <p>Minutes per day count task durations (tasks without a duration count nothing) and are null
     * when no task in the workshop has a duration. <b>Today</b> is every task the profession does
     * today. <b>After the decisions</b> a task is done by every profession marked M (each of them
     * spends the time, e.g. the morning report); a task without any M goes to the first profession in
     * column order marked K, or failing that the first marked K*; a task with neither is counted for
     * nobody (it is flagged by {@link Row#lacksMustOrCan()}).
     */
    public record Totals(Profession profession, int must, int can, int canAfterTraining, int shouldNot,
                         Integer minutesToday, Integer minutesAfter) {
    }

    private final Workshop workshop;
    private final List<Profession> professions;
    private final List<Row> rows;
    private final List<Totals> totals;
    private final boolean hasDurations;

    private MustCanMatrix(Workshop workshop) {
        this.workshop = workshop;
        this.professions = workshop.professions().stream().filter(p -> !p.hidden()).toList();
        Map<String, TaskDecision> decisions = new HashMap<>();
        for (TaskDecision d : workshop.decisions()) {
            decisions.putIfAbsent(d.taskKey() + "\u0000" + d.professionId(), d);
        }
        List<Row> built = new ArrayList<>();
        for (Task task : TaskList.of(workshop)) {
            List<Cell> cells = new ArrayList<>(professions.size());
            List<Profession> shouldNotToday = new ArrayList<>();
            for (Profession p : professions) {
                TaskDecision d = decisions.get(task.key() + "\u0000" + p.id());
                boolean today = task.doneTodayBy(p.id());
                cells.add(new Cell(p, today, d == null ? null : d.decision(), d == null ? "" : d.justification()));
                if (today && d != null && d.decision() == Decision.SHOULD_NOT) {
                    shouldNotToday.add(p);
                }
            }
            built.add(new Row(task, cells, shouldNotToday, doerWithoutMust(cells)));
        }
        this.rows = List.copyOf(built);
        this.hasDurations = rows.stream().anyMatch(r -> r.task().durationMinutes() != null);
        this.totals = professions.stream().map(this::totalsFor).toList();
    }

    public static MustCanMatrix of(Workshop workshop) {
        return new MustCanMatrix(Objects.requireNonNull(workshop));
    }

    public Workshop workshop() {
        return workshop;
    }

    /** The columns: the workshop's professions that are not hidden, in order. */
    public List<Profession> professions() {
        return professions;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Totals per profession, in column order. */
    public List<Totals> totals() {
        return totals;
    }

    /** Whether any task has a duration, so that minutes mean something. */
    public boolean hasDurations() {
        return hasDurations;
    }

    public List<Row> rowsLackingMust() {
        return rows.stream().filter(Row::lacksMust).toList();
    }

    private static Profession doerWithoutMust(List<Cell> cells) {
        if (cells.stream().anyMatch(c -> c.decision() == Decision.MUST)) {
            return null;
        }
        for (Decision wanted : List.of(Decision.CAN, Decision.CAN_AFTER_TRAINING)) {
            for (Cell c : cells) {
                if (c.decision() == wanted) {
                    return c.profession();
                }
            }
        }
        return null;
    }

    private Totals totalsFor(Profession p) {
        int must = 0;
        int can = 0;
        int canAfterTraining = 0;
        int shouldNot = 0;
        int today = 0;
        int after = 0;
        for (Row row : rows) {
            Cell cell = row.cell(p.id());
            int minutes = row.task().durationMinutes() == null ? 0 : row.task().durationMinutes();
            if (cell.decision() != null) {
                switch (cell.decision()) {
                    case MUST -> must++;
                    case CAN -> can++;
                    case CAN_AFTER_TRAINING -> canAfterTraining++;
                    case SHOULD_NOT -> shouldNot++;
                }
            }
            if (cell.doneToday()) {
                today += minutes;
            }
            if (cell.decision() == Decision.MUST || p.equals(row.doerAfterDecisions())) {
                after += minutes;
            }
        }
        return new Totals(p, must, can, canAfterTraining, shouldNot,
                hasDurations ? today : null, hasDurations ? after : null);
    }
}
