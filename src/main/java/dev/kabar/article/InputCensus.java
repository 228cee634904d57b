package dev.kabar.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many articles the inputs hold, roughly and cheaply, so that a long load can say how far it has got and
 * how long it has left: one per text or HTML file, one per non-blank line of a JSON Lines file. Unreadable
 * files count as nothing; the load itself reports them.
 */
public final class InputCensus {
    private static final int BUFFER = 1 << 16;

    public long count(List<Path> inputs) {
        long total = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input, FileVisitOption.FOLLOW_LINKS)) {
                    total += files.filter(f -> !hidden(input, f) && Files.isRegularFile(f))
                            .mapToLong(this::articlesIn).sum();
                } catch (IOException | RuntimeException e) {
                    // an estimate: what cannot be walked now is reported by the load
                }
            } else if (Files.isRegularFile(input)) {
                total += articlesIn(input);
            }
        }
        return total;
    }

    private long articlesIn(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!ArticleSource.isArticleFile(name)) {
            return 0;
        }
        return ArticleSource.isJsonLines(name) ? nonBlankLines(file) : 1;
    }

    /** Lines with something other than white space, read in blocks: no line is ever held whole. */
    static long nonBlankLines(Path file) {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return lines;
        }
        return lines + (content ? 1 : 0);
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
