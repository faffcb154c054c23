package no.lappetavla.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;

/**
 * The example workshop: a nursing-home day shift (44 tasks) shipped with the app, used for the
 * first-start demo, screenshots and tests. It is imported like any task list: who "must" and "can"
 * becomes decisions, and everyone named there gets a note, as a mapping would show it.
 */
public final class SampleWorkshop {

    private static final String RESOURCE = "/no/lappetavla/io/sykehjem-dagvakt.csv";
    /** On this ward "alle (på vakt)" means the staff on the floor, not the visiting therapists. */
    private static final List<String> ON_SHIFT = List.of("SPL", "HFA", "ASS");

    private SampleWorkshop() {
    }

    public static Workshop create() {
        Workshop empty = Workshops.newWorkshop("Sykehjem dagvakt", "Dagvakt")
                .withInfo("Sykehjem dagvakt", "Eksempel sykehjem, avdeling 2", "", "");
        List<Profession> everyone = empty.professions().stream().filter(p -> ON_SHIFT.contains(p.code())).toList();
        try (InputStream in = SampleWorkshop.class.getResourceAsStream(RESOURCE)) {
            TaskSheet sheet = TaskListImporter.readCsv(in);
            return ImportPreview.of(sheet, empty, empty.boards().getFirst().id(), everyone).toNewWorkshop(empty.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
