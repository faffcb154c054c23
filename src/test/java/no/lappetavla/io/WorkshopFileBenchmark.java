package no.lappetavla.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Decision;
import no.lappetavla.model.DefaultProfessions;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;

/**
 * Save and load times of a large workshop: 5,000 notes, 12 professions, 2 boards. Not a test:
 * run it and read the figures.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=no.lappetavla.io.WorkshopFileBenchmark -Dexec.classpathScope=test</pre>
 */
public final class WorkshopFileBenchmark {

    private static final int NOTES = 5_000;
    private static final int WARM_UP = 15;
    private static final int RUNS = 30;

    private static final String[] VERBS = {"Hjelpe med", "Dele ut", "Dokumentere", "Følge opp", "Bestille",
            "Rydde", "Observere", "Ringe om", "Vurdere", "Lære opp i"};
    private static final String[] OBJECTS = {"morgenstell", "medisiner", "frokost", "sårstell", "tilsyn",
            "skyllerom", "pårørendesamtale", "legevisitt", "forflytning", "ernæringsplan", "ukeplan",
            "tøyvask", "blodsukkermåling", "aktivitet i stua", "rapport til kveldsvakt"};
    private static final String[] PLACES = {"Pasientrommet", "Medisinrommet", "Spisestua", "Vaktrommet", "Korridoren", ""};

    private WorkshopFileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Workshop workshop = largeWorkshop(new Random(42));
        Path dir = Files.createTempDirectory("lappetavla-bench");
        Path file = dir.resolve("stort verksted.lappetavla");
        try {
            for (int i = 0; i < WARM_UP; i++) {
                WorkshopFile.write(workshop, file);
                WorkshopFile.read(file);
            }
            double[] save = new double[RUNS];
            double[] load = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                WorkshopFile.write(workshop, file);
                long t1 = System.nanoTime();
                Workshop read = WorkshopFile.read(file);
                long t2 = System.nanoTime();
                if (!read.equals(workshop)) {
                    throw new IllegalStateException("round trip changed the workshop");
                }
                save[i] = (t1 - t0) / 1e6;
                load[i] = (t2 - t1) / 1e6;
            }
            System.out.printf(Locale.ROOT, "Workshop: %d notes, %d professions, %d boards, %d decisions%n",
                    workshop.notes().size(), workshop.professions().size(), workshop.boards().size(), workshop.decisions().size());
            System.out.printf(Locale.ROOT, "File size: %.2f MiB (%d bytes)%n", Files.size(file) / 1048576.0, Files.size(file));
            System.out.printf(Locale.ROOT, "Save (atomic, fsync, backup): median %.1f ms, p95 %.1f ms over %d runs%n",
                    percentile(save, 50), percentile(save, 95), RUNS);
            System.out.printf(Locale.ROOT, "Load (parse, bind, check):    median %.1f ms, p95 %.1f ms over %d runs%n",
                    percentile(load, 50), percentile(load, 95), RUNS);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static Workshop largeWorkshop(Random random) {
        List<Profession> professions = DefaultProfessions.create();
        List<String> laneIds = professions.stream().map(Profession::id).toList();
        Board day = new Board(Ids.newId(), "Dagvakt", BoardForm.HORIZONTAL,
                Workshops.DAY_SHIFT_STEPS.stream().map(s -> new Step(Ids.newId(), s)).toList(), laneIds);
        Board evening = new Board(Ids.newId(), "Kveldsvakt", BoardForm.VERTICAL,
                List.of("15–17", "17–19", "19–21", "21–23").stream().map(s -> new Step(Ids.newId(), s)).toList(), laneIds);
        List<Board> boards = List.of(day, evening);
        List<Note> notes = new ArrayList<>(NOTES);
        for (int i = 0; i < NOTES; i++) {
            Board board = boards.get(random.nextInt(boards.size()));
            Profession who = professions.get(random.nextInt(professions.size()));
            String text = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                    + (random.nextInt(4) == 0 ? " for beboer på rom " + (100 + random.nextInt(40)) : "");
            String step = random.nextInt(20) == 0 ? null : board.steps().get(random.nextInt(board.steps().size())).id();
            boolean detailed = random.nextInt(3) == 0;
            notes.add(new Note(Ids.newId(), board.id(), text, who.id(), step,
                    PLACES[random.nextInt(PLACES.length)],
                    detailed ? "Beboeren trenger trygghet og faste rutiner rundt dette" : "",
                    detailed ? "Kjenner beboeren, opplæring i prosedyren og delegering der det kreves" : "",
                    random.nextBoolean() ? 5 + random.nextInt(40) : null,
                    random.nextBoolean() ? "Daglig" : "Ved behov",
                    random.nextInt(10) == 0,
                    random.nextInt(5) == 0 ? "Tar ofte lengre tid enn planlagt fordi utstyret mangler på rommet" : "",
                    random.nextInt(4)));
        }
        List<TaskDecision> decisions = new ArrayList<>();
        Decision[] kinds = Decision.values();
        notes.stream().map(Note::taskKey).distinct().forEach(key -> {
            for (Profession p : professions) {
                if (random.nextInt(3) == 0) {
                    decisions.add(new TaskDecision(key, p.id(), kinds[random.nextInt(kinds.length)], "Forsvarlig etter opplæring"));
                }
            }
        });
        return new Workshop("Stort verksted", "Sykehjemmet, alle avdelinger", "2026-11-23",
                "Prosjektgruppen: sykepleiere, helsefagarbeidere, tillitsvalgte og leder", "nb",
                professions, boards, notes, decisions, List.of(), List.of());
    }
}
