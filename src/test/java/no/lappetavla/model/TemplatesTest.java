package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {

    static Stream<Template> templates() {
        return Templates.all().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void buildsAValidWorkshopWithAndWithoutExamples(Template t) {
        for (boolean examples : List.of(false, true)) {
            Workshop w = t.create(examples);
            assertValid(w);
            Board board = w.boards().getFirst();
            assertEquals(1, w.boards().size());
            assertEquals(t.form(), board.form());
            assertEquals(t.steps(), board.steps().stream().map(Step::label).toList());
            assertEquals(t.professionCodes(), board.laneIds().stream().map(id -> w.profession(id).orElseThrow().code()).toList());
            assertEquals(12, w.professions().size(), "every default profession is there, the unused ones hidden");
            assertTrue(w.professions().stream().allMatch(p -> p.hidden() != board.hasLane(p.id())));
            assertEquals(examples ? t.examples().size() : 0, w.notes().size());
            assertTrue(w.notes().stream().allMatch(board::isPlaced), "examples sit in cells");
            assertTrue(w.decisions().isEmpty() && w.roles().isEmpty());
            assertEquals("template." + t.id() + ".name", t.nameKey());
            assertEquals("template." + t.id() + ".description", t.descriptionKey());
        }
    }

    @Test
    void serviceTemplatesHaveExamplesWithDuplicatesAndTheEmptyOneHasNone() {
        for (Template t : Templates.all()) {
            if (t.id().equals(Templates.EMPTY)) {
                assertTrue(t.examples().isEmpty());
                continue;
            }
            assertTrue(t.examples().size() >= 5, t.id());
            // The telling finding of a mapping is a task done by several professions; show one.
            Workshop w = t.create(true);
            TaskIndex index = TaskIndex.of(w);
            assertTrue(index.taskKeys().stream().anyMatch(k -> index.professionCount(k) > 1), t.id());
        }
        assertEquals(List.of(Templates.NURSING_HOME, Templates.HOME_CARE, Templates.DISABILITY_HOUSING, Templates.OUT_OF_HOURS, Templates.EMPTY),
                Templates.all().stream().map(Template::id).toList());
    }

    @Test
    void formFitsTheService() {
        assertEquals(BoardForm.VERTICAL, Templates.byId(Templates.DISABILITY_HOUSING).orElseThrow().form());
        assertEquals(BoardForm.HORIZONTAL, Templates.byId(Templates.NURSING_HOME).orElseThrow().form());
        assertEquals("07:00–08:00 Oppmøte og rapport", Templates.byId(Templates.HOME_CARE).orElseThrow().steps().getFirst());
        assertEquals(List.of("VPL", "MT", "HFA", "ASS", "LÆR", "SPL"), Templates.byId(Templates.DISABILITY_HOUSING).orElseThrow().professionCodes());
    }

    @Test
    void twoWorkshopsFromOneTemplateShareNoIds() {
        Template t = Templates.byId(Templates.NURSING_HOME).orElseThrow();
        Set<String> first = ids(t.create(true));
        Set<String> second = ids(t.create(true));
        second.retainAll(first);
        assertTrue(second.isEmpty());
    }

    @Test
    void fromWorkshopGivesFreshIdsAndDropsTheGroupsDecisions() {
        Workshop original = Templates.byId(Templates.HOME_CARE).orElseThrow().create(true)
                .withInfo("Hjemmetjeneste sone nord", "Sone nord", "2026-11-23", "Kari, Ola");
        Note first = original.notes().getFirst();
        original = Edits.vote(first.id(), 2).apply(original);
        original = Edits.decide(first.taskKey(), first.professionId(), Decision.MUST, "").apply(original);
        original = original.withRoles(List.of(new Role("r", "Ansvarsvakt", first.professionId(), "", "", List.of(), List.of(), "", "")),
                List.of(new RoleTask("r", first.taskKey(), RoleTask.Kind.RESPONSIBLE)));
        original = original.withProfession(original.professions().getLast().withColour("#123456"));

        Workshop copy = Templates.fromWorkshop(original, true);
        assertValid(copy);
        Set<String> shared = ids(copy);
        shared.retainAll(ids(original));
        assertTrue(shared.isEmpty(), "shared ids: " + shared);
        assertEquals("Hjemmetjeneste sone nord", copy.title());
        assertEquals("", copy.unit() + copy.date() + copy.participants());
        assertTrue(copy.decisions().isEmpty() && copy.roles().isEmpty() && copy.roleTasks().isEmpty());
        assertEquals(original.notes().size(), copy.notes().size());
        assertTrue(copy.notes().stream().allMatch(n -> n.votes() == 0));
        assertEquals(original.notes().stream().map(Note::text).toList(), copy.notes().stream().map(Note::text).toList());
        assertEquals(codesOfNotes(original), codesOfNotes(copy));
        assertEquals("#123456", copy.professions().getLast().colour());
        assertEquals(original.professions().stream().map(Profession::hidden).toList(), copy.professions().stream().map(Profession::hidden).toList());
        Board board = copy.boards().getFirst();
        assertEquals(original.boards().getFirst().steps().stream().map(Step::label).toList(), board.steps().stream().map(Step::label).toList());
        assertTrue(copy.notes().stream().allMatch(board::isPlaced));

        Workshop bare = Templates.fromWorkshop(original, false);
        assertValid(bare);
        assertTrue(bare.notes().isEmpty());
        assertEquals(original.boards().size(), bare.boards().size());
    }

    @Test
    void fromWorkshopKeepsUnsortedNotesUnsortedAndDropsNotesPointingNowhere() {
        Workshop w = Templates.byId(Templates.EMPTY).orElseThrow().create(false);
        Board b = w.boards().getFirst();
        String spl = w.professions().getFirst().id();
        w = Edits.addNotes(List.of(Note.of("u", b.id(), "Usortert", spl, null),
                Note.of("x", b.id(), "Foreldreløs", "gone", b.steps().getFirst().id()))).apply(w);
        Workshop copy = Templates.fromWorkshop(w, true);
        assertEquals(List.of("Usortert"), copy.notes().stream().map(Note::text).toList());
        assertEquals(null, copy.notes().getFirst().stepId());
    }

    /** Every lane is a profession, every board has steps, every note points at what exists. */
    static void assertValid(Workshop w) {
        Set<String> professions = new HashSet<>();
        w.professions().forEach(p -> assertTrue(professions.add(p.id())));
        assertFalse(w.boards().isEmpty());
        Set<String> steps = new HashSet<>();
        for (Board b : w.boards()) {
            assertFalse(b.steps().isEmpty(), b.name());
            assertFalse(b.laneIds().isEmpty(), b.name());
            assertTrue(professions.containsAll(b.laneIds()));
            b.steps().forEach(s -> assertTrue(steps.add(s.id()), "step ids are unique"));
            b.steps().forEach(s -> assertFalse(s.label().isEmpty()));
        }
        Set<String> notes = new HashSet<>();
        for (Note n : w.notes()) {
            assertTrue(notes.add(n.id()));
            Board b = w.board(n.boardId()).orElseThrow();
            assertTrue(professions.contains(n.professionId()));
            assertTrue(n.stepId() == null || b.hasStep(n.stepId()));
            assertFalse(n.text().isEmpty());
        }
    }

    private static Set<String> ids(Workshop w) {
        Set<String> ids = new HashSet<>();
        w.professions().forEach(p -> ids.add(p.id()));
        w.boards().forEach(b -> {
            ids.add(b.id());
            b.steps().forEach(s -> ids.add(s.id()));
        });
        w.notes().forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static List<String> codesOfNotes(Workshop w) {
        return w.notes().stream().map(n -> w.profession(n.professionId()).orElseThrow().code()).toList();
    }
}
