package no.lappetavla.ui.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import no.lappetavla.model.MustCanMatrix.Row;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;

/**
 * What the project group looks for in the matrix. Each flag is shown on its rows and can filter
 * the table; a row that is not assessed yet only says so, so a fresh workshop is not all alarms.
 */
enum RowFlag {
    LACKS_MUST_AND_CAN("matrixView.flag.lacksMustAndCan", "matrixView.filter.lacksMustAndCan",
            r -> r.hasDecisions() && r.lacksMustOrCan()),
    LACKS_MUST("matrixView.flag.lacksMust", "matrixView.filter.lacksMust",
            r -> r.hasDecisions() && r.lacksMust() && !r.lacksMustOrCan()),
    EVERYONE_DOES_IT("matrixView.flag.everyone", "matrixView.filter.everyone", Row::everyoneDoesIt),
    TASK_SLIDING("matrixView.flag.sliding", "matrixView.filter.sliding", r -> !r.doneTodayButShouldNot().isEmpty()),
    NOT_ASSESSED("matrixView.flag.notAssessed", "matrixView.filter.notAssessed", r -> !r.hasDecisions());

    /** The row's label; key + ".tip" explains the flag. */
    private final String key;
    private final String filterKey;
    private final Predicate<Row> test;

    RowFlag(String key, String filterKey, Predicate<Row> test) {
        this.key = key;
        this.filterKey = filterKey;
        this.test = test;
    }

    boolean appliesTo(Row row) {
        return test.test(row);
    }

    static List<RowFlag> of(Row row) {
        return Arrays.stream(values()).filter(f -> f.appliesTo(row)).toList();
    }

    /** The filter button's text, e.g. "Mangler M og K (3)". */
    String filterText(long count) {
        return Messages.format("matrixView.filter.count", Messages.get(filterKey), count);
    }

    String filterTip() {
        return Messages.get(key + ".tip");
    }

    /** The flag as shown on one row, naming the professions where it matters. */
    String label(Row row) {
        return switch (this) {
            case EVERYONE_DOES_IT -> Messages.format(key, row.task().professionIdsToday().size());
            case TASK_SLIDING -> Messages.format(key, codes(row.doneTodayButShouldNot()));
            default -> Messages.get(key);
        };
    }

    String tip(Row row) {
        return switch (this) {
            case TASK_SLIDING -> Messages.format("matrixView.flag.sliding.row",
                    String.join(", ", row.doneTodayButShouldNot().stream().map(Profession::name).toList()));
            default -> filterTip();
        };
    }

    String styleClass() {
        return "flag-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String codes(List<Profession> professions) {
        return String.join(", ", professions.stream().map(Profession::code).toList());
    }
}
