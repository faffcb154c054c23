package no.lappetavla.io;

import java.util.List;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Role;
import no.lappetavla.model.RoleTask;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.Workshop;

/** Workshops for io tests. */
final class TestWorkshops {

    private TestWorkshops() {
    }

    /** Every field filled, with æøå, emoji, a null duration, a hidden profession, decisions and roles. */
    static Workshop everyField() {
        Profession spl = new Profession("p-spl", "SPL", "Sykepleier", "#77AADD", false);
        Profession hfa = new Profession("p-hfa", "HFA", "Helsefagarbeider", "#EEDD88", false);
        Profession lær = new Profession("p-lær", "LÆR", "Lærling 🧑‍🎓", "#FFAABB", true);
        Board morning = new Board("b-1", "Morgenstell på Ærfuglen", BoardForm.HORIZONTAL,
                List.of(new Step("s-1", "07:30 Rapport"), new Step("s-2", "08–10 Stell og frokost")),
                List.of("p-spl", "p-hfa", "p-lær"));
        Board evening = new Board("b-2", "Kveld ☾", BoardForm.VERTICAL,
                List.of(new Step("s-3", "Hele dagen")), List.of("p-hfa", "p-spl"));
        Note full = new Note("n-1", "b-1", "Dele ut medisiner 💊", "p-spl", "s-2", "Medisinrommet",
                "Riktig medisin til riktig tid", "Legemiddelhåndtering, delegert", 15, "Daglig",
                true, "Tar ofte lengre tid «enn planlagt» – øæå ÆØÅ", 3);
        Note noDuration = new Note("n-2", "b-1", "Hjelpe til med frokost", "p-hfa", "s-2", "Spisestua",
                "Ernæring", "", null, "Hver dag", false, "", 0);
        Note unsorted = new Note("n-3", "b-2", "Rydde skyllerom", "p-lær", null, "", "", "", 5, "", false, "", 1);
        TaskDecision must = new TaskDecision(full.taskKey(), "p-spl", Decision.MUST, "Ansvar etter forskrift");
        TaskDecision canAfter = new TaskDecision(full.taskKey(), "p-hfa", Decision.CAN_AFTER_TRAINING, "Etter opplæring og delegering");
        TaskDecision not = new TaskDecision(noDuration.taskKey(), "p-lær", Decision.SHOULD_NOT, "");
        Role top = new Role("r-1", "Sykepleier på topp", "p-spl", "Dag", "Avdeling 2 Øst",
                List.of("Lege: 123 45 678", "Vakthavende 📞"), List.of("Sjekk dosetter", "Rapport kl. 14:30"),
                "1.2", "Åse Ødegård");
        Role host = new Role("r-2", "Måltidsvert dag", null, "", "", List.of(), List.of(), "", "");
        return new Workshop("Tørn på Solsiden 🌞", "Solsiden sykehjem, avd. Å", "2026-11-23",
                "Åse, Øystein, Ærlend", "nn", List.of(spl, hfa, lær), List.of(morning, evening),
                List.of(full, noDuration, unsorted), List.of(must, canAfter, not), List.of(top, host),
                List.of(new RoleTask("r-1", full.taskKey(), RoleTask.Kind.RESPONSIBLE),
                        new RoleTask("r-2", noDuration.taskKey(), RoleTask.Kind.ASSISTS)));
    }
}
