package no.lappetavla.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardForm;
import no.lappetavla.model.Decision;
import no.lappetavla.model.DefaultProfessions;
import no.lappetavla.model.Note;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.Workshop;

/**
 * Times the må/kan matrix export of 500 tasks × 12 professions, warm, median of several runs.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> no.lappetavla.export.ExportBenchmark}.
 */
public final class ExportBenchmark {

    private static final int TASKS = 500;
    private static final int WARM_UP = 5;
    private static final int RUNS = 9;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Workshop w = workshop();
        System.out.printf(Locale.ROOT, "%d tasks x %d professions, %d notes, %d decisions%n", TASKS,
                w.professions().size(), w.notes().size(), w.decisions().size());
        time("Excel (.xlsx)", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MustCanWorkbook.write(w, out);
            return out.size();
        });
        time("Word (.docx)", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MustCanDocument.write(w, out);
            return out.size();
        });
    }

    private interface Export {
        int run() throws IOException;
    }

    private static void time(String name, Export export) throws IOException {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = export.run();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            export.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-14s median %d ms (min %d, max %d) over %d runs, %d kB%n",
                name, ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS, size / 1024);
    }

    /** 500 tasks over 10 steps, each done today by one to four professions, with letters and durations. */
    public static Workshop workshop() {
        List<Profession> professions = DefaultProfessions.create();
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            steps.add(new Step("s" + s, String.format(Locale.ROOT, "%02d–%02d", 7 + s, 8 + s)));
        }
        Board board = new Board("b", "Dagvakt", BoardForm.HORIZONTAL, steps, professions.stream().map(Profession::id).toList());
        List<Note> notes = new ArrayList<>();
        List<TaskDecision> decisions = new ArrayList<>();
        Decision[] letters = Decision.values();
        for (int t = 0; t < TASKS; t++) {
            String text = "Oppgave " + t + ": observere, dokumentere og følge opp tiltak for beboer ved behov";
            for (int k = 0; k <= t % 4; k++) {
                Profession p = professions.get((t + 5 * k) % professions.size());
                notes.add(Note.of("n" + t + "-" + k, "b", text, p.id(), steps.get(t % steps.size()).id())
                        .withDurationMinutes(5 + t % 30).withPlace("Beboerrom"));
            }
            for (int i = 0; i < professions.size(); i++) {
                if ((t + i) % 3 != 0) {
                    decisions.add(new TaskDecision(TaskKey.of(text), professions.get(i).id(), letters[(t * 7 + i) % letters.length], ""));
                }
            }
        }
        return new Workshop("Benchmark", "Avdeling", "2026-01-05", "", "nb", professions, List.of(board), notes, decisions,
                List.of(), List.of());
    }
}
