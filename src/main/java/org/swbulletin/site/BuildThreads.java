package org.swbulletin.site;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/** The threads of one build: a fork-join pool that its parallel steps run in, shut down when the build ends. */
final class BuildThreads implements AutoCloseable {
    private final ForkJoinPool pool;

    BuildThreads(int threads) {
        this.pool = new ForkJoinPool(threads);
    }

    /** Runs parallel work in the pool and rethrows its failure as it was thrown. */
    <T> T call(Supplier<T> work) {
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /** Runs parallel work that returns nothing in the pool. */
    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
