package dev.kabar.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Walks input paths (files and folders, recursively, in a stable order) and hands every article to a sink.
 * Each unreadable input becomes one {@link ReadProblem}; nothing stops the walk.
 */
public final class ArticleSource {
    /** Text and HTML files are read whole; larger ones are refused (JSON Lines is streamed and has no cap). */
    public static final long MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

    private final TextDecoder decoder = new TextDecoder();
    private final TextArticleReader textReader = new TextArticleReader();
    private final HtmlArticleReader htmlReader = new HtmlArticleReader();
    private final JsonLinesReader jsonLinesReader = new JsonLinesReader();

    /** Everything read from some inputs, for callers that want it all at once (small inputs, tests). */
    public record Collected(List<Article> articles, List<ReadProblem> problems) {
    }

    /** Reads the inputs into memory: only for inputs known to be small; loading uses {@link #read}. */
    public Collected collect(List<Path> inputs) {
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
            }
        });
        return new Collected(articles, problems);
    }

    public void read(List<Path> inputs, ArticleSink sink) {
        for (Path input : inputs) {
            if (!Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(input)) {
                sink.problem(new ReadProblem(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                for (Path file : filesUnder(input, sink)) {
                    readFile(file, sink);
                }
            } else {
                readFile(input, sink);
            }
        }
    }

    /** The article files below a folder, sorted, so every run sees them in the same order. */
    private List<Path> filesUnder(Path dir, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            return d.getFileName() != null && d.getFileName().toString().startsWith(".") && !d.equals(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && formatOf(f) != null) {
                                files.add(f);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            sink.problem(new ReadProblem(f.toString(), describe(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            sink.problem(new ReadProblem(dir.toString(), describe(e)));
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path file, ArticleSink sink) {
        String origin = file.toString();
        Format format = formatOf(file);
        if (format == null) {
            format = Format.TEXT;
        }
        try {
            if (format == Format.JSON_LINES) {
                jsonLinesReader.read(file, sink);
                return;
            }
            long size = Files.size(file);
            if (size == 0) {
                sink.problem(new ReadProblem(origin, "empty file"));
                return;
            }
            if (size > MAX_DOCUMENT_BYTES) {
                sink.problem(new ReadProblem(origin, "too large for one article (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB); use JSON Lines for many articles"));
                return;
            }
            String text = decoder.decode(Files.readAllBytes(file));
            if (text.isBlank()) {
                sink.problem(new ReadProblem(origin, "no text (only white space)"));
                return;
            }
            Article article = format == Format.HTML ? htmlReader.read(origin, text) : textReader.read(origin, text);
            if (article.text().isBlank()) {
                sink.problem(new ReadProblem(origin, "no article text found in the HTML body"));
                return;
            }
            sink.article(article);
        } catch (TextDecoder.NotTextException e) {
            sink.problem(new ReadProblem(origin, e.getMessage()));
        } catch (IOException e) {
            sink.problem(new ReadProblem(origin, describe(e)));
        }
    }

    private enum Format { TEXT, HTML, JSON_LINES }

    private static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Format.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        return null;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
