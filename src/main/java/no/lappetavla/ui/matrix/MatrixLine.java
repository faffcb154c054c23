package no.lappetavla.ui.matrix;

import no.lappetavla.model.MustCanMatrix;

/** One line of the matrix table: a step's header or one task. */
sealed interface MatrixLine {

    /** The header above a step's tasks, e.g. "07–08". */
    record StepHeader(String label, int taskCount) implements MatrixLine {
    }

    record TaskLine(MustCanMatrix.Row row) implements MatrixLine {

        String taskKey() {
            return row.task().key();
        }
    }
}
