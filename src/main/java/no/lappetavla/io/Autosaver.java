package no.lappetavla.io;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import no.lappetavla.model.Workshop;

/**
 * Writes recovery copies in the background without ever making the UI wait. A burst of changes
 * is saved once: after {@link #QUIET} without changes, but never later than {@link #MAX_DELAY}
 * after the first unsaved change, so at most about two seconds of work can be lost. Workshops
 * are immutable, so the snapshot handed over is safe to write on another thread.
 */
public final class Autosaver implements AutoCloseable {

    public static final Duration QUIET = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofSeconds(2);

    /** Told on the autosave thread (not the UI thread) how each write went. */
    public interface Listener {
        void saved(Workshop snapshot);

        void failed(WorkshopFileException error);
    }

    /** Where snapshots go; {@link RecoveryStore} in the app. */
    interface Sink {
        void save(Workshop snapshot, Path originalOrNull) throws WorkshopFileException;

        void clear() throws WorkshopFileException;
    }

    /** The thread and clock the saver runs on; virtual time in tests. */
    interface Worker {
        long nanoTime();

        Scheduled schedule(Runnable task, long delayNanos);

        /** Runs the task on the worker after anything already running, and waits for it. */
        void runAndWait(Runnable task);

        void shutdown();
    }

    interface Scheduled {
        void cancel();
    }

    private final Sink sink;
    private final Listener listener;
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Worker worker;

    // Guarded by this: the latest snapshot not yet handed to the sink.
    private Workshop pending;
    private Path pendingOriginal;
    private long burstStart;
    private Scheduled scheduled;
    private boolean closed;

    /** Saves through {@code store} on one background daemon thread. */
    public Autosaver(RecoveryStore store, Listener listener) {
        this(new Sink() {
            @Override
            public void save(Workshop snapshot, Path originalOrNull) throws WorkshopFileException {
                store.save(snapshot, originalOrNull);
            }

            @Override
            public void clear() throws WorkshopFileException {
                store.clear();
            }
        }, listener, QUIET, MAX_DELAY, new ThreadWorker());
    }

    Autosaver(Sink sink, Listener listener, Duration quiet, Duration maxDelay, Worker worker) {
        this.sink = Objects.requireNonNull(sink);
        this.listener = Objects.requireNonNull(listener);
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.worker = Objects.requireNonNull(worker);
    }

    /**
     * Call after every change (on the UI thread); returns at once.
     *
     * @param originalOrNull the file the workshop belongs to, or null if never saved
     */
    public synchronized void changed(Workshop snapshot, Path originalOrNull) {
        Objects.requireNonNull(snapshot);
        if (closed) {
            return;
        }
        long now = worker.nanoTime();
        if (pending == null) {
            burstStart = now;
        }
        pending = snapshot;
        pendingOriginal = originalOrNull;
        long due = Math.min(now + quietNanos, burstStart + maxDelayNanos);
        if (scheduled != null) {
            scheduled.cancel();
        }
        scheduled = worker.schedule(this::writePending, Math.max(0, due - now));
    }

    /**
     * After a normal save or close: drops any snapshot not yet written and removes the recovery
     * copy. Runs in order with the writes, so a write already under way cannot bring it back.
     */
    public void discard() {
        synchronized (this) {
            if (closed) {
                return;
            }
            dropPending();
        }
        worker.schedule(() -> {
            try {
                sink.clear();
            } catch (WorkshopFileException e) {
                listener.failed(e);
            }
        }, 0);
    }

    /** Writes the pending snapshot now and waits until it and any write under way are done. */
    public void flush() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        worker.runAndWait(this::writePending);
    }

    /** Flushes, then stops the thread; later changes are ignored. */
    @Override
    public void close() {
        flush();
        synchronized (this) {
            closed = true;
            dropPending();
        }
        worker.shutdown();
    }

    private void writePending() {
        Workshop snapshot;
        Path original;
        synchronized (this) {
            snapshot = pending;
            original = pendingOriginal;
            pending = null;
            pendingOriginal = null;
            scheduled = null;
        }
        if (snapshot == null) {
            return;
        }
        try {
            sink.save(snapshot, original);
        } catch (WorkshopFileException e) {
            listener.failed(e);
            return;
        }
        listener.saved(snapshot);
    }

    private void dropPending() {
        pending = null;
        pendingOriginal = null;
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }

    /** One daemon thread, so autosave never keeps the app alive nor runs two writes at once. */
    private static final class ThreadWorker implements Worker {

        private final ScheduledThreadPoolExecutor executor;

        ThreadWorker() {
            executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread t = new Thread(task, "lappetavla-autosave");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Scheduled schedule(Runnable task, long delayNanos) {
            ScheduledFuture<?> future = executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        }

        @Override
        public void runAndWait(Runnable task) {
            try {
                executor.submit(task).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("autosave failed", e.getCause());
            }
        }

        @Override
        public void shutdown() {
            executor.shutdown();
        }
    }
}
