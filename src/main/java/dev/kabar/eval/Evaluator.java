package dev.kabar.eval;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSource;
import dev.kabar.extract.Extraction;
import dev.kabar.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the evaluation: for each gold file, reads its article through the same reader and pipeline the CLI
 * uses (so the score is the score of what users get), reduces the extraction to what is reported, and
 * scores it. A gold file that cannot be scored is reported and skipped; the others still count.
 */
public final class Evaluator {
    private final Pipeline pipeline;
    private final GoldReader goldReader = new GoldReader();
    private final ReportedReader reportedReader = new ReportedReader();
    private final Scorer scorer = new Scorer();

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The gold files in a folder (not its subfolders), in name order so every run lists articles alike. */
    public static List<Path> goldFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        }
    }

    /**
     * @param onSkip told "file: reason" for each gold file skipped, as it happens
     */
    public Evaluation evaluate(List<Path> goldFiles, Path articles, Consumer<String> onSkip) {
        Function<String, Article> lookup = Files.isDirectory(articles) ? name -> inFolder(articles, name) : byId(articles);
        return evaluate(goldFiles, lookup, onSkip);
    }

    private Evaluation evaluate(List<Path> goldFiles, Function<String, Article> articles, Consumer<String> onSkip) {
        List<ArticleScore> scores = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : goldFiles) {
            try {
                scores.add(evaluate(file, articles));
            } catch (SkipException e) {
                String line = file + ": " + e.getMessage();
                skipped.add(line);
                onSkip.accept(line);
            }
        }
        return new Evaluation(scores, skipped);
    }

    private ArticleScore evaluate(Path goldFile, Function<String, Article> articles) {
        Gold gold;
        try {
            gold = goldReader.read(goldFile);
        } catch (GoldReader.GoldFormatException e) {
            throw new SkipException(e.getMessage());
        }
        Article article = articles.apply(gold.article());
        Extraction extraction;
        try {
            extraction = pipeline.extract(article);
        } catch (RuntimeException e) {
            throw new SkipException("extraction of " + gold.article() + " failed: " + e);
        }
        return scorer.score(goldFile.getFileName().toString(), gold, reportedReader.read(extraction));
    }

    private static Article inFolder(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new SkipException("article " + name + " not found in " + dir);
        }
        return readOne(file);
    }

    /**
     * Articles of a JSON Lines file by their id, so gold files can name articles of a corpus in place: the
     * gold {@code article} "ID", "ID.txt" or "ID.jsonl" is the article whose id is ID.
     */
    private static Function<String, Article> byId(Path jsonl) {
        Map<String, Article> byId = new HashMap<>();
        // read problems are dropped: a broken line names no article a gold file could refer to
        for (Article article : new ArticleSource().collect(List.of(jsonl)).articles()) {
            byId.put(article.id(), article);
        }
        return name -> {
            Article a = byId.get(name.replaceFirst("\\.(txt|jsonl|html?)$", ""));
            if (a == null) {
                throw new SkipException("article " + name + " not found in " + jsonl);
            }
            return a;
        };
    }

    /** The article in the file, read by the CLI's own reader; a file with no article or several is refused. */
    private static Article readOne(Path file) {
        ArticleSource.Collected read = new ArticleSource().collect(List.of(file));
        if (!read.problems().isEmpty()) {
            throw new SkipException("article " + read.problems().get(0));
        }
        if (read.articles().size() != 1) {
            throw new SkipException("article " + file + " holds " + read.articles().size() + " articles, not one");
        }
        return read.articles().get(0);
    }

    /** Why one gold file is left out. */
    private static final class SkipException extends RuntimeException {
        SkipException(String message) {
            super(message);
        }
    }
}
