package no.lappetavla.export;

import java.util.List;
import no.lappetavla.model.Note;
import no.lappetavla.model.Workshop;

/** The sample workshop with the fields a real mapping would have filled in. */
final class ExportSamples {

    private ExportSamples() {
    }

    /** Gives every task a duration, place and needs (varied per task) and a date, so every export column has content. */
    static Workshop withDurations(Workshop w) {
        List<String> keys = w.notes().stream().map(Note::taskKey).distinct().toList();
        List<Note> notes = w.notes().stream().map(n -> {
            int i = keys.indexOf(n.taskKey());
            return n.withDurationMinutes(5 + (i * 7) % 40)
                    .withPlace(i % 3 == 0 ? "Beboerrom" : i % 3 == 1 ? "Vaktrom" : "Fellesstue")
                    .withUserNeed(i % 4 == 0 ? "Trygghet og ro" : "")
                    .withCompetenceNeed(i % 5 == 0 ? "Legemiddelhåndtering" : "");
        }).toList();
        return w.withNotes(notes).withInfo(w.title(), w.unit(), "2026-03-02", w.participants());
    }
}
