package no.lappetavla.io;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a task list, by column; absent columns read as "".
 *
 * @param number the row number as the person sees it in Excel or a text editor
 */
public record TaskRow(int number, Map<ImportColumn, String> values) {

    public TaskRow {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public String get(ImportColumn column) {
        return values.getOrDefault(column, "");
    }
}
