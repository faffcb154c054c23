package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBasicsTest {

    @Test
    void taskKeyIgnoresCaseAndSpacing() {
        assertEquals(TaskKey.of("Morgenstell  og frokost "), TaskKey.of("morgenstell og\tFROKOST"));
        assertEquals("", TaskKey.of(null));
    }

    @Test
    void colourContrastFollowsWcag() {
        assertEquals(21.0, Colour.BLACK.contrastWith(Colour.WHITE), 0.01);
        assertEquals(Colour.BLACK, Colour.parse("#EEDD88").textColour());
        assertEquals(Colour.WHITE, Colour.parse("#332288").textColour());
        assertEquals("#1F77B4", Colour.parse("1f77b4").hex());
        assertThrows(IllegalArgumentException.class, () -> Colour.parse("#12345"));
    }

    @Test
    void everyDefaultProfessionHasReadableText() {
        for (Profession p : DefaultProfessions.create()) {
            Colour c = p.colourValue();
            assertTrue(c.contrastWith(c.textColour()) >= 4.5, p.code() + " " + c.contrastWith(c.textColour()));
        }
        assertEquals(12, DefaultProfessions.create().stream().map(Profession::code).distinct().count());
    }

    @Test
    void taskIndexCountsProfessionsPerTask() {
        List<Note> notes = List.of(
                Note.of("1", "b", "Morgenstell", "spl", "s"),
                Note.of("2", "b", "morgenstell ", "hfa", "s"),
                Note.of("3", "b", "Morgenstell", "hfa", "s2"),
                Note.of("4", "b", "Frokost", "mv", "s"));
        TaskIndex index = new TaskIndex(notes);
        assertEquals(2, index.professionCount("morgenstell"));
        assertEquals(1, index.professionCount("frokost"));
        assertEquals(0, index.professionCount("ukjent"));
        assertEquals(List.of("morgenstell", "frokost"), List.copyOf(index.taskKeys()));
    }

    @Test
    void professionMatcherReadsCodesNamesAndEveryone() {
        List<Profession> all = DefaultProfessions.create();
        List<Profession> everyone = all.subList(0, 2);
        ProfessionMatcher m = new ProfessionMatcher(all, everyone);
        assertEquals(List.of("SPL", "HFA"), codes(m.find("Sykepleier, helsefagarbeider")));
        assertEquals(List.of("SPL", "HFA"), codes(m.find("spl/hfa")));
        assertEquals(List.of("HFA"), codes(m.find("HFA m/kurs")));
        assertEquals(List.of("ERG", "FYS"), codes(m.find("ERGO og fysio")));
        assertEquals(codes(everyone), codes(m.find("Alle")));
        assertEquals(List.of(), codes(m.find("vaskeri")));
    }

    @Test
    void taskListOrdersTasksByStepAcrossNotes() {
        Workshop w = Workshops.newWorkshop("T", "B");
        Board b = w.boards().getFirst();
        String spl = w.professions().get(0).id();
        String hfa = w.professions().get(3).id();
        w = w.withNotes(List.of(
                Note.of("1", b.id(), "Lunsj", hfa, b.steps().get(5).id()),
                Note.of("2", b.id(), "Rapport", spl, b.steps().get(0).id()),
                Note.of("3", b.id(), "Uplassert", spl, null),
                Note.of("4", b.id(), "lunsj", spl, b.steps().get(4).id()).withDurationMinutes(30)));
        List<Task> tasks = TaskList.of(w);
        assertEquals(List.of("Rapport", "Lunsj", "Uplassert"), tasks.stream().map(Task::text).toList());
        Task lunch = tasks.get(1);
        assertEquals(b.steps().get(4).label(), lunch.stepLabel());
        assertEquals(List.of(spl, hfa), lunch.professionIdsToday());
        assertEquals(30, lunch.durationMinutes());
        assertEquals("", tasks.get(2).stepLabel());
    }

    private static List<String> codes(List<Profession> ps) {
        return ps.stream().map(Profession::code).toList();
    }
}
