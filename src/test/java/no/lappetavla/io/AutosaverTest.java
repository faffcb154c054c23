package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {

    /** Virtual time: tasks run on the test thread when the test moves the clock. */
    static final class ManualWorker implements Autosaver.Worker {
        private record Task(long due, long order, Runnable run, boolean[] cancelled) {
        }

        private final List<Task> tasks = new ArrayList<>();
        private long now;
        private long order;
        boolean shutDown;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public Autosaver.Scheduled schedule(Runnable run, long delayNanos) {
            boolean[] cancelled = {false};
            tasks.add(new Task(now + delayNanos, order++, run, cancelled));
            return () -> cancelled[0] = true;
        }

        @Override
        public void runAndWait(Runnable run) {
            run.run();
        }

        @Override
        public void shutdown() {
            shutDown = true;
        }

        void advance(Duration by) {
            long target = now + by.toNanos();
            while (true) {
                Task next = tasks.stream().filter(t -> t.due() <= target)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
                now = next.due();
                if (!next.cancelled()[0]) {
                    next.run().run();
                }
            }
            now = target;
        }

        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(now);
        }
    }

    /** Records what was saved and when (virtual ms). */
    static final class Recorder implements Autosaver.Sink, Autosaver.Listener {
        final ManualWorker worker;
        final List<String> saves = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        WorkshopFileException failure;

        Recorder(ManualWorker worker) {
            this.worker = worker;
        }

        @Override
        public void save(Workshop snapshot, Path originalOrNull) throws WorkshopFileException {
            if (failure != null) {
                throw failure;
            }
            saves.add(snapshot.title() + "@" + worker.millis() + (originalOrNull == null ? "" : " " + originalOrNull.getFileName()));
        }

        @Override
        public void clear() {
            events.add("clear@" + worker.millis());
        }

        @Override
        public void saved(Workshop snapshot) {
            events.add("saved " + snapshot.title());
        }

        @Override
        public void failed(WorkshopFileException error) {
            events.add("failed " + error.kind());
        }
    }

    private final ManualWorker worker = new ManualWorker();
    private final Recorder recorder = new Recorder(worker);
    private final Autosaver saver = new Autosaver(recorder, recorder, Autosaver.QUIET, Autosaver.MAX_DELAY, worker);

    private static Workshop version(int n) {
        return TestWorkshops.everyField().withInfo("v" + n, "", "", "");
    }

    @Test
    void burstOfChangesIsSavedOnceAsTheLatestSnapshot() {
        for (int i = 1; i <= 9; i++) {
            saver.changed(version(i), null);
            worker.advance(Duration.ofMillis(100));
        }
        assertEquals(List.of(), recorder.saves, "still typing: nothing written yet");
        saver.changed(version(10), Path.of("verksted.lappetavla"));
        worker.advance(Duration.ofSeconds(5));
        assertEquals(List.of("v10@1900 verksted.lappetavla"), recorder.saves);
        assertEquals(List.of("saved v10"), recorder.events);
    }

    @Test
    void steadyChangesAreSavedAtLeastEveryTwoSeconds() {
        for (int i = 0; i < 10; i++) {
            saver.changed(version(i), null);
            worker.advance(Duration.ofMillis(500));
        }
        worker.advance(Duration.ofSeconds(5));
        // Change every 500 ms never gives a second of quiet; the two-second cap saves anyway.
        assertEquals(List.of("v3@2000", "v7@4000", "v9@5500"), recorder.saves);
    }

    @Test
    void quietChangeIsSavedAfterOneSecond() {
        worker.advance(Duration.ofSeconds(10));
        saver.changed(version(1), null);
        worker.advance(Duration.ofMillis(999));
        assertEquals(List.of(), recorder.saves);
        worker.advance(Duration.ofMillis(1));
        assertEquals(List.of("v1@11000"), recorder.saves);
        worker.advance(Duration.ofSeconds(10));
        assertEquals(1, recorder.saves.size(), "nothing new, nothing written");
    }

    @Test
    void flushWritesPendingSnapshotAtOnce() {
        saver.flush();
        assertEquals(List.of(), recorder.saves);
        saver.changed(version(1), null);
        saver.changed(version(2), null);
        saver.flush();
        assertEquals(List.of("v2@0"), recorder.saves);
        worker.advance(Duration.ofSeconds(5));
        assertEquals(List.of("v2@0"), recorder.saves, "the scheduled write finds nothing left");
    }

    @Test
    void failureIsReportedAndLaterSavesStillWork() {
        recorder.failure = WorkshopFileException.of(WorkshopFileException.Kind.NOT_WRITABLE, Path.of("recovery.lappetavla"), null);
        saver.changed(version(1), null);
        worker.advance(Duration.ofSeconds(2));
        assertEquals(List.of("failed NOT_WRITABLE"), recorder.events);
        recorder.failure = null;
        saver.changed(version(2), null);
        worker.advance(Duration.ofSeconds(2));
        assertEquals(List.of("failed NOT_WRITABLE", "saved v2"), recorder.events);
    }

    @Test
    void discardDropsPendingSnapshotAndClearsCopy() {
        saver.changed(version(1), null);
        worker.advance(Duration.ofMillis(500));
        saver.discard();
        worker.advance(Duration.ofSeconds(5));
        assertEquals(List.of(), recorder.saves);
        assertEquals(List.of("clear@500"), recorder.events);
    }

    @Test
    void closeFlushesAndIgnoresLaterChanges() {
        saver.changed(version(1), null);
        saver.close();
        assertEquals(List.of("v1@0"), recorder.saves);
        assertTrue(worker.shutDown);
        saver.changed(version(2), null);
        worker.advance(Duration.ofSeconds(5));
        assertEquals(List.of("v1@0"), recorder.saves);
    }

    @Test
    void realThreadWritesLatestSnapshotToRecoveryStore(@TempDir Path dir) throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        CountDownLatch written = new CountDownLatch(1);
        AtomicReference<Workshop> savedSnapshot = new AtomicReference<>();
        AtomicReference<Thread> savingThread = new AtomicReference<>();
        try (Autosaver real = new Autosaver(store, new Autosaver.Listener() {
            @Override
            public void saved(Workshop snapshot) {
                savedSnapshot.set(snapshot);
                savingThread.set(Thread.currentThread());
                written.countDown();
            }

            @Override
            public void failed(WorkshopFileException error) {
                written.countDown();
            }
        })) {
            for (int i = 1; i <= 5; i++) {
                real.changed(version(i), dir.resolve("verksted.lappetavla"));
            }
            // Generous: only correctness is checked here, never speed.
            assertTrue(written.await(60, TimeUnit.SECONDS), "autosave never reported");
            assertEquals(version(5), savedSnapshot.get());
            assertEquals(version(5), store.find().orElseThrow().workshop());
            assertTrue(savingThread.get().isDaemon());
            assertNotEquals(Thread.currentThread(), savingThread.get());

            real.discard();
            real.flush(); // runs after the clear, on the same thread
            assertEquals(java.util.Optional.empty(), store.find());
        }
    }
}
