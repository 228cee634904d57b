package dev.kabar.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The canned queries bundled under {@code queries/} on the class path, by name. */
public final class CannedQueryCatalog {
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\w+)\\s*(.*)$");
    private static final Pattern DEFAULT = Pattern.compile("\\(default:\\s*([^)]*)\\)");
    private static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTION = Pattern.compile("^#\\s*description:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private final Map<String, CannedQuery> queries;

    private CannedQueryCatalog(Map<String, CannedQuery> queries) {
        this.queries = queries;
    }

    public static CannedQueryCatalog bundled() {
        URL url = CannedQueryCatalog.class.getClassLoader().getResource("queries");
        if (url == null) {
            throw new IllegalStateException("no bundled queries/ on the class path");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return fromFolder(fs.getPath("queries"));
                }
            }
            return fromFolder(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code *.rq} files in a folder, each named by its file name. */
    public static CannedQueryCatalog fromFolder(Path dir) throws IOException {
        Map<String, CannedQuery> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                out.put(name, parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return new CannedQueryCatalog(out);
    }

    static CannedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<CannedQuery.Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (!l.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher m;
            if ((m = PARAM.matcher(l)).matches()) {
                String about = m.group(2).strip();
                Matcher d = DEFAULT.matcher(about);
                params.add(new CannedQuery.Param(m.group(1), about, d.find() ? d.group(1).strip() : null));
            } else if ((m = TITLE.matcher(l)).matches()) {
                title = m.group(1).strip();
            } else if ((m = DESCRIPTION.matcher(l)).matches()) {
                description.append(m.group(1).strip());
            }
        }
        return new CannedQuery(name, title, description.toString(), params, text);
    }

    public CannedQuery get(String name) {
        return queries.get(name);
    }

    public Collection<CannedQuery> all() {
        return queries.values();
    }

    public static InputStream stream(String resource) {
        return CannedQueryCatalog.class.getClassLoader().getResourceAsStream(resource);
    }
}
