package no.lappetavla.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel and people write it: separator ";" (Norwegian Excel), "," or tab, sniffed from
 * the first lines; quoted fields may hold separators, quotes ("") and line breaks; text is UTF-8 (with
 * or without BOM), UTF-16 with BOM (Excel's "Unicode text"), or else Windows-1252, which is what
 * Norwegian Excel writes for "CSV (semikolondelt)".
 */
final class CsvSheetReader {

    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final int SNIFF_LINES = 50;

    private CsvSheetReader() {
    }

    /** The non-blank rows in file order, each with the line it starts on; at most maxRows of them. */
    static List<SheetRow> read(byte[] bytes, int maxRows) throws ImportException {
        String text = decode(bytes);
        if (looksBinary(text)) {
            // Images, archives and random bytes are never a task list, whatever the file is called.
            throw new ImportException(ImportException.Kind.NOT_A_SPREADSHEET);
        }
        return parse(text, sniffSeparator(text), maxRows);
    }

    /** Text has no NUL and hardly any control characters other than tab and line breaks. */
    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                control++;
            }
        }
        return control > text.length() / 100;
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: Excel's Norwegian CSV is Windows-1252 ("æ" is one byte 0xE6).
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The separator that splits the most lines into the same number of fields: commas inside
     * task texts ("vask, påkledning") vary from line to line, the real separator does not.
     */
    static char sniffSeparator(String text) {
        char best = ';';
        int bestScore = 0;
        for (char sep : SEPARATORS) {
            List<Integer> counts = countsPerLine(text, sep);
            int score = 0;
            for (int candidate : counts.stream().distinct().toList()) {
                if (candidate > 0) {
                    int lines = (int) counts.stream().filter(c -> c == candidate).count();
                    score = Math.max(score, lines * candidate);
                }
            }
            if (score > bestScore) {
                best = sep;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<Integer> countsPerLine(String text, char sep) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int count = 0;
        for (int i = 0; i < text.length() && counts.size() < SNIFF_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == sep) {
                count++;
            } else if (!quoted && c == '\n') {
                counts.add(count);
                count = 0;
            }
        }
        counts.add(count);
        return counts;
    }

    private static List<SheetRow> parse(String text, char sep, int maxRows) throws ImportException {
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRow(rows, rowStart, cells, maxRows);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, rowStart, cells, maxRows);
        }
        return rows;
    }

    private static void addRow(List<SheetRow> rows, int number, List<String> cells, int maxRows) throws ImportException {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw new ImportException(ImportException.Kind.TOO_MANY_ROWS, TaskListImporter.MAX_TASK_ROWS);
        }
        rows.add(new SheetRow(number, cells.stream().map(String::strip).toList()));
    }
}
