package no.lappetavla.ui.matrix;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.lappetavla.export.ExportBenchmark;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.MemoryStorage;
import no.lappetavla.ui.WorkshopSession;

/**
 * Times the matrix on 500 tasks × 12 professions: opening it, and one keystroke (a letter that
 * sets a decision, then the arrow to the next task) including the redraw, and undo.
 * Run under a display: {@code xvfb-run -a java -cp target/classes:target/test-classes:<deps>
 * no.lappetavla.ui.matrix.MatrixViewBenchmark}.
 */
public final class MatrixViewBenchmark {

    private static final int TASKS = 500;
    private static final int KEYS = 40;

    private MatrixViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Workshop w = ExportBenchmark.workshop();
        System.out.printf(Locale.ROOT, "%d tasks x %d professions, %d notes, %d decisions%n", TASKS,
                w.professions().size(), w.notes().size(), w.decisions().size());
        long[] open = new long[5];
        for (int i = 0; i < open.length; i++) {
            open[i] = onFx(() -> {
                long start = System.nanoTime();
                Stage stage = show(new MatrixView(new WorkshopSession(w, new MemoryStorage())));
                long ms = (System.nanoTime() - start) / 1_000_000;
                stage.close();
                return ms;
            });
        }
        report("open the view", open);

        WorkshopSession session = new WorkshopSession(w, new MemoryStorage());
        MatrixView view = onFx(() -> {
            MatrixView v = new MatrixView(session);
            show(v);
            return v;
        });
        long[] keys = new long[KEYS];
        for (int i = 0; i < KEYS; i++) {
            String letter = i % 2 == 0 ? "m" : "k";
            keys[i] = onFx(() -> {
                long start = System.nanoTime();
                view.table().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, letter, "", KeyCode.UNDEFINED, false, false, false, false));
                view.table().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
                view.applyCss();
                view.layout();
                return (System.nanoTime() - start) / 1_000;
            });
        }
        report("letter + arrow (µs)", keys);
        long[] undo = new long[20];
        for (int i = 0; i < undo.length; i++) {
            undo[i] = onFx(() -> {
                long start = System.nanoTime();
                session.undo();
                view.applyCss();
                view.layout();
                return (System.nanoTime() - start) / 1_000;
            });
        }
        report("undo (µs)", undo);
        Platform.exit();
    }

    private static Stage show(MatrixView view) {
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), 1920, 1080));
        stage.getScene().getStylesheets().add(MatrixViewBenchmark.class.getResource("/no/lappetavla/ui/lappetavla.css").toExternalForm());
        stage.show();
        view.applyCss();
        view.layout();
        view.focusMatrix();
        return stage;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static void report(String name, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-20s median %d (min %d, max %d) over %d runs%n",
                name, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);
    }

}
