package dev.kabar.pipeline;

import dev.kabar.article.ReadProblem;
import java.util.List;

/** What a load did: articles loaded, inputs skipped and why. */
public record LoadReport(int loaded, List<ReadProblem> skipped) {
    public LoadReport {
        skipped = List.copyOf(skipped);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder("loaded ").append(loaded).append(loaded == 1 ? " article" : " articles");
        if (!skipped.isEmpty()) {
            sb.append(", skipped ").append(skipped.size());
        }
        return sb.toString();
    }
}
