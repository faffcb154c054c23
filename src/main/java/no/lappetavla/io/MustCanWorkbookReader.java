package no.lappetavla.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.lappetavla.i18n.Texts;
import no.lappetavla.model.Decision;
import no.lappetavla.model.DecisionChange;
import no.lappetavla.model.Edit;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Task;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.TaskList;
import no.lappetavla.model.Workshop;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back the må/kan letters a leader changed in the Excel matrix (as written by the export).
 * Rows are matched to tasks by their text (as {@link TaskKey} compares it), columns to professions
 * by code; only letters that differ from the workshop become changes, and nothing else is read.
 */
public final class MustCanWorkbookReader {

    /** How far down the header row may sit (title rows above it). */
    private static final int HEADER_SEARCH_ROWS = 30;

    /** A task row whose text matches no task of the workshop; rowNumber as Excel shows it. */
    public record UnmatchedRow(int rowNumber, String text) {
    }

    /** A cell holding something other than M, K, K*, – or nothing; the cell is left unchanged. */
    public record UnknownLetter(int rowNumber, String professionCode, String text) {
    }

    /** What the workbook says: apply {@link #edit()} as one undo step. */
    public record Result(List<DecisionChange> changes, List<UnmatchedRow> unmatchedRows, List<UnknownLetter> unknownLetters) {

        public Result {
            changes = List.copyOf(changes);
            unmatchedRows = List.copyOf(unmatchedRows);
            unknownLetters = List.copyOf(unknownLetters);
        }

        public Edit edit() {
            return Edits.applyDecisions(changes);
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private MustCanWorkbookReader() {
    }

    public static Result read(Path file, Workshop workshop) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, workshop, file.getFileName().toString());
        }
    }

    public static Result read(InputStream in, Workshop workshop, String fileName) throws IOException {
        Texts io = Texts.of("io", "nb");
        XSSFWorkbook book;
        try {
            book = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a wrong file type in several ways; for the user they all mean the same.
            throw new IOException(io.format("matrixImport.notWorkbook", fileName), e);
        }
        try (book) {
            return read(book, workshop);
        }
    }

    private static Result read(XSSFWorkbook book, Workshop workshop) throws IOException {
        Texts io = Texts.of("io", "nb");
        Texts export = Texts.of("export", workshop.language());
        String taskHeader = export.get("matrix.col.task");
        String totalsLabel = export.get("matrix.total.must");
        Sheet sheet = Optional.ofNullable((Sheet) book.getSheet(export.get("matrix.sheet.mustCan"))).orElse(book.getSheetAt(0));

        Row header = null;
        int taskCol = -1;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS) && header == null; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (text(cell).equalsIgnoreCase(taskHeader)) {
                    header = row;
                    taskCol = cell.getColumnIndex();
                    break;
                }
            }
        }
        if (header == null) {
            throw new IOException(io.format("matrixImport.noHeader", taskHeader, sheet.getSheetName()));
        }
        Map<Integer, Profession> columns = new LinkedHashMap<>();
        for (Cell cell : header) {
            String code = text(cell);
            workshop.professions().stream()
                    .filter(p -> !code.isEmpty() && (p.code().isEmpty() ? p.name() : p.code()).equalsIgnoreCase(code))
                    .findFirst().ifPresent(p -> columns.put(cell.getColumnIndex(), p));
        }
        if (columns.isEmpty()) {
            throw new IOException(io.format("matrixImport.noProfessions", sheet.getSheetName()));
        }

        Set<String> taskKeys = TaskList.of(workshop).stream().map(Task::key).collect(Collectors.toSet());
        Map<String, Decision> current = new HashMap<>();
        for (TaskDecision d : workshop.decisions()) {
            current.putIfAbsent(cellKey(d.taskKey(), d.professionId()), d.decision());
        }
        Map<String, DecisionChange> changes = new LinkedHashMap<>();
        List<UnmatchedRow> unmatched = new ArrayList<>();
        List<UnknownLetter> unknown = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String taskText = text(row.getCell(taskCol));
            if (taskText.equalsIgnoreCase(totalsLabel)) {
                break;
            }
            if (taskText.isEmpty()) {
                continue;
            }
            String key = TaskKey.of(taskText);
            if (!taskKeys.contains(key)) {
                unmatched.add(new UnmatchedRow(r + 1, taskText));
                continue;
            }
            for (Map.Entry<Integer, Profession> column : columns.entrySet()) {
                String letter = text(row.getCell(column.getKey()));
                Decision decision = null;
                if (!letter.isEmpty()) {
                    Optional<Decision> parsed = Decision.fromLetter(letter);
                    if (parsed.isEmpty()) {
                        unknown.add(new UnknownLetter(r + 1, column.getValue().code(), letter));
                        continue;
                    }
                    decision = parsed.get();
                }
                String cell = cellKey(key, column.getValue().id());
                if (decision != current.get(cell)) {
                    changes.put(cell, new DecisionChange(key, column.getValue().id(), decision, null));
                } else {
                    // A later row for the same task may undo an earlier row's change.
                    changes.remove(cell);
                }
            }
        }
        return new Result(new ArrayList<>(changes.values()), unmatched, unknown);
    }

    private static String cellKey(String taskKey, String professionId) {
        return taskKey + "\u0000" + professionId;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : FORMAT.formatCellValue(cell).strip();
    }
}
