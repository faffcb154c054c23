package no.lappetavla.io;

import java.util.List;
import no.lappetavla.model.Profession;
import no.lappetavla.model.TaskDecision;

/**
 * One row of a task list as it will be imported.
 *
 * @param stepLabel   the step its notes go to ("07–08"), or "" when they wait unsorted
 * @param doneTodayBy the professions that get a note; empty when none is known
 * @param decisions   the må/kan decisions this row adds
 */
public record ImportedTask(int row, String text, String stepLabel, List<Profession> doneTodayBy, List<TaskDecision> decisions) {

    public ImportedTask {
        doneTodayBy = List.copyOf(doneTodayBy);
        decisions = List.copyOf(decisions);
    }
}
