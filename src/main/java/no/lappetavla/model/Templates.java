package no.lappetavla.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in starting points for a new workshop, and the user's own workshops turned into
 * templates. Steps follow the service's ordinary day (generic process steps, not a norm); the
 * example notes are typical tasks, the nursing-home ones taken from the shipped sample day shift.
 */
public final class Templates {

    public static final String NURSING_HOME = "nursingHome";
    public static final String HOME_CARE = "homeCare";
    public static final String DISABILITY_HOUSING = "disabilityHousing";
    public static final String OUT_OF_HOURS = "outOfHours";
    public static final String EMPTY = "empty";

    private Templates() {
    }

    /** All built-in templates, in the order they are offered. */
    public static List<Template> all() {
        return List.of(nursingHome(), homeCare(), disabilityHousing(), outOfHours(), empty());
    }

    public static Optional<Template> byId(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * A copy of a workshop to start a new one from: new ids throughout, so nothing links back to
     * the original. Decisions, roles and votes are left out (a new group makes its own choices),
     * as are unit, date and participants (they belong to the original session). Boards, steps and
     * professions are kept; the notes only when {@code keepNotes}.
     */
    public static Workshop fromWorkshop(Workshop workshop, boolean keepNotes) {
        Map<String, String> ids = new HashMap<>();
        List<Profession> professions = workshop.professions().stream()
                .map(p -> new Profession(fresh(ids, p.id()), p.code(), p.name(), p.colour(), p.hidden())).toList();
        List<Board> boards = workshop.boards().stream().map(b -> new Board(fresh(ids, b.id()), b.name(), b.form(),
                b.steps().stream().map(s -> new Step(fresh(ids, s.id()), s.label())).toList(),
                b.laneIds().stream().filter(ids::containsKey).map(ids::get).toList())).toList();
        List<Note> notes = new ArrayList<>();
        if (keepNotes) {
            for (Note n : workshop.notes()) {
                String board = ids.get(n.boardId());
                String profession = ids.get(n.professionId());
                if (board == null || profession == null) {
                    continue; // a note pointing nowhere has no place in a template
                }
                notes.add(n.copyAs(Ids.newId()).placedAt(board, profession, ids.get(n.stepId())).withVotes(0));
            }
        }
        return new Workshop(workshop.title(), "", "", "", workshop.language(), professions, boards, notes,
                List.of(), List.of(), List.of());
    }

    private static String fresh(Map<String, String> ids, String old) {
        return ids.computeIfAbsent(old, o -> Ids.newId());
    }

    private static Template nursingHome() {
        List<String> s = List.of(
                "07:30–08:00 Rapport og fordeling",
                "08:00–09:00 Morgenstell og legemidler",
                "09:00–10:00 Frokost",
                "10:00–11:30 Fagoppgaver og legevisitt",
                "11:30–12:30 Aktivitet og praktiske oppgaver",
                "12:30–13:30 Lunsj og pauser",
                "13:30–14:30 Dokumentasjon og møter",
                "14:30–15:30 Ettermiddag og rapport til kveld",
                "Hele vakten");
        return template(NURSING_HOME, "Sykehjem dagvakt", "Dagvakt", BoardForm.HORIZONTAL,
                List.of("SPL", "AKS", "HFA", "ASS", "LÆR", "MV", "AT", "FYS", "ERG", "MT"), s, List.of(
                        ex("Muntlig/skriftlig rapport fra natt (overlapp)", "SPL", s.get(0)),
                        ex("Muntlig/skriftlig rapport fra natt (overlapp)", "HFA", s.get(0)),
                        ex("Morgenstell (vask, påkledning, munnstell)", "HFA", s.get(1)),
                        ex("Morgenstell (vask, påkledning, munnstell)", "SPL", s.get(1)),
                        ex("Dele ut morgenmedisin (multidose)", "SPL", s.get(1)),
                        ex("Servere frokost, spisestøtte", "SPL", s.get(2)),
                        ex("Servere frokost, spisestøtte", "MV", s.get(2)),
                        ex("Legevisitt: forberede, delta, følge opp", "SPL", s.get(3)),
                        ex("Re senger, skifte sengetøy", "SPL", s.get(4)),
                        ex("Dokumentasjon i EPJ (tiltak, observasjoner)", "HFA", s.get(6)),
                        ex("Rapport til kveldsvakt", "SPL", s.get(7)),
                        ex("Svare på pasientsignal", "ASS", s.get(8))));
    }

    private static Template homeCare() {
        List<String> s = List.of(
                "07:00–08:00 Oppmøte og rapport",
                "08:00–09:30 Rute: morgenbesøk",
                "09:30–11:00 Rute: formiddagsbesøk",
                "11:00–11:30 Tilbake på basen, pause",
                "11:30–13:00 Rute: middag og legemidler",
                "13:00–14:00 Dokumentasjon og oppfølging",
                "14:00–15:00 Rapport og planlegging av neste vakt",
                "Hele vakten");
        return template(HOME_CARE, "Hjemmetjeneste morgen", "Morgenvakt", BoardForm.HORIZONTAL,
                List.of("SPL", "HFA", "ASS", "LÆR", "FYS", "ERG", "HS", "AKS", "VPL"), s, List.of(
                        ex("Rapport fra natt", "SPL", s.get(0)),
                        ex("Rapport fra natt", "HFA", s.get(0)),
                        ex("Fordele brukere på ruter", "SPL", s.get(0)),
                        ex("Hente nøkler, legemidler og utstyr", "HFA", s.get(0)),
                        ex("Morgenstell hjemme hos bruker", "HFA", s.get(1)),
                        ex("Morgenstell hjemme hos bruker", "ASS", s.get(1)),
                        ex("Gi legemidler fra dosett eller multidose", "HFA", s.get(1)),
                        ex("Sette insulin", "SPL", s.get(1)),
                        ex("Ta på støttestrømper", "SPL", s.get(2)),
                        ex("Kjøre mellom brukere", "HFA", s.get(2)),
                        ex("Bestille multidose fra apotek", "SPL", s.get(3)),
                        ex("Dokumentere besøk i EPJ", "HFA", s.get(5)),
                        ex("Kontakte fastlege ved endret tilstand", "SPL", s.get(5))));
    }

    private static Template disabilityHousing() {
        List<String> s = List.of(
                "07:30–08:00 Rapport og dagsplan",
                "08:00–09:30 Morgenrutiner",
                "09:30–12:00 Dagaktivitet og arbeid",
                "12:00–13:00 Lunsj",
                "13:00–15:00 Fritid, ærender og aktiviteter",
                "15:00–15:30 Dokumentasjon og rapport",
                "Hele vakten");
        return template(DISABILITY_HOUSING, "Bolig dagvakt", "Dagvakt", BoardForm.VERTICAL,
                List.of("VPL", "MT", "HFA", "ASS", "LÆR", "SPL"), s, List.of(
                        ex("Rapport fra natt", "VPL", s.get(0)),
                        ex("Gå gjennom dagsplanen med beboer", "VPL", s.get(0)),
                        ex("Støtte i morgenrutiner (hygiene, påkledning)", "HFA", s.get(1)),
                        ex("Støtte i morgenrutiner (hygiene, påkledning)", "ASS", s.get(1)),
                        ex("Gi legemidler", "VPL", s.get(1)),
                        ex("Følge til dagsenter eller arbeid", "ASS", s.get(2)),
                        ex("Følge opp miljøtiltak etter plan", "MT", s.get(2)),
                        ex("Lage mat sammen med beboer", "ASS", s.get(3)),
                        ex("Handle og gjøre ærender", "LÆR", s.get(4)),
                        ex("Kontakt med pårørende og verge", "VPL", s.get(4)),
                        ex("Dokumentere i journal", "VPL", s.get(5))));
    }

    private static Template outOfHours() {
        List<String> s = List.of(
                "Telefon og råd",
                "Mottak og registrering",
                "Hastegradsvurdering (triage)",
                "Venterom og observasjon",
                "Undersøkelse og behandling",
                "Prøver og svar",
                "Avslutning: hjem, oppfølging eller innleggelse",
                "Dokumentasjon og rapport",
                "Hele vakten");
        return template(OUT_OF_HOURS, "Legevakt helg", "Pasientforløp", BoardForm.HORIZONTAL,
                List.of("SPL", "AKS", "HS", "HFA"), s, List.of(
                        ex("Besvare telefon og gi råd", "SPL", s.get(0)),
                        ex("Registrere pasient ved oppmøte", "HS", s.get(1)),
                        ex("Hastegradsvurdering", "SPL", s.get(2)),
                        ex("Måle vitale tegn", "SPL", s.get(2)),
                        ex("Måle vitale tegn", "HFA", s.get(3)),
                        ex("Observere pasienter på venterommet", "SPL", s.get(3)),
                        ex("Klargjøre undersøkelsesrom", "SPL", s.get(4)),
                        ex("Ta blodprøver og hurtigtester", "HS", s.get(5)),
                        ex("Bestille transport ved innleggelse", "SPL", s.get(6)),
                        ex("Dokumentere i journal", "SPL", s.get(7)),
                        ex("Rydde og fylle på utstyr", "HFA", s.get(8))));
    }

    private static Template empty() {
        return template(EMPTY, "", "Tavle 1", BoardForm.HORIZONTAL,
                DefaultProfessions.create().stream().map(Profession::code).toList(), Workshops.DAY_SHIFT_STEPS, List.of());
    }

    private static Template template(String id, String title, String boardName, BoardForm form,
                                     List<String> professions, List<String> steps, List<Template.Example> examples) {
        return new Template(id, "template." + id + ".name", "template." + id + ".description",
                title, boardName, form, professions, steps, examples);
    }

    private static Template.Example ex(String text, String professionCode, String step) {
        return new Template.Example(text, professionCode, step);
    }
}
