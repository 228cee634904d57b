package dev.kabar.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Language data shipped as resources under {@code lang/{language}/}: one entry per line, '#' starts a comment,
 * blank lines are ignored; {@code [name]} lines open sections; tab-separated lines form tables.
 */
public final class Lexicon {
    private final String language;

    public Lexicon(String language) {
        this.language = language;
    }

    public String language() {
        return language;
    }

    /** Every entry of a file, in order, sections ignored. */
    public List<String> entries(String file) {
        List<String> out = new ArrayList<>();
        for (List<String> section : sections(file).values()) {
            out.addAll(section);
        }
        return out;
    }

    /** Whether the language has this resource (optional data files). */
    public boolean has(String file) {
        return Lexicon.class.getClassLoader().getResource("lang/" + language + "/" + file) != null;
    }

    /** Entries grouped by {@code [section]}; entries before any section go under "". */
    public Map<String, List<String>> sections(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String current = "";
        for (String line : rawLines(file)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1).strip();
                out.computeIfAbsent(current, k -> new ArrayList<>());
            } else {
                out.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
            }
        }
        return out;
    }

    /** Tab-separated rows; rows with fewer than {@code columns} fields are an error in the data. */
    public List<String[]> table(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : entries(file)) {
            String[] fields = line.split("\t");
            if (fields.length < columns) {
                throw new IllegalStateException("lang/" + language + "/" + file + ": expected " + columns
                        + " tab-separated fields in line: " + line);
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            out.add(fields);
        }
        return out;
    }

    private List<String> rawLines(String file) {
        String path = "lang/" + language + "/" + file;
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing language resource " + path);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                // '#' inside an entry is rare; a comment needs a space or line start before it
                if (hash == 0 || (hash > 0 && Character.isWhitespace(line.charAt(hash - 1)))) {
                    line = line.substring(0, hash);
                }
                line = line.replaceAll("[ ]+$", "").replaceAll("^[ ]+", "");
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return lines;
    }
}
