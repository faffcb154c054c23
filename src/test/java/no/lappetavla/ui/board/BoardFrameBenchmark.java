package no.lappetavla.ui.board;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Board;
import no.lappetavla.model.Edits;
import no.lappetavla.model.Ids;
import no.lappetavla.model.Note;
import no.lappetavla.model.Step;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardLayout.Rect;

/**
 * Frame cost of the board at 50, 500 and 5,000 notes: a scripted pan and zoom, one change per
 * pulse, in a 1920×1080 window. Per frame it records the scene-graph work (from the change in the
 * AnimationTimer to the end of the pulse's CSS and layout, where the board culls) and the interval
 * to the next pulse, which with {@code -Djavafx.animation.fullspeed=true} is what the frame really
 * cost including rendering, and the CPU time the FX and render threads spent in that interval
 * (robust against a busy machine). A benchmark, not a test: it prints figures and asserts nothing.
 *
 * <p>Run: {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn -q test-compile exec:exec@board-frame-benchmark}
 */
public final class BoardFrameBenchmark {

    static final int[] SIZES = {50, 500, 5000};
    static final int LANES = 12;
    /** 500 notes over 12 lanes × 10 steps; 5,000 keep that density on a ten times longer board. */
    static final int NOTES_PER_STEP = 50;
    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;
    static final double START_ZOOM = 0.8;
    static final double PAN = 30;
    static final double ZOOM_STEP = 0.98;
    static final int SETTLE_FRAMES = 10;

    private BoardFrameBenchmark() {
    }

    /** Arguments: the board sizes to run (default 50 500 5000). */
    public static void main(String[] args) {
        Application.launch(Runner.class, args);
    }

