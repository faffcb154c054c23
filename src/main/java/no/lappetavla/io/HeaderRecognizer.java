package no.lappetavla.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the header row of a task list and what each column holds. Headers are compared without
 * case, spaces and punctuation, so "Hvem gjør det (i dag)?" and "hvem gjør det i dag" are one.
 */
public final class HeaderRecognizer {

    /** Title rows, notes and blank rows above the header are common; the header is looked for this far. */
    public static final int SEARCH_ROWS = 30;

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Map<String, ImportColumn> NAMES = new HashMap<>();

    static {
        names(ImportColumn.TASK, "oppgave", "oppgaver", "arbeidsoppgave", "arbeidsoppgaver", "oppgåve", "oppgåver",
                "arbeidsoppgåve", "arbeidsoppgåver", "oppgavebeskrivelse", "task", "tasks", "worktask");
        names(ImportColumn.WHO_TODAY, "yrkesgruppe", "yrkesgrupper", "faggruppe", "faggrupper", "profesjon",
                "profesjoner", "hvem", "kven", "hvemgjørdet", "hvemgjørdetidag", "hvemgjørdetnå", "kvengjerdet",
                "kvengjerdetidag", "utførtav", "utføresav", "profession", "professions", "who", "whodoesit",
                "whodoesittoday");
        names(ImportColumn.TIME, "tid", "tidspunkt", "klokkeslett", "kl", "klokka", "tidsrom", "time", "timeofday");
        names(ImportColumn.PLACE, "sted", "stad", "plass", "place", "location");
        names(ImportColumn.USER_NEED, "brukerbehov", "brukarbehov", "userneed", "userneeds");
        names(ImportColumn.COMPETENCE_NEED, "kompetansebehov", "kompetansekrav", "competenceneed", "competence");
        names(ImportColumn.DURATION, "varighet", "varigheit", "minutter", "min", "tidsbruk", "varighetminutter",
                "varighetmin", "duration", "minutes", "durationminutes");
        names(ImportColumn.MUST, "må", "maa", "must", "mågjøre", "måutføre");
        names(ImportColumn.CAN, "kan", "can", "kangjøre", "kanutføre");
        names(ImportColumn.COMMENT, "kommentar", "kommentarer", "merknad", "merknader", "notat", "comment", "comments",
                "note", "notes");
    }

    /**
     * The header: which cell index holds each known column, and the texts of the columns that are
     * not used (e.g. an "English" gloss).
     *
     * @param rowIndex index of the header row in the rows searched
     */
    public record Header(int rowIndex, Map<ImportColumn, Integer> columns, List<String> ignored) {
        public Header {
            columns = Map.copyOf(columns);
            ignored = List.copyOf(ignored);
        }

        public boolean has(ImportColumn column) {
            return columns.containsKey(column);
        }
    }

    private HeaderRecognizer() {
    }

    private static void names(ImportColumn column, String... names) {
        for (String n : names) {
            NAMES.put(normalise(n), column);
        }
    }

    /** The column a header text names, if any. */
    public static Optional<ImportColumn> recognise(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        ImportColumn column = NAMES.get(normalise(header));
        if (column == null) {
            // "Varighet (min)", "Tid [kl.]": the bracketed part is a unit or hint.
            column = NAMES.get(normalise(PARENTHESES.matcher(header).replaceAll(" ")));
        }
        return Optional.ofNullable(column);
    }

    /**
     * The row among the first {@link #SEARCH_ROWS} that names a task column and the most other
     * known columns (the earliest on a tie), or empty when no row names a task column.
     */
    public static Optional<Header> find(List<List<String>> rows) {
        Header best = null;
        for (int r = 0; r < Math.min(rows.size(), SEARCH_ROWS); r++) {
            Header h = read(r, rows.get(r));
            if (h.has(ImportColumn.TASK) && (best == null || h.columns().size() > best.columns().size())) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Header read(int rowIndex, List<String> cells) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c) == null ? "" : cells.get(c).strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = recognise(text);
            if (column.isPresent() && !columns.containsKey(column.get())) {
                columns.put(column.get(), c);
            } else {
                ignored.add(text);
            }
        }
        return new Header(rowIndex, columns, ignored);
    }

    static String normalise(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
