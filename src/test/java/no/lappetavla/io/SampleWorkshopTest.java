package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.lappetavla.model.Board;
import no.lappetavla.model.Decision;
import no.lappetavla.model.TaskIndex;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;

class SampleWorkshopTest {

    @Test
    void sampleHoldsTheDayShiftWithNotesAndDecisions() {
        Workshop w = SampleWorkshop.create();
        TaskIndex index = TaskIndex.of(w);
        assertTrue(index.taskKeys().size() >= 40, "tasks: " + index.taskKeys().size());
        Board board = w.boards().getFirst();
        assertTrue(w.notes().stream().allMatch(board::isPlaced), "every sample note sits in a cell");
        assertTrue(index.professionCount("morgenstell (vask, påkledning, munnstell)") >= 3);
        String spl = w.professions().getFirst().id();
        assertTrue(w.decisions().stream().anyMatch(d -> d.taskKey().equals("sette insulin s.c.")
                && d.professionId().equals(spl) && d.decision() == Decision.MUST));
        assertTrue(w.decisions().stream().anyMatch(d -> d.decision() == Decision.CAN_AFTER_TRAINING));
        assertTrue(w.decisions().stream().anyMatch(d -> d.decision() == Decision.SHOULD_NOT));
    }
}