    /** A workshop with one board of the given size: notes spread evenly over lanes and steps. */
    static Workshop workshop(int noteCount) {
        Workshop w = Workshops.newWorkshop("Benchmark", "Tavle");
        Board board = w.boards().getFirst();
        int stepCount = Math.max(Workshops.DAY_SHIFT_STEPS.size(), noteCount / NOTES_PER_STEP);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < stepCount; i++) {
            steps.add(new Step(Ids.newId(), "Steg " + (i + 1)));
        }
        board = board.withSteps(steps);
        // Real boards have mostly distinct texts, so every note's text size is fitted on first sight.
        List<String> base = SampleWorkshop.create().notes().stream().map(Note::text).distinct().toList();
        List<Note> notes = new ArrayList<>(noteCount);
        for (int i = 0; i < noteCount; i++) {
            String lane = board.laneIds().get(i % LANES);
            String step = steps.get((i / LANES) % stepCount).id();
            String text = base.get(i % base.size()) + " (" + (i / base.size() + 1) + ")";
            notes.add(Note.of(Ids.newId(), board.id(), text, lane, step));
        }
        return Edits.addNotes(notes).apply(w.withBoard(board));
    }

    /** One scripted pulse: a change to the view, and whether its cost counts. */
    private record Frame(String phase, boolean measured, Consumer<BoardView> change) {
    }

    /** What one measured frame cost. */
    private record Sample(String phase, long sceneNanos, long frameNanos, long cpuNanos, int shown, int added, int removed) {
    }

    public static final class Runner extends Application {

        private final StackPane root = new StackPane();
        private final Deque<Runnable> plan = new ArrayDeque<>();
        private final List<Sample> samples = new ArrayList<>();
        private final StringBuilder report = new StringBuilder();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long rendererId = -1;
        private long cpuAtChange;
        private BoardView board;
        private int size;
        private Deque<Frame> frames = new ArrayDeque<>();
        private Frame pending;
        private long changedAt;
        private long sceneNanos;
        private int shown;
        private int added;
        private int removed;
        private int settle;
        private boolean watching;

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(root, WIDTH, HEIGHT);
            scene.getStylesheets().add(BoardView.class.getResource("/no/lappetavla/ui/lappetavla.css").toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            scene.addPostLayoutPulseListener(this::afterLayout);
            List<String> args = getParameters().getRaw();
            int[] sizes = args.isEmpty() ? SIZES : args.stream().mapToInt(Integer::parseInt).toArray();
            for (int n : sizes) {
                // The first pass only warms up the JIT; the second, on a fresh view, is measured.
                plan.add(() -> begin(n, false));
                plan.add(() -> begin(n, true));
            }
            plan.add(() -> {
                System.out.print(report);
                Platform.exit();
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse();
                }
            }.start();
        }

        private void begin(int n, boolean measured) {
            size = n;
            samples.clear();
            WorkshopSession session = new WorkshopSession(workshop(n), new MemoryStorage());
            board = new BoardView(session, session.workshop().boards().getFirst().id());
            root.getChildren().setAll(board);
            frames = script(measured);
            settle = SETTLE_FRAMES;
            watching = false;
        }

        /**
         * Counts note nodes added and removed per frame: churn is what culling costs while moving.
         * The note layer is found as the group holding the note views, once the first are shown.
         */
        private void watchNoteNodes() {
            Group world = (Group) board.getChildrenUnmodifiable().getFirst();
            Group layer = world.getChildren().stream()
                    .filter(node -> node instanceof Group g && !g.getChildren().isEmpty() && g.getChildren().getFirst() instanceof NoteView)
                    .map(Group.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Fant ikke laget med lapper i BoardView"));
            layer.getChildren().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    added += c.getAddedSize();
                    removed += c.getRemovedSize();
                }
            });
            watching = true;
        }

        private Deque<Frame> script(boolean measured) {
            Deque<Frame> s = new ArrayDeque<>();
            // A fixed start for every size: top-left corner at START_ZOOM.
            s.add(new Frame("setup", false, v -> v.zoomToRect(new Rect(0, 0, WIDTH / START_ZOOM - 40, HEIGHT / START_ZOOM - 40))));
            for (int i = 0; i < SETTLE_FRAMES; i++) {
                s.add(new Frame("setup", false, v -> { }));
            }
            // 300 frames: a square of fast drags (1,800 px/s at 60 Hz), then zoom out past the text threshold and back.
            double[][] legs = {{-PAN, 0}, {0, -PAN}, {PAN, 0}, {0, PAN}};
            for (double[] leg : legs) {
                for (int i = 0; i < 50; i++) {
                    s.add(new Frame("pan", measured, v -> v.panBy(leg[0], leg[1])));
                }
            }
            for (int i = 0; i < 50; i++) {
                s.add(new Frame("zoom out", measured, v -> v.zoomAt(ZOOM_STEP, WIDTH / 3, HEIGHT / 3)));
            }
            for (int i = 0; i < 50; i++) {
                s.add(new Frame("zoom in", measured, v -> v.zoomAt(1 / ZOOM_STEP, WIDTH / 3, HEIGHT / 3)));
            }
            // The whole board in view, then 100 frames of a one-pixel wobble so every frame redraws it all.
            s.add(new Frame("setup", false, BoardView::fitBoard));
            for (int i = 0; i < SETTLE_FRAMES; i++) {
                s.add(new Frame("setup", false, v -> { }));
            }
            for (int i = 0; i < 100; i++) {
                double dx = i % 2 == 0 ? 1 : -1;
                s.add(new Frame("fit", measured, v -> v.panBy(dx, 0)));
            }
            return s;
        }

        private void pulse() {
            long now = System.nanoTime();
            long cpu = cpuNow();
            if (pending != null && pending.measured()) {
                if (sceneNanos < 0) {
                    throw new IllegalStateException("Pulsen kom uten layout-lytter");
                }
                samples.add(new Sample(pending.phase(), sceneNanos, now - changedAt, cpu - cpuAtChange, shown, added, removed));
            }
            pending = null;
            if (settle > 0) {
                settle--;
                return;
            }
            Frame next = frames.poll();
            if (next == null) {
                if (board != null && !samples.isEmpty()) {
                    summarize();
                }
                Runnable step = plan.poll();
                if (step != null) {
                    step.run();
                }
                return;
            }
            if (!watching && !next.phase().equals("setup")) {
                watchNoteNodes();
            }
            added = 0;
            removed = 0;
            sceneNanos = -1;
            pending = next;
            cpuAtChange = cpuNow();
            changedAt = System.nanoTime();
            next.change().accept(board);
        }

        /**
         * CPU time used so far by this (the FX) thread and the render thread. Unlike wall time it
         * hardly counts the waiting for a core that a shared machine adds.
         */
        private long cpuNow() {
            if (rendererId < 0) {
                rendererId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                        .mapToLong(Thread::threadId).findFirst().orElseThrow();
            }
            return threads.getCurrentThreadCpuTime() + threads.getThreadCpuTime(rendererId);
        }

        private void afterLayout() {
            if (pending != null && sceneNanos < 0) {
                sceneNanos = System.nanoTime() - changedAt;
                shown = board.shownNoteCount();
            }
        }

        private void summarize() {
            if (report.isEmpty()) {
                report.append(String.format(Locale.ROOT, "%n| Notes | Frames | Note nodes shown (min–max) | Scene work median / p95 / max (ms) "
                        + "| Frame median / p95 / max (ms) | Frames/s | CPU per frame, FX + render thread, median / p95 / max (ms) "
                        + "| Note nodes added / removed (total) | Zoom |%n"));
                report.append("|---:|---|---|---|---|---:|---|---|---|\n");
            }
            String path = String.format(Locale.ROOT, "%.2f → %.2f → %.2f", START_ZOOM, START_ZOOM * Math.pow(ZOOM_STEP, 50), START_ZOOM);
            String fit = String.format(Locale.ROOT, "fit: %.3f%s", board.zoom(), board.zoom() < 0.4 ? " (no text)" : "");
            row("300 pan+zoom", s -> !s.phase().equals("fit"), path);
            row("200 pan", s -> s.phase().equals("pan"), String.format(Locale.ROOT, "%.2f", START_ZOOM));
            row("50 zoom out", s -> s.phase().equals("zoom out"), String.format(Locale.ROOT, "%.2f → %.2f", START_ZOOM, START_ZOOM * Math.pow(ZOOM_STEP, 50)));
            row("50 zoom in", s -> s.phase().equals("zoom in"), String.format(Locale.ROOT, "%.2f → %.2f", START_ZOOM * Math.pow(ZOOM_STEP, 50), START_ZOOM));
            row("100 at fit", s -> s.phase().equals("fit"), fit);
        }

        private void row(String name, java.util.function.Predicate<Sample> which, String zoom) {
            List<Sample> run = samples.stream().filter(which).toList();
            long[] scene = run.stream().mapToLong(Sample::sceneNanos).sorted().toArray();
            long[] frame = run.stream().mapToLong(Sample::frameNanos).sorted().toArray();
            long[] cpu = run.stream().mapToLong(Sample::cpuNanos).sorted().toArray();
            int minShown = run.stream().mapToInt(Sample::shown).min().orElse(0);
            int maxShown = run.stream().mapToInt(Sample::shown).max().orElse(0);
            int addedTotal = run.stream().mapToInt(Sample::added).sum();
            int removedTotal = run.stream().mapToInt(Sample::removed).sum();
            double fps = run.size() / (Arrays.stream(frame).sum() / 1e9);
            report.append(String.format(Locale.ROOT, "| %,d | %s | %,d–%,d | %s | %s | %.0f | %s | %,d / %,d | %s |%n",
                    size, name, minShown, maxShown, ms(scene), ms(frame), fps, ms(cpu), addedTotal, removedTotal, zoom));
        }

        private static String ms(long[] sorted) {
            return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", sorted[sorted.length / 2] / 1e6,
                    sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }
}
