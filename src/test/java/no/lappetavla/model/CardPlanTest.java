package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import org.junit.jupiter.api.Test;

class CardPlanTest {

    @Test
    void withoutDecisionsEachProfessionGetsWhatItDoesToday() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Frokost", s.ass, s.late, null).note("Rapport", s.spl, s.early, null)
                .note("Rapport", s.ass, s.early, null).build();
        List<CardPlan.Card> cards = CardPlan.of(w);
        assertEquals(List.of("Sykepleier", "Assistent"), cards.stream().map(CardPlan.Card::name).toList(),
                "HFA has no tasks and gets no card");
        CardPlan.Card ass = cards.get(1);
        assertNull(ass.role());
        assertEquals(s.ass, ass.profession());
        assertEquals(List.of("Rapport", "Frokost"), ass.lines().stream().map(l -> l.task().text()).toList());
        assertTrue(ass.lines().stream().allMatch(l -> l.kind() == RoleTask.Kind.RESPONSIBLE));
    }

    @Test
    void withDecisionsMustIsResponsibleAndCanAssists() {
        SmallWorkshop s = new SmallWorkshop();
        Workshop w = s.note("Insulin", s.spl, s.early, null).note("Mopp", s.spl, s.late, null)
                .decide("Insulin", s.spl, Decision.MUST).decide("Insulin", s.hfa, Decision.CAN_AFTER_TRAINING)
                .decide("Mopp", s.spl, Decision.SHOULD_NOT).decide("Mopp", s.ass, Decision.CAN).build();
        List<CardPlan.Card> cards = CardPlan.of(w);
        assertEquals(3, cards.size());
        assertEquals(List.of(new CardPlan.Line(cards.get(0).lines().getFirst().task(), RoleTask.Kind.RESPONSIBLE)),
                cards.get(0).lines(), "SPL: insulin as ansvar, not the mopping it should not do");
        assertEquals(RoleTask.Kind.ASSISTS, cards.get(1).lines().getFirst().kind());
        assertEquals("Mopp", cards.get(2).lines().getFirst().task().text());
    }

    @Test
    void rolesGiveOneCardEachInTimeOrder() {
        Workshop sample = SampleWorkshop.create();
        Profession spl = sample.professions().getFirst();
        Role top = new Role("r1", "Sykepleier på topp", spl.id(), "Dag 07:30–15:30", "", List.of(), List.of(), "", "");
        Role empty = new Role("r2", "Uten oppgaver", spl.id(), "", "", List.of(), List.of(), "", "");
        Workshop w = sample.withRoles(List.of(top, empty), List.of(
                new RoleTask("r1", TaskKey.of("Forberede middag (kl. 15–16)"), RoleTask.Kind.RESPONSIBLE),
                new RoleTask("r1", TaskKey.of("Sette insulin s.c."), RoleTask.Kind.ASSISTS),
                new RoleTask("r1", "finnes ikke", RoleTask.Kind.ASSISTS)));
        List<CardPlan.Card> cards = CardPlan.of(w);
        assertEquals(1, cards.size());
        CardPlan.Card card = cards.getFirst();
        assertEquals("Sykepleier på topp", card.name());
        assertEquals(top, card.role());
        assertEquals(spl, card.profession());
        assertEquals(List.of("Sette insulin s.c.", "Forberede middag (kl. 15–16)"),
                card.lines().stream().map(l -> l.task().text()).toList());
        assertEquals(RoleTask.Kind.ASSISTS, card.lines().getFirst().kind());
    }
}
