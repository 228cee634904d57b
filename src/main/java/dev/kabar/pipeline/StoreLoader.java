package dev.kabar.pipeline;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSource;
import dev.kabar.article.ReadProblem;
import dev.kabar.store.KabarStore;
import dev.kabar.store.LoadBatch;
import dev.kabar.store.NamedGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Receives articles from the readers, extracts them and writes them to the store a batch at a time, recording
 * each article's source file: a file read again replaces the article it held before, and with pruning, articles
 * whose files are gone are removed at the end.
 */
final class StoreLoader implements ParallelExtraction.Downstream {
    private final Pipeline pipeline;
    private final KabarStore store;
    private final LoadOptions options;
    private final LoadListener listener;
    private final LoadBatch batch = new LoadBatch();
    private final List<ReadProblem> problems = new ArrayList<>();
    /** Articles read from each file in this run, for rechecking and pruning. */
    private final Map<String, Set<Node>> seen = new HashMap<>();
    private final Set<String> completeFiles = new HashSet<>();
    private String currentFile;
    private boolean currentIsJsonLines;
    private int loaded;
    private int removed;

    StoreLoader(Pipeline pipeline, KabarStore store, LoadOptions options, LoadListener listener) {
        this.pipeline = pipeline;
        this.store = store;
        this.options = options;
        this.listener = listener;
    }

    @Override
    public void fileStart(Path file) {
        currentFile = file.toAbsolutePath().normalize().toString();
        currentIsJsonLines = ArticleSource.isJsonLines(currentFile);
        seen.put(currentFile, new HashSet<>());
    }

    /** The sink readers write to: extraction runs on {@code threads} threads, delivery stays in order. */
    ParallelExtraction sink(int threads) {
        return new ParallelExtraction(pipeline::graphOf, threads, this);
    }

    @Override
    public void failed(Article article, RuntimeException e) {
        problem(new ReadProblem(article.origin(), ReadProblem.Kind.EXTRACTION_FAILED,
                "extraction failed (" + e.getClass().getSimpleName() + "); please report this article"));
    }

    @Override
    public void extracted(Article article, NamedGraph graph) {
        batch.add(graph, currentFile);
        // the articles of a file are needed for --prune, and for a one-article file's recheck; a JSON Lines file
        // loaded without --prune keeps none, so a file of a million articles costs no memory per article
        if (currentFile != null && (options.prune() || !currentIsJsonLines)) {
            seen.get(currentFile).add(graph.name());
        }
        loaded++;
        if (batch.size() >= options.batch()) {
            flush();
        }
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
        listener.problem(problem);
    }

    @Override
    public void warning(ReadProblem warning) {
        problem(warning);
    }

    @Override
    public void fileEnd(Path file, boolean complete) {
        if (currentFile == null) {
            return;
        }
        Set<Node> got = seen.get(currentFile);
        if (complete) {
            completeFiles.add(currentFile);
        }
        // a one-article file read again replaces the article it gave before (its text, and so its id, changed)
        if (!currentIsJsonLines && got.size() == 1) {
            batch.recheck(currentFile, got);
        }
        if (!options.prune()) {
            seen.remove(currentFile);
        }
        currentFile = null;
    }

    LoadReport finish(List<Path> inputs) {
        flush();
        if (options.prune()) {
            List<String> roots = inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
            removed += store.prune((article, source) -> under(source, roots) && stale(article, source));
        }
        return new LoadReport(loaded, removed, problems);
    }

    private boolean stale(Node article, String source) {
        if (!Files.exists(Path.of(source))) {
            return true;
        }
        Set<Node> got = seen.get(source);
        return got != null && completeFiles.contains(source) && !got.contains(article);
    }

    private static boolean under(String source, List<String> roots) {
        for (String root : roots) {
            if (source.equals(root) || source.startsWith(root.endsWith("/") ? root : root + "/")) {
                return true;
            }
        }
        return false;
    }

    private void flush() {
        if (!batch.isEmpty()) {
            removed += store.apply(batch);
            batch.clear();
            listener.committed(loaded);
        }
    }
}
