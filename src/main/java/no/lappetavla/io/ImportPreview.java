package no.lappetavla.io;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.Board;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Edit;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.ProfessionMatcher;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;

/**
 * What importing a task list into one board would do, shown before anything changes: the tasks,
 * the notes per profession, the må/kan decisions, the steps created for new times, and every row
 * or value left out with the reason. {@link #apply()} then makes it one undoable {@link Edit}.
 *
 * <p>Må/Kan cells become decisions: M; K, or K* when the text says kurs/delegering/opplæring;
 * "ikke X" is "skal ikke". The who-column gives one note per profession; without it the Må and Kan
 * professions are taken to do the task today. Decisions the workshop already has are kept.
 */
public final class ImportPreview {

    private static final Pattern PARTS = Pattern.compile("[,;\\n]");
    private static final Pattern WORDS = Pattern.compile("[\\s/+&()]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Workshop base;
    private final String boardId;
    private final List<ImportedTask> tasks = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<TaskDecision> decisions = new ArrayList<>();
    private final List<Step> newSteps = new ArrayList<>();
    private final List<ImportIssue> issues = new ArrayList<>();
    private final List<String> ignoredColumns;

    private final ProfessionMatcher matcher;
    private final Board board;
    private final Map<String, Step> stepsByLabel = new LinkedHashMap<>();
    private final Set<String> decided = new HashSet<>();

    private ImportPreview(TaskSheet sheet, Workshop workshop, String boardId, List<Profession> everyone) {
        this.base = workshop;
        this.boardId = boardId;
        this.board = workshop.board(boardId).orElseThrow(() -> new IllegalArgumentException("no board " + boardId));
        this.matcher = new ProfessionMatcher(workshop.professions(), everyone);
        this.ignoredColumns = sheet.ignoredColumns();
        board.steps().forEach(s -> stepsByLabel.putIfAbsent(labelKey(s.label()), s));
        workshop.decisions().forEach(d -> decided.add(d.taskKey() + "\n" + d.professionId()));
        for (TaskRow row : sheet.rows()) {
            read(row, sheet.has(ImportColumn.WHO_TODAY));
        }
    }

    /** The preview of importing into a board of an existing workshop; "alle" means the board's visible lanes. */
    public static ImportPreview of(TaskSheet sheet, Workshop workshop, String boardId) {
        Board board = workshop.board(boardId).orElseThrow(() -> new IllegalArgumentException("no board " + boardId));
        List<Profession> lanes = workshop.professions().stream()
                .filter(p -> board.hasLane(p.id()) && !p.hidden()).toList();
        return new ImportPreview(sheet, workshop, boardId, lanes);
    }

    /** As {@link #of(TaskSheet, Workshop, String)}, with the professions "alle" stands for given. */
    public static ImportPreview of(TaskSheet sheet, Workshop workshop, String boardId, List<Profession> everyone) {
        return new ImportPreview(sheet, workshop, boardId, everyone);
    }

    /** The preview of a new workshop with the default professions and a day-shift board (for the command line). */
    public static ImportPreview forNewWorkshop(TaskSheet sheet) {
        Workshop empty = Workshops.newWorkshop("", Texts.of("io", "nb").get("import.boardName"));
        return of(sheet, empty, empty.boards().getFirst().id());
    }

    public List<ImportedTask> tasks() {
        return List.copyOf(tasks);
    }

    /** Distinct tasks: rows with the same text (ignoring case and spacing) are one task. */
    public int taskCount() {
        return (int) tasks.stream().map(t -> TaskKey.of(t.text())).distinct().count();
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    /** Notes per profession in the workshop's profession order; professions without notes left out. */
    public Map<Profession, Integer> notesPerProfession() {
        Map<Profession, Integer> counts = new LinkedHashMap<>();
        for (Profession p : base.professions()) {
            int n = (int) notes.stream().filter(note -> p.id().equals(note.professionId())).count();
            if (n > 0) {
                counts.put(p, n);
            }
        }
        return counts;
    }

    /** The decisions that will be added (the workshop's own decisions are never overwritten). */
    public List<TaskDecision> decisions() {
        return List.copyOf(decisions);
    }

    /** Steps the board does not have yet, created for times and step names in the list. */
    public List<Step> newSteps() {
        return List.copyOf(newSteps);
    }

    public List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /** Rows left out entirely (no task text, or no known profession doing the task). */
    public int skippedRowCount() {
        return (int) issues.stream().filter(i -> i.reason().skipsRow()).map(ImportIssue::row).distinct().count();
    }

    /** Header texts of the columns not imported (e.g. an "English" gloss). */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    public String boardId() {
        return boardId;
    }

    /**
     * The import as one undo step: adds the new steps (in time order) and any missing lanes to the
     * board, the notes, and the decisions the workshop does not have by then.
     */
    public Edit apply() {
        List<Note> addedNotes = List.copyOf(notes);
        List<Step> addedSteps = List.copyOf(newSteps);
        List<TaskDecision> addedDecisions = List.copyOf(decisions);
        return Edit.of("edit.importTasks", w -> {
            Optional<Board> target = w.board(boardId);
            if (target.isEmpty()) {
                return w;
            }
            Board b = target.get();
            List<Step> steps = new ArrayList<>(b.steps());
            for (Step s : addedSteps) {
                if (!b.hasStep(s.id())) {
                    steps.add(insertionIndex(steps, s.label()), s);
                }
            }
            List<String> lanes = new ArrayList<>(b.laneIds());
            for (Note n : addedNotes) {
                if (n.professionId() != null && !lanes.contains(n.professionId()) && w.profession(n.professionId()).isPresent()) {
                    lanes.add(n.professionId());
                }
            }
            List<Note> allNotes = new ArrayList<>(w.notes());
            allNotes.addAll(addedNotes);
            Set<String> existing = new HashSet<>();
            w.decisions().forEach(d -> existing.add(d.taskKey() + "\n" + d.professionId()));
            List<TaskDecision> allDecisions = new ArrayList<>(w.decisions());
            addedDecisions.stream().filter(d -> !existing.contains(d.taskKey() + "\n" + d.professionId())).forEach(allDecisions::add);
            return w.withBoard(b.withSteps(steps).withLaneIds(lanes)).withNotes(allNotes).withDecisions(allDecisions);
        });
    }

    /** The workshop previewed with the import applied and the given title: what the command line saves. */
    public Workshop toNewWorkshop(String title) {
        return apply().apply(base).withInfo(title, base.unit(), base.date(), base.participants());
    }

    private void read(TaskRow row, boolean hasWhoColumn) {
        String text = row.get(ImportColumn.TASK);
        if (text.isBlank()) {
            issues.add(new ImportIssue(row.number(), ImportIssue.Reason.NO_TASK_TEXT, ""));
            return;
        }
        String key = TaskKey.of(text);
        String stepId = stepFor(row);
        Integer duration = duration(row);
        List<TaskDecision> rowDecisions = new ArrayList<>();
        Set<Profession> fromDecisions = new LinkedHashSet<>();
        decide(row, ImportColumn.MUST, key, rowDecisions, fromDecisions);
        decide(row, ImportColumn.CAN, key, rowDecisions, fromDecisions);
        Set<Profession> doers = hasWhoColumn ? professionsIn(row, row.get(ImportColumn.WHO_TODAY)) : fromDecisions;
        if (doers.isEmpty()) {
            // A note needs a profession (its lane and colour), so a task nobody known does cannot be placed.
            issues.add(new ImportIssue(row.number(), ImportIssue.Reason.NO_PROFESSION, text));
            decisions.removeAll(rowDecisions);
            return;
        }
        for (Profession doer : doers) {
            notes.add(new Note(Ids.newId(), boardId, text, doer.id(), stepId, row.get(ImportColumn.PLACE),
                    row.get(ImportColumn.USER_NEED), row.get(ImportColumn.COMPETENCE_NEED), duration, "", false,
                    row.get(ImportColumn.COMMENT), 0));
        }
        String stepLabel = stepId == null ? "" : stepsByLabel.values().stream()
                .filter(s -> s.id().equals(stepId)).findFirst().map(Step::label).orElse("");
        tasks.add(new ImportedTask(row.number(), text.strip(), stepLabel, List.copyOf(doers), rowDecisions));
    }

    /** Each comma-separated part of a Må/Kan cell is one decision for the professions it names. */
    private void decide(TaskRow row, ImportColumn column, String key, List<TaskDecision> rowDecisions, Set<Profession> doers) {
        for (String part : PARTS.split(row.get(column))) {
            if (!LETTER.matcher(part).find()) {
                continue;
            }
            List<Profession> found = matcher.find(part);
            if (found.isEmpty()) {
                issues.add(new ImportIssue(row.number(), ImportIssue.Reason.UNKNOWN_PROFESSION, part));
                continue;
            }
            Decision decision = decisionFor(column == ImportColumn.MUST, part);
            for (Profession p : found) {
                if (decided.add(key + "\n" + p.id())) {
                    TaskDecision d = new TaskDecision(key, p.id(), decision, justification(part));
                    decisions.add(d);
                    rowDecisions.add(d);
                }
                if (decision != Decision.SHOULD_NOT) {
                    doers.add(p);
                }
            }
        }
    }

    private Set<Profession> professionsIn(TaskRow row, String cell) {
        Set<Profession> found = new LinkedHashSet<>();
        for (String part : PARTS.split(cell)) {
            if (!LETTER.matcher(part).find()) {
                continue;
            }
            List<Profession> named = matcher.find(part);
            if (named.isEmpty()) {
                issues.add(new ImportIssue(row.number(), ImportIssue.Reason.UNKNOWN_PROFESSION, part));
            }
            found.addAll(named);
        }
        return found;
    }

    static Decision decisionFor(boolean mustColumn, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.matches("(?s).*\\b(ikke|ikkje|not)\\b.*")) {
            return Decision.SHOULD_NOT;
        }
        if (mustColumn) {
            return Decision.MUST;
        }
        return p.contains("kurs") || p.contains("delegering") || p.contains("opplær") || p.contains("training")
                ? Decision.CAN_AFTER_TRAINING : Decision.CAN;
    }

    /** The cell text is kept as the condition when it says more than profession names ("HFA m/kurs"). */
    private String justification(String part) {
        for (String word : WORDS.split(part.strip())) {
            if (!word.isEmpty() && LETTER.matcher(word).find() && matcher.find(word).isEmpty()) {
                return part.strip();
            }
        }
        return "";
    }

    private Integer duration(TaskRow row) {
        String text = row.get(ImportColumn.DURATION);
        if (text.isBlank()) {
            return null;
        }
        OptionalInt minutes = ClockTime.minutes(text);
        if (minutes.isEmpty()) {
            issues.add(new ImportIssue(row.number(), ImportIssue.Reason.UNREADABLE_DURATION, text));
            return null;
        }
        return minutes.getAsInt();
    }

    /**
     * The step for the row's time: the board's hour block holding it (07:30 → "07–08", or "06–10"),
     * a step named as the text when it is no time ("Hele dagen", "Etter frokost"), else a new step.
     */
    private String stepFor(TaskRow row) {
        String time = row.get(ImportColumn.TIME).strip();
        if (time.isEmpty()) {
            return null;
        }
        if (!ClockTime.hasDigit(time)) {
            return stepNamed(time).id();
        }
        Optional<LocalTime> parsed = ClockTime.parse(time);
        if (parsed.isEmpty()) {
            issues.add(new ImportIssue(row.number(), ImportIssue.Reason.UNREADABLE_TIME, time));
            return null;
        }
        int hour = parsed.get().getHour();
        Step best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Step s : stepsByLabel.values()) {
            Optional<int[]> block = ClockTime.blockOf(s.label());
            if (block.isPresent() && covers(block.get(), hour) && block.get()[1] - block.get()[0] < bestLength) {
                best = s;
                bestLength = block.get()[1] - block.get()[0];
            }
        }
        return best != null ? best.id() : stepNamed(ClockTime.hourBlock(hour)).id();
    }

    private static boolean covers(int[] block, int hour) {
        return (block[0] <= hour && hour < block[1]) || (block[0] <= hour + 24 && hour + 24 < block[1]);
    }

    private Step stepNamed(String label) {
        return stepsByLabel.computeIfAbsent(labelKey(label), k -> {
            Step s = new Step(Ids.newId(), label);
            newSteps.add(s);
            return s;
        });
    }

    private static String labelKey(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[-—]", "–");
    }

    /** New hour blocks go after the last block starting earlier; other steps go last. */
    static int insertionIndex(List<Step> steps, String label) {
        Optional<int[]> block = ClockTime.blockOf(label);
        if (block.isEmpty()) {
            return steps.size();
        }
        int firstBlock = -1;
        int afterEarlier = -1;
        for (int i = 0; i < steps.size(); i++) {
            Optional<int[]> other = ClockTime.blockOf(steps.get(i).label());
            if (other.isPresent()) {
                if (firstBlock < 0) {
                    firstBlock = i;
                }
                if (other.get()[0] < block.get()[0]) {
                    afterEarlier = i + 1;
                }
            }
        }
        if (afterEarlier >= 0) {
            return afterEarlier;
        }
        return firstBlock >= 0 ? firstBlock : steps.size();
    }
}
