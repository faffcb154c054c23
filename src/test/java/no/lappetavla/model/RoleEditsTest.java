package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import org.junit.jupiter.api.Test;

class RoleEditsTest {

    private final Workshop sample = SampleWorkshop.create();
    private final Profession spl = sample.professions().stream().filter(p -> p.code().equals("SPL")).findFirst().orElseThrow();
    private final Role topp = new Role("r1", "Sykepleier på topp", spl.id(), "Dag 07:30–15:30", "", List.of(), List.of(), "", "");
    private final Role host = new Role("r2", "Måltidsvert dag", null, "", "", List.of(), List.of(), "", "");
    private final List<Task> tasks = TaskList.of(sample);

    private Workshop withRoles() {
        return Edits.addRole(host).apply(Edits.addRole(topp).apply(sample));
    }

    private static List<RoleTask> of(Workshop w, String roleId) {
        return w.roleTasks().stream().filter(t -> t.roleId().equals(roleId)).toList();
    }

    @Test
    void addedRolesKeepTheirOrderAndBecomeCards() {
        Workshop w = withRoles();
        assertEquals(List.of(topp, host), w.roles());
        assertEquals(List.of("Sykepleier på topp", "Måltidsvert dag"), TaskCards.of(w).stream().map(TaskCard::roleName).toList());
    }

    @Test
    void updateReplacesTheRoleWithTheSameId() {
        Role changed = new Role("r1", "Ansvarsvakt", spl.id(), "Dag 07:30–15:30", "Avd. 2", List.of("Lege 123"),
                List.of("Sjekk medisinrom"), "2", "Avdelingsleder");
        Workshop w = Edits.updateRole(changed).apply(withRoles());
        assertEquals(List.of(changed, host), w.roles());
    }

    @Test
    void assignSetsChangesAndClearsOneTaskOfOneRole() {
        String a = tasks.get(0).key();
        String b = tasks.get(1).key();
        Workshop w = Edits.assignTask("r1", a, RoleTask.Kind.RESPONSIBLE).apply(withRoles());
        w = Edits.assignTask("r1", b, RoleTask.Kind.ASSISTS).apply(w);
        w = Edits.assignTask("r2", a, RoleTask.Kind.ASSISTS).apply(w);
        assertEquals(List.of(new RoleTask("r1", a, RoleTask.Kind.RESPONSIBLE), new RoleTask("r1", b, RoleTask.Kind.ASSISTS)), of(w, "r1"));

        w = Edits.assignTask("r1", a, RoleTask.Kind.ASSISTS).apply(w);
        assertEquals(List.of(new RoleTask("r1", a, RoleTask.Kind.ASSISTS), new RoleTask("r1", b, RoleTask.Kind.ASSISTS)), of(w, "r1"),
                "a changed task keeps its place");

        w = Edits.assignTask("r1", a, null).apply(w);
        assertEquals(List.of(new RoleTask("r1", b, RoleTask.Kind.ASSISTS)), of(w, "r1"));
        assertEquals(List.of(new RoleTask("r2", a, RoleTask.Kind.ASSISTS)), of(w, "r2"), "other roles untouched");
    }

    @Test
    void removingARoleRemovesItsTasksOnly() {
        String a = tasks.get(0).key();
        Workshop w = Edits.assignTask("r1", a, RoleTask.Kind.RESPONSIBLE).apply(withRoles());
        w = Edits.assignTask("r2", a, RoleTask.Kind.ASSISTS).apply(w);
        w = Edits.removeRole("r1").apply(w);
        assertEquals(List.of(host), w.roles());
        assertEquals(List.of(new RoleTask("r2", a, RoleTask.Kind.ASSISTS)), w.roleTasks());
    }

    @Test
    void suggestionsReplaceTheRolesTasksWithItsProfessionsMustAndCan() {
        Workshop w = Edits.assignTask("r1", tasks.getLast().key(), RoleTask.Kind.RESPONSIBLE).apply(withRoles());
        w = Edits.assignTask("r2", tasks.get(0).key(), RoleTask.Kind.ASSISTS).apply(w);
        Workshop suggested = Edits.applySuggestions("r1").apply(w);
        List<RoleTask> expected = TaskCards.suggest(w, topp);
        assertFalse(expected.isEmpty(), "the sample has decisions for SPL");
        assertEquals(expected, of(suggested, "r1"));
        assertEquals(of(w, "r2"), of(suggested, "r2"));
        long must = sample.decisions().stream().filter(d -> d.professionId().equals(spl.id()) && d.decision() == Decision.MUST).count();
        assertEquals(must, of(suggested, "r1").stream().filter(t -> t.kind() == RoleTask.Kind.RESPONSIBLE).count());
    }

    @Test
    void aRoleWithoutProfessionGetsNoSuggestionsAndAnUnknownRoleChangesNothing() {
        Workshop w = withRoles();
        assertTrue(of(Edits.applySuggestions("r2").apply(w), "r2").isEmpty());
        assertSame(w, Edits.applySuggestions("nobody").apply(w));
    }

    @Test
    void everyRoleEditIsOneUndoStep() {
        WorkshopHistory history = new WorkshopHistory(sample);
        history.execute(Edits.addRole(topp));
        history.execute(Edits.applySuggestions("r1"));
        assertFalse(history.current().roleTasks().isEmpty());
        assertEquals("cards.edit.suggestTasks", history.undoNameKey().orElseThrow());
        history.undo();
        assertTrue(history.current().roleTasks().isEmpty());
        history.undo();
        assertEquals(sample, history.current());
    }
}
