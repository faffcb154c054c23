package no.lappetavla.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lappetavla.model.Board;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.ProfessionMatcher;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;

/**
 * The example workshop: a nursing-home day shift (44 tasks) shipped with the app, used for the
 * first-start demo, screenshots and tests. Who "must" and "can" in the data becomes decisions,
 * and everyone named there gets a note, as a mapping would show it.
 */
public final class SampleWorkshop {

    private static final String RESOURCE = "/no/lappetavla/io/sykehjem-dagvakt.csv";

    private SampleWorkshop() {
    }

    public static Workshop create() {
        Workshop empty = Workshops.newWorkshop("Sykehjem dagvakt", "Dagvakt");
        Board board = empty.boards().getFirst();
        Map<String, Step> stepsByLabel = new LinkedHashMap<>();
        board.steps().forEach(s -> stepsByLabel.put(s.label(), s));
        List<Profession> professions = empty.professions();
        List<Profession> everyone = professions.stream()
                .filter(p -> List.of("SPL", "HFA", "ASS").contains(p.code())).toList();
        ProfessionMatcher matcher = new ProfessionMatcher(professions, everyone);

        List<Note> notes = new ArrayList<>();
        List<TaskDecision> decisions = new ArrayList<>();
        for (String[] row : rows()) {
            String time = row[0];
            String text = row[1];
            Step step = stepsByLabel.get(stepLabel(time));
            List<Profession> doers = new ArrayList<>();
            for (int col = 3; col <= 4; col++) {
                String cell = row.length > col ? row[col] : "";
                for (String part : cell.split(",")) {
                    Decision decision = decisionFor(col == 3, part);
                    for (Profession p : matcher.find(part)) {
                        String key = Note.of("x", "x", text, null, null).taskKey();
                        if (decisions.stream().noneMatch(d -> d.taskKey().equals(key) && d.professionId().equals(p.id()))) {
                            decisions.add(new TaskDecision(key, p.id(), decision, part.strip()));
                        }
                        if (decision != Decision.SHOULD_NOT && !doers.contains(p)) {
                            doers.add(p);
                        }
                    }
                }
            }
            for (Profession p : doers) {
                notes.add(Note.of(Ids.newId(), board.id(), text, p.id(), step == null ? null : step.id()));
            }
        }
        return empty.withInfo("Sykehjem dagvakt", "Eksempel sykehjem, avdeling 2", "", "")
                .withNotes(notes).withDecisions(decisions);
    }

    private static Decision decisionFor(boolean mustColumn, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.contains("ikke")) {
            return Decision.SHOULD_NOT;
        }
        if (mustColumn) {
            return Decision.MUST;
        }
        return p.contains("kurs") || p.contains("delegering") || p.contains("opplær") ? Decision.CAN_AFTER_TRAINING : Decision.CAN;
    }

    /** "07:30" belongs to the block "07–08"; anything that is not a time to "Hele dagen". */
    static String stepLabel(String time) {
        if (time.matches("\\d{2}:\\d{2}")) {
            int hour = Integer.parseInt(time.substring(0, 2));
            return String.format(Locale.ROOT, "%02d–%02d", hour, hour + 1);
        }
        return "Hele dagen";
    }

    private static List<String[]> rows() {
        try (InputStream in = SampleWorkshop.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(";", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
