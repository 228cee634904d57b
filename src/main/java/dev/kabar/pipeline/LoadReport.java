package dev.kabar.pipeline;

import dev.kabar.article.ReadProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a load did: articles loaded, stale articles removed, and every input problem with its outcome. */
public record LoadReport(int loaded, int removed, List<ReadProblem> problems) {
    public LoadReport {
        problems = List.copyOf(problems);
    }

    /** Inputs that gave no article. */
    public List<ReadProblem> skipped() {
        return of(ReadProblem.Outcome.SKIPPED);
    }

    /** Articles loaded without all of their text. */
    public List<ReadProblem> truncated() {
        return of(ReadProblem.Outcome.TRUNCATED);
    }

    /** Whether any input text failed to reach the store. */
    public boolean lostAnything() {
        return !skipped().isEmpty() || !truncated().isEmpty();
    }

    private List<ReadProblem> of(ReadProblem.Outcome outcome) {
        return problems.stream().filter(p -> p.outcome() == outcome).toList();
    }

    /** One line: "loaded 12 articles, skipped 3 (2 empty, 1 malformed JSON), 1 truncated". */
    public String summary() {
        StringBuilder sb = new StringBuilder("loaded ").append(loaded).append(loaded == 1 ? " article" : " articles");
        List<ReadProblem> skipped = skipped();
        if (!skipped.isEmpty()) {
            sb.append(", skipped ").append(skipped.size()).append(" (").append(byKind(skipped)).append(')');
        }
        if (!truncated().isEmpty()) {
            sb.append(", ").append(truncated().size()).append(" truncated");
        }
        List<ReadProblem> noted = of(ReadProblem.Outcome.NOTED);
        if (!noted.isEmpty()) {
            sb.append(", ").append(noted.size()).append(noted.size() == 1 ? " note" : " notes")
                    .append(" (").append(byKind(noted)).append(')');
        }
        if (removed > 0) {
            sb.append(", removed ").append(removed).append(" stale");
        }
        return sb.toString();
    }

    private static String byKind(List<ReadProblem> problems) {
        Map<String, Long> counts = problems.stream()
                .collect(Collectors.groupingBy(p -> p.kind().label(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
