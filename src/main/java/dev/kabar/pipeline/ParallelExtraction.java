package dev.kabar.pipeline;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSink;
import dev.kabar.article.ReadProblem;
import dev.kabar.store.NamedGraph;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Extracts articles on several threads (articles are independent) and hands everything on in the order it was
 * read, so the store ends up exactly as after a single-threaded run. At most a few articles per thread are in
 * flight, which keeps memory bounded however large the input.
 */
final class ParallelExtraction implements ArticleSink {
    /** Receives what was read, in reading order, with each article's graph already made. */
    interface Downstream {
        void extracted(Article article, NamedGraph graph);

        void failed(Article article, RuntimeException e);

        void problem(ReadProblem problem);

        void warning(ReadProblem warning);

        void fileStart(Path file);

        void fileEnd(Path file, boolean complete);
    }

    private record Pending(Article article, Future<NamedGraph> graph, Runnable event) {
    }

    private final Function<Article, NamedGraph> extract;
    private final Downstream down;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();

    ParallelExtraction(Function<Article, NamedGraph> extract, int threads, Downstream down) {
        this.extract = extract;
        this.down = down;
        this.maxInFlight = threads * 4;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kabar-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void article(Article article) {
        if (pool == null) {
            deliver(article, () -> extract.apply(article));
            return;
        }
        queue.add(new Pending(article, pool.submit(() -> extract.apply(article)), null));
        drain(false);
    }

    @Override
    public void problem(ReadProblem problem) {
        event(() -> down.problem(problem));
    }

    @Override
    public void warning(ReadProblem warning) {
        event(() -> down.warning(warning));
    }

    @Override
    public void fileStart(Path file) {
        event(() -> down.fileStart(file));
    }

    @Override
    public void fileEnd(Path file, boolean complete) {
        event(() -> down.fileEnd(file, complete));
    }

    /** Hands on everything still pending and stops the threads. */
    void finish() {
        try {
            drain(true);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void event(Runnable event) {
        if (queue.isEmpty()) {
            event.run();
        } else {
            queue.add(new Pending(null, null, event));
        }
    }

    /** Delivers finished work from the head; with {@code all}, or while too much is in flight, waits for it. */
    private void drain(boolean all) {
        while (!queue.isEmpty()) {
            Pending head = queue.peek();
            boolean ready = head.event() != null || head.graph().isDone();
            if (!ready && !all && queue.size() <= maxInFlight) {
                return;
            }
            queue.poll();
            if (head.event() != null) {
                head.event().run();
            } else {
                deliver(head.article(), () -> await(head.graph()));
            }
        }
    }

    private void deliver(Article article, java.util.function.Supplier<NamedGraph> graph) {
        NamedGraph g;
        try {
            g = graph.get();
        } catch (RuntimeException e) {
            down.failed(article, e);
            return;
        }
        down.extracted(article, g);
    }

    private static NamedGraph await(Future<NamedGraph> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
