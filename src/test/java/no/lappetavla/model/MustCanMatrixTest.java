package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import org.junit.jupiter.api.Test;

class MustCanMatrixTest {

    @Test
    void rowsAreTasksInStepOrderAndColumnsTheVisibleProfessions() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Frokost", s.ass, s.late, null)
                .note("Rapport", s.spl, s.early, null)
                .note("  rapport ", s.hfa, s.early, null)
                .note("Kaffe", s.mv, s.early, null)
                .build();
        MustCanMatrix m = MustCanMatrix.of(w);

        assertEquals(List.of(s.spl, s.hfa, s.ass), m.professions(), "MV is hidden");
        assertEquals(List.of("Rapport", "Kaffe", "Frokost"), m.rows().stream().map(r -> r.task().text()).toList());
        MustCanMatrix.Row report = m.rows().getFirst();
        assertTrue(report.cell("spl").doneToday());
        assertTrue(report.cell("hfa").doneToday());
        assertFalse(report.cell("ass").doneToday());
        assertNull(report.cell("spl").decision(), "not assessed");
        assertEquals("", report.cell("spl").letter());
    }

    @Test
    void cellsCarryDecisionAndJustification() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Insulin", s.spl, s.early, null).decide("Insulin", s.spl, Decision.MUST)
                .decide("insulin", s.hfa, Decision.CAN_AFTER_TRAINING).build();
        MustCanMatrix.Row row = MustCanMatrix.of(w).rows().getFirst();
        assertEquals(Decision.MUST, row.cell("spl").decision());
        assertEquals("fordi", row.cell("spl").justification());
        assertEquals("K*", row.cell("hfa").letter());
        assertFalse(row.lacksMust());
        assertFalse(row.lacksMustOrCan());
    }

    @Test
    void flagsRowsWithoutMustOrCan() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Vask", s.spl, s.early, null).note("Dusj", s.hfa, s.early, null)
                .decide("Vask", s.spl, Decision.SHOULD_NOT)
                .decide("Dusj", s.hfa, Decision.CAN).build();
        MustCanMatrix m = MustCanMatrix.of(w);
        MustCanMatrix.Row wash = m.rows().get(0);
        MustCanMatrix.Row shower = m.rows().get(1);
        assertTrue(wash.lacksMust());
        assertTrue(wash.lacksMustOrCan());
        assertTrue(shower.lacksMust());
        assertFalse(shower.lacksMustOrCan());
        assertEquals(List.of(wash, shower), m.rowsLackingMust());
    }

    @Test
    void flagsEveryoneDoesItFromThreeProfessionsToday() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Signal", s.spl, s.early, null).note("Signal", s.hfa, s.early, null)
                .note("Mopp", s.ass, s.early, null).note("Mopp", s.hfa, s.early, null)
                .note("Signal", s.ass, s.early, null).build();
        MustCanMatrix m = MustCanMatrix.of(w);
        assertTrue(m.rows().get(0).everyoneDoesIt());
        assertFalse(m.rows().get(1).everyoneDoesIt());
    }

    @Test
    void namesProfessionsDoingTodayWhatTheyShouldNot() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Klesvask", s.spl, s.early, null).note("Klesvask", s.ass, s.early, null)
                .decide("Klesvask", s.spl, Decision.SHOULD_NOT).decide("Klesvask", s.ass, Decision.MUST)
                .decide("Klesvask", s.hfa, Decision.SHOULD_NOT).build();
        MustCanMatrix.Row row = MustCanMatrix.of(w).rows().getFirst();
        assertEquals(List.of(s.spl), row.doneTodayButShouldNot(), "HFA does not do it today, so it is no shift");
    }

    @Test
    void totalsCountLettersPerProfession() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("A", s.spl, s.early, null).note("B", s.spl, s.early, null).note("C", s.spl, s.late, null)
                .decide("A", s.spl, Decision.MUST).decide("B", s.spl, Decision.MUST)
                .decide("C", s.spl, Decision.CAN).decide("A", s.hfa, Decision.CAN_AFTER_TRAINING)
                .decide("C", s.ass, Decision.SHOULD_NOT).build();
        MustCanMatrix m = MustCanMatrix.of(w);
        MustCanMatrix.Totals spl = m.totals().get(0);
        assertEquals(2, spl.must());
        assertEquals(1, spl.can());
        assertEquals(0, spl.canAfterTraining());
        assertEquals(1, m.totals().get(1).canAfterTraining());
        assertEquals(1, m.totals().get(2).shouldNot());
        assertNull(spl.minutesToday(), "no durations, no minutes");
        assertFalse(m.hasDurations());
    }

    @Test
    void minutesMoveToMustAndOtherwiseToTheFirstCan() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s
                // SPL and HFA both report today: both M, both spend the 15 minutes after.
                .note("Rapport", s.spl, s.early, 15).note("Rapport", s.hfa, s.early, null)
                .decide("Rapport", s.spl, Decision.MUST).decide("Rapport", s.hfa, Decision.MUST)
                // SPL does the laundry today; after, nobody has M: first K in column order (ASS) takes it.
                .note("Klesvask", s.spl, s.late, 30)
                .decide("Klesvask", s.spl, Decision.SHOULD_NOT).decide("Klesvask", s.ass, Decision.CAN)
                .decide("Klesvask", s.hfa, Decision.CAN_AFTER_TRAINING)
                // No K at all: the first K* (HFA) takes it.
                .note("Øyedråper", s.spl, s.late, 10).decide("Øyedråper", s.hfa, Decision.CAN_AFTER_TRAINING)
                // Nobody may do it: counted for nobody after.
                .note("Mopp", s.hfa, s.late, 20).decide("Mopp", s.hfa, Decision.SHOULD_NOT)
                .build();
        MustCanMatrix m = MustCanMatrix.of(w);
        assertTrue(m.hasDurations());
        MustCanMatrix.Totals spl = m.totals().get(0);
        MustCanMatrix.Totals hfa = m.totals().get(1);
        MustCanMatrix.Totals ass = m.totals().get(2);
        assertEquals(15 + 30 + 10, spl.minutesToday());
        assertEquals(15, spl.minutesAfter());
        assertEquals(15 + 20, hfa.minutesToday());
        assertEquals(15 + 10, hfa.minutesAfter());
        assertEquals(0, ass.minutesToday());
        assertEquals(30, ass.minutesAfter());
        assertEquals(s.ass, m.rows().get(1).doerAfterDecisions());
        assertNull(m.rows().getFirst().doerAfterDecisions(), "a task with M needs no other doer");
    }

    @Test
    void sampleWorkshopHasAllTasksAndDecisions() {
        Workshop w = SampleWorkshop.create();
        MustCanMatrix m = MustCanMatrix.of(w);
        // One row per distinct note text ("Rapport til kveldsvakt" names only "ansvarsvakt", so it has no note).
        assertEquals(w.notes().stream().map(Note::taskKey).distinct().count(), m.rows().size());
        assertEquals(43, m.rows().size());
        assertEquals(12, m.professions().size());
        MustCanMatrix.Row insulin = m.rows().stream().filter(r -> r.task().text().equals("Sette insulin s.c.")).findFirst().orElseThrow();
        String spl = w.professions().stream().filter(p -> p.code().equals("SPL")).findFirst().orElseThrow().id();
        String hfa = w.professions().stream().filter(p -> p.code().equals("HFA")).findFirst().orElseThrow().id();
        assertEquals(Decision.MUST, insulin.cell(spl).decision());
        assertEquals(Decision.CAN_AFTER_TRAINING, insulin.cell(hfa).decision());
        MustCanMatrix.Row breakfast = m.rows().stream().filter(r -> r.task().text().startsWith("Klargjøre frokostbord")).findFirst().orElseThrow();
        assertTrue(breakfast.lacksMust());
        assertTrue(breakfast.everyoneDoesIt(), "MV, ASS and LÆR set the table today");
        int mustTotal = m.totals().stream().mapToInt(MustCanMatrix.Totals::must).sum();
        assertEquals(w.decisions().stream().filter(d -> d.decision() == Decision.MUST).count(), mustTotal);
    }
}
