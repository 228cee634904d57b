package dev.kabar.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * Each unreadable input becomes one {@link ReadProblem}; nothing stops the walk. Memory stays bounded: JSON
 * Lines is streamed, and only the first {@link DocumentLimits} bytes of a huge document are read.
 */
public final class ArticleSource {
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
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                sink.problem(new ReadProblem(input.toString(), ReadProblem.Kind.MISSING, "no such file or folder"));
            } else if (!Files.exists(input)) {
                sink.problem(new ReadProblem(input.toString(), ReadProblem.Kind.MISSING,
                        "symbolic link to a missing file or folder"));
            } else if (Files.isDirectory(input)) {
                for (Path file : filesUnder(input, sink)) {
                    readFile(file, sink);
                }
            } else {
                readFile(input, sink);
            }
        }
    }

    /** Reads one document that arrived without a file (an upload); {@code name} decides the format. */
    public void read(String name, byte[] bytes, ArticleSink sink) {
        Format format = formatOf(name);
        if (format == Format.JSON_LINES) {
            try {
                jsonLinesReader.read(name, new java.io.ByteArrayInputStream(bytes), sink);
            } catch (IOException e) {
                sink.problem(problem(name, e));
            }
            return;
        }
        readBytes(name, format == null ? Format.TEXT : format, bytes, bytes.length, sink);
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
                            String name = f.getFileName().toString();
                            if (name.startsWith(".")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                // FOLLOW_LINKS hands over the link itself only when its target is gone
                                sink.problem(new ReadProblem(f.toString(), ReadProblem.Kind.MISSING,
                                        "symbolic link to a missing file"));
                            } else if (attrs.isRegularFile() && formatOf(name) != null) {
                                files.add(f);
                            } else if (attrs.isRegularFile()) {
                                sink.warning(new ReadProblem(f.toString(), ReadProblem.Kind.OTHER_FILE_TYPE,
                                        "ignored: not an article file type (.txt, .html, .jsonl)"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            sink.problem(problem(f.toString(), e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            sink.problem(problem(dir.toString(), e));
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path file, ArticleSink sink) {
        sink.fileStart(file);
        boolean complete = false;
        try {
            complete = readFileContent(file, sink);
        } catch (IOException e) {
            sink.problem(problem(file.toString(), e));
        } finally {
            sink.fileEnd(file, complete);
        }
    }

    /** Returns whether the whole file was read without a problem. */
    private boolean readFileContent(Path file, ArticleSink sink) throws IOException {
        String origin = file.toString();
        Format format = formatOf(file.getFileName() == null ? "" : file.getFileName().toString());
        if (format == Format.JSON_LINES) {
            return jsonLinesReader.read(file, sink);
        }
        if (format == null) {
            format = Format.TEXT;
        }
        long size = Files.size(file);
        int cap = format == Format.HTML ? DocumentLimits.MAX_HTML_FILE_BYTES : DocumentLimits.MAX_TEXT_FILE_BYTES;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(cap);
        }
        return readBytes(origin, format, bytes, Math.max(size, bytes.length), sink);
    }

    private boolean readBytes(String origin, Format format, byte[] bytes, long size, ArticleSink sink) {
        if (bytes.length == 0) {
            sink.problem(new ReadProblem(origin, ReadProblem.Kind.EMPTY, "empty file"));
            return false;
        }
        boolean cut = size > bytes.length;
        if (cut && format == Format.TEXT) {
            bytes = atLastLineBreak(bytes);
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            sink.problem(new ReadProblem(origin, e.kind(), e.getMessage()));
            return false;
        }
        if (decoded.text().isBlank()) {
            sink.problem(new ReadProblem(origin, ReadProblem.Kind.EMPTY, "no text (only white space)"));
            return false;
        }
        Article article = format == Format.HTML ? htmlReader.read(origin, decoded.text())
                : textReader.read(origin, decoded.text());
        if (article.text().isBlank()) {
            sink.problem(new ReadProblem(origin, ReadProblem.Kind.NO_TEXT, "no article text found in the HTML body"));
            return false;
        }
        if (decoded.legacy()) {
            sink.warning(new ReadProblem(origin, ReadProblem.Kind.LEGACY_ENCODING,
                    "not UTF-8; read as Windows-1252 text (check accented letters and quotes)"));
        }
        article = capped(article, sink);
        if (cut) {
            sink.warning(new ReadProblem(origin, ReadProblem.Kind.TRUNCATED, "only the first "
                    + DocumentLimits.megabytes(bytes.length) + " of " + DocumentLimits.megabytes(size)
                    + " was read (one document is capped; split it, or use JSON Lines for many articles)"));
        }
        sink.article(article);
        return !cut && article.text().length() <= DocumentLimits.MAX_TEXT_CHARS;
    }

    /** Cuts an article whose text exceeds the cap, telling the sink. */
    static Article capped(Article article, ArticleSink sink) {
        String text = article.text();
        if (text.length() <= DocumentLimits.MAX_TEXT_CHARS) {
            return article;
        }
        int cut = DocumentLimits.cutPoint(text, DocumentLimits.MAX_TEXT_CHARS);
        sink.warning(new ReadProblem(article.origin(), ReadProblem.Kind.TRUNCATED, "article text cut to its first "
                + cut + " of " + text.length() + " characters (one article is capped at "
                + DocumentLimits.MAX_TEXT_CHARS + ")"));
        return new Article(article.id(), article.origin(), text.substring(0, cut), article.given());
    }

    /** Cuts a prefix of a larger file after its last line break, so no multi-byte character is split. */
    private static byte[] atLastLineBreak(byte[] bytes) {
        for (int i = bytes.length - 1; i > bytes.length / 2; i--) {
            if (bytes[i] == '\n') {
                return java.util.Arrays.copyOf(bytes, i + 1);
            }
        }
        int end = bytes.length;
        // step back over a UTF-8 sequence the cut split: continuation bytes are 10xxxxxx
        while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    private enum Format { TEXT, HTML, JSON_LINES }

    /** Whether a file name is one this source reads as articles (.txt, .html, .jsonl and their variants). */
    public static boolean isArticleFile(String fileName) {
        return formatOf(fileName) != null;
    }

    /** Whether a file name says JSON Lines (many articles per file) rather than one article per file. */
    public static boolean isJsonLines(String fileName) {
        return formatOf(fileName) == Format.JSON_LINES;
    }

    private static Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
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

    static ReadProblem problem(String origin, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ReadProblem(origin, ReadProblem.Kind.MISSING, "no such file or folder");
        }
        if (e instanceof AccessDeniedException) {
            return new ReadProblem(origin, ReadProblem.Kind.UNREADABLE, "permission denied");
        }
        if (e instanceof FileSystemLoopException) {
            return new ReadProblem(origin, ReadProblem.Kind.LINK_LOOP, "symbolic link loop (not followed)");
        }
        String msg = e.getMessage();
        if (msg != null && msg.contains("Too many levels of symbolic links")) {
            return new ReadProblem(origin, ReadProblem.Kind.LINK_LOOP, "symbolic link loop (not followed)");
        }
        if (msg != null && msg.contains("Is a directory")) {
            return new ReadProblem(origin, ReadProblem.Kind.UNREADABLE, "a folder where a file was expected");
        }
        return new ReadProblem(origin, ReadProblem.Kind.UNREADABLE,
                "cannot read (" + (msg == null ? e.getClass().getSimpleName() : msg) + ")");
    }
}
