package no.lappetavla.model;

import java.util.ArrayList;
import java.util.List;

/** Hand-built workshops for model tests: professions SPL, HFA, ASS, MV and one board "07–08", "08–09". */
final class SmallWorkshop {

    final Profession spl = new Profession("spl", "SPL", "Sykepleier", "#77AADD", false);
    final Profession hfa = new Profession("hfa", "HFA", "Helsefagarbeider", "#EEDD88", false);
    final Profession ass = new Profession("ass", "ASS", "Assistent", "#EE8866", false);
    final Profession mv = new Profession("mv", "MV", "Måltidsvert", "#99DDFF", true);
    final Step early = new Step("s1", "07–08");
    final Step late = new Step("s2", "08–09");
    final Board board = new Board("b", "Dagvakt", BoardForm.HORIZONTAL, List.of(early, late), List.of("spl", "hfa", "ass", "mv"));
    private final List<Note> notes = new ArrayList<>();
    private final List<TaskDecision> decisions = new ArrayList<>();

    /** A note: the profession does the task today in the step, taking the given minutes (or null). */
    SmallWorkshop note(String text, Profession doer, Step step, Integer minutes) {
        notes.add(Note.of("n" + notes.size(), board.id(), text, doer.id(), step == null ? null : step.id())
                .withDurationMinutes(minutes));
        return this;
    }

    SmallWorkshop decide(String text, Profession p, Decision d) {
        decisions.add(new TaskDecision(TaskKey.of(text), p.id(), d, "fordi"));
        return this;
    }

    Workshop build() {
        return new Workshop("Test", "Avdeling 1", "2026-01-05", "", "nb", List.of(spl, hfa, ass, mv),
                List.of(board), notes, decisions, List.of(), List.of());
    }
}
