package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lappetavla.io.SampleWorkshop;
import org.junit.jupiter.api.Test;

class TaskCardsTest {

    private final Workshop sample = SampleWorkshop.create();

    private Profession code(String code) {
        return sample.professions().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Integer> orders(Workshop w, List<TaskCard.Line> lines) {
        Map<String, Integer> order = TaskList.of(w).stream().collect(Collectors.toMap(Task::text, Task::stepOrder, (a, b) -> a));
        return lines.stream().map(l -> order.get(l.text())).toList();
    }

    @Test
    void withoutRolesEachProfessionGetsItsMustAsResponsibleAndItsCanAsAssists() {
        Profession spl = code("SPL");
        TaskCard card = TaskCards.of(sample).stream().filter(c -> c.professionCode().equals("SPL")).findFirst().orElseThrow();
        assertEquals(TaskCard.Basis.DECISIONS, card.basis());
        assertEquals(spl.colour(), card.colour());
        Map<String, Decision> decided = sample.decisions().stream().filter(d -> d.professionId().equals(spl.id()))
                .collect(Collectors.toMap(TaskDecision::taskKey, TaskDecision::decision));
        long expected = decided.values().stream().filter(d -> d != Decision.SHOULD_NOT).count();
        assertEquals(expected, card.lines().size());
        for (TaskCard.Line l : card.lines()) {
            Decision d = decided.get(TaskKey.of(l.text()));
            assertEquals(d == Decision.MUST ? RoleTask.Kind.RESPONSIBLE : RoleTask.Kind.ASSISTS, l.kind(), l.text());
            assertEquals(d == Decision.CAN_AFTER_TRAINING, l.afterTraining(), l.text());
        }
        List<Integer> o = orders(sample, card.lines());
        assertEquals(o.stream().sorted().toList(), o, "lines in step/time order");
        assertEquals("07–08", card.lines().getFirst().time());
        assertEquals("Dagvakt", card.shift(), "the board name stands in for the shift");
    }

    @Test
    void professionsWithoutTasksGetNoCard() {
        Workshop w = sample.withDecisions(sample.decisions().stream().filter(d -> !d.professionId().equals(code("AT").id())).toList())
                .withNotes(sample.notes().stream().filter(n -> !n.professionId().equals(code("AT").id())).toList());
        assertTrue(TaskCards.of(w).stream().noneMatch(c -> c.professionCode().equals("AT")));
    }

    @Test
    void beforeAnyDecisionTheCardsShowWhatEachProfessionDoesToday() {
        Workshop w = sample.withDecisions(List.of());
        Profession ass = code("ASS");
        TaskCard card = TaskCards.of(w).stream().filter(c -> c.professionCode().equals("ASS")).findFirst().orElseThrow();
        assertEquals(TaskCard.Basis.TODAY, card.basis());
        List<String> today = TaskList.of(w).stream().filter(t -> t.doneTodayBy(ass.id())).map(Task::text).toList();
        assertEquals(today, card.lines().stream().map(TaskCard.Line::text).toList());
    }

    @Test
    void withRolesThereIsOneCardPerRoleInTimeOrder() {
        Profession spl = code("SPL");
        List<Task> tasks = TaskList.of(sample);
        Role top = new Role("r1", "Sykepleier på topp", spl.id(), "Dag 07:30–15:30", "", List.of("Lege: 900 00 000"),
                List.of("Sjekk alarmer"), "2", "Avdelingsleder");
        Role empty = new Role("r2", "Måltidsvert dag", code("MV").id(), "Dag 08–14", "Avdeling 3", List.of(), List.of(), "", "");
        // Deliberately out of time order: the card sorts them.
        List<RoleTask> roleTasks = List.of(
                new RoleTask("r1", tasks.get(10).key(), RoleTask.Kind.ASSISTS),
                new RoleTask("r1", tasks.get(0).key(), RoleTask.Kind.RESPONSIBLE),
                new RoleTask("r1", tasks.get(5).key(), RoleTask.Kind.RESPONSIBLE));
        Workshop w = sample.withRoles(List.of(top, empty), roleTasks);
        List<TaskCard> cards = TaskCards.of(w);
        assertEquals(2, cards.size());
        TaskCard c = cards.getFirst();
        assertEquals("Sykepleier på topp", c.roleName());
        assertEquals("SPL", c.professionCode());
        assertEquals("Dag 07:30–15:30", c.shift());
        assertEquals(sample.unit(), c.unit(), "the workshop's unit when the role has none");
        assertEquals(List.of(tasks.get(0).text(), tasks.get(5).text(), tasks.get(10).text()),
                c.lines().stream().map(TaskCard.Line::text).toList());
        assertEquals(List.of(RoleTask.Kind.RESPONSIBLE, RoleTask.Kind.RESPONSIBLE, RoleTask.Kind.ASSISTS),
                c.lines().stream().map(TaskCard.Line::kind).toList());
        assertEquals(List.of("Lege: 900 00 000"), c.contacts());
        assertEquals("2", c.version());
        assertEquals("Avdelingsleder", c.approvedBy());
        assertEquals(TaskCard.Basis.ROLE, c.basis());
        assertEquals("Avdeling 3", cards.get(1).unit());
        assertTrue(cards.get(1).lines().isEmpty());
    }

    @Test
    void suggestionTurnsMustIntoResponsibleAndCanIntoAssists() {
        Profession hfa = code("HFA");
        Role role = new Role("r1", "Helsefagarbeider dag", hfa.id(), "", "", List.of(), List.of(), "", "");
        List<RoleTask> suggested = TaskCards.suggest(sample, role);
        Map<String, Decision> decided = sample.decisions().stream().filter(d -> d.professionId().equals(hfa.id()))
                .collect(Collectors.toMap(TaskDecision::taskKey, TaskDecision::decision));
        assertFalse(suggested.isEmpty());
        assertEquals(decided.values().stream().filter(d -> d != Decision.SHOULD_NOT).count(), suggested.size());
        for (RoleTask rt : suggested) {
            assertEquals("r1", rt.roleId());
            assertEquals(decided.get(rt.taskKey()) == Decision.MUST ? RoleTask.Kind.RESPONSIBLE : RoleTask.Kind.ASSISTS, rt.kind());
        }
        assertTrue(suggested.stream().anyMatch(rt -> rt.kind() == RoleTask.Kind.RESPONSIBLE));
        assertTrue(suggested.stream().anyMatch(rt -> rt.kind() == RoleTask.Kind.ASSISTS));
        // Accepting the suggestion gives the same lines as the profession's own card.
        Workshop accepted = sample.withRoles(List.of(role), suggested);
        TaskCard fromRole = TaskCards.of(accepted).getFirst();
        TaskCard fromProfession = TaskCards.of(sample).stream().filter(c -> c.professionCode().equals("HFA")).findFirst().orElseThrow();
        assertEquals(fromProfession.lines(), fromRole.lines());
    }
}
