package no.lappetavla.io;

import java.util.List;

/**
 * One row as read from a spreadsheet or CSV file, before its columns are known.
 *
 * @param number the row number a person sees in Excel (1-based; for CSV the line it starts on)
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
