package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditsApplyDecisionsTest {

    @Test
    void setsChangesAndClearsAsOneUndoStep() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop before = s.note("A", s.spl, s.early, null).note("B", s.hfa, s.early, null)
                .decide("A", s.spl, Decision.MUST).decide("B", s.hfa, Decision.CAN).decide("B", s.spl, Decision.CAN)
                .build();
        WorkshopHistory history = new WorkshopHistory(before);
        history.execute(Edits.applyDecisions(List.of(
                new DecisionChange("a", "spl", Decision.CAN, null),
                new DecisionChange("b", "hfa", null, null),
                new DecisionChange("b", "ass", Decision.CAN_AFTER_TRAINING, "etter kurs"))));

        Workshop after = history.current();
        assertEquals(List.of(
                new TaskDecision("a", "spl", Decision.CAN, "fordi"),
                new TaskDecision("b", "spl", Decision.CAN, "fordi"),
                new TaskDecision("b", "ass", Decision.CAN_AFTER_TRAINING, "etter kurs")), after.decisions(),
                "a changed letter keeps its begrunnelse; untouched decisions stay");
        assertEquals(before.notes(), after.notes());
        assertEquals("edit.applyDecisions", history.undoNameKey().orElseThrow());

        history.undo();
        assertEquals(before, history.current());
        assertTrue(!history.canUndo(), "all changes were one step");
    }
}
