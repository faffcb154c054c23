package no.lappetavla.io;

import java.util.List;
import java.util.Set;

/**
 * A task list as read from a file: its data rows by column, before anything is matched to a
 * workshop (see {@link ImportPreview}).
 *
 * @param columns        the columns found in the header
 * @param ignoredColumns header texts of columns the importer does not use (e.g. "English")
 */
public record TaskSheet(List<TaskRow> rows, Set<ImportColumn> columns, List<String> ignoredColumns) {

    public TaskSheet {
        rows = List.copyOf(rows);
        columns = Set.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public boolean has(ImportColumn column) {
        return columns.contains(column);
    }
}
