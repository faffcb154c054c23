package no.lappetavla.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardView;
import no.lappetavla.ui.main.MainWindow;

/**
 * Start-up time: from JVM start to the first frame of the main window showing the sample workshop,
 * over several cold starts, each a fresh JVM. A benchmark, not a test: it prints figures.
 *
 * <p>Run: {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn -q test-compile exec:exec@startup-benchmark}
 * (five starts; {@code java -cp … no.lappetavla.app.StartupBenchmark N} runs N).
 */
public final class StartupBenchmark {

    private static final int DEFAULT_RUNS = 5;
    private static final String CHILD = "--child";
    private static final String RESULT = "STARTUP ";
    private static long mainAt;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        mainAt = System.currentTimeMillis();
        if (args.length > 0 && args[0].equals(CHILD)) {
            Application.launch(Child.class);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(startOnce());
        }
        print(results);
    }

    /**
     * One fresh JVM; returns, in ms: launch→first frame, JVM start→main(), main()→JavaFX start(),
     * start()→sample workshop read, →window built and shown, shown→first frame, JVM start→first frame,
     * and the process's CPU time until then.
     */
    private static long[] startOnce() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Dprism.order=sw", "--enable-native-access=ALL-UNNAMED",
                "-Djava.util.logging.config.file=" + Path.of("src/test/resources/logging.properties").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), StartupBenchmark.class.getName(), CHILD);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        long launched = System.currentTimeMillis();
        Process p = pb.start();
        long[] child = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    String[] f = line.substring(RESULT.length()).trim().split(" ");
                    child = new long[f.length];
                    for (int i = 0; i < f.length; i++) {
                        child[i] = Long.parseLong(f[i]);
                    }
                }
            }
        }
        if (p.waitFor() != 0 || child == null) {
            throw new IllegalStateException("Oppstartsmålingen feilet (kode " + p.exitValue() + ")");
        }
        long jvmStart = child[0];
        long main = child[1];
        long started = child[2];
        long sample = child[3];
        long shown = child[4];
        long frame = child[5];
        System.out.printf(Locale.ROOT, "start: launch→frame %d ms, JVM start→frame %d ms, process CPU %d ms (%d note nodes on screen)%n",
                frame - launched, frame - jvmStart, child[7], child[6]);
        return new long[] {frame - launched, main - jvmStart, started - main, sample - started, shown - sample, frame - shown, frame - jvmStart, child[7]};
    }

    private static void print(List<long[]> results) {
        String[] names = {"Process launch → first frame (incl. JVM boot before its start stamp)", "JVM start → main()",
            "main() → JavaFX start() (toolkit up)", "start() → sample workshop read (CSV import)",
            "→ main window built and shown", "Window shown → first frame rendered", "**JVM start → first frame**",
            "CPU time of the process until the first frame (all threads: JIT, GC, render)"};
        System.out.printf("%n| Start-up (%d cold starts, sample workshop) | Median (ms) | Min–max (ms) |%n|---|---:|---|%n", results.size());
        for (int k : new int[] {6, 1, 2, 3, 4, 5, 0, 7}) {
            long[] v = results.stream().mapToLong(r -> r[k]).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %d | %d–%d |%n", names[k], v[v.length / 2], v[0], v[v.length - 1]);
        }
    }

    /**
     * The app's main window on the sample workshop. The first frame is rendered when the pulse after
     * it has synchronised: that waits for the renderer to finish the previous frame. A hidden marker
     * is nudged so that the next pulse has something to synchronise.
     */
    public static final class Child extends Application {

        private final Rectangle marker = new Rectangle(0, 0);
        private long startedAt;
        private long sampleAt;
        private long shownAt;
        private int pulsesShown;

        @Override
        public void start(Stage stage) {
            startedAt = System.currentTimeMillis();
            WorkshopSession session = new WorkshopSession(SampleWorkshop.create(), new MemoryStorage());
            sampleAt = System.currentTimeMillis();
            new MainWindow(stage, session, new ExportsAdapter());
            Scene scene = stage.getScene();
            marker.setVisible(false);
            marker.setManaged(false);
            ((Pane) scene.getRoot()).getChildren().add(marker);
            scene.addPostLayoutPulseListener(() -> {
                if (!stage.isShowing()) {
                    return;
                }
                pulsesShown++;
                if (pulsesShown == 1) {
                    marker.setTranslateX(1);
                } else if (pulsesShown == 2) {
                    // Runs after this pulse's synchronisation, which waited for the first frame to be drawn.
                    Platform.runLater(() -> finish(scene));
                }
            });
            stage.show();
            shownAt = System.currentTimeMillis();
            // Keeps pulses coming even if nothing else in the window changes.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                }
            }.start();
        }

        private void finish(Scene scene) {
            long frameAt = System.currentTimeMillis();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            int notes = scene.getRoot().lookupAll(".board-view").stream()
                    .mapToInt(n -> ((BoardView) n).shownNoteCount()).sum();
            long cpuMillis = processCpuMillis();
            System.out.println(RESULT + jvmStart + " " + mainAt + " " + startedAt + " " + sampleAt + " " + shownAt + " " + frameAt + " " + notes + " " + cpuMillis);
            Platform.exit();
        }

        /** User + system CPU time of this process (Linux /proc; clock ticks of 10 ms), or -1 elsewhere. */
        private static long processCpuMillis() {
            try {
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
