package dev.kabar.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of every gold file that could be scored, and their totals: counts are summed over articles
 * before precision and recall are computed (micro-averaging), so a long article weighs more than a short one.
 *
 * @param skipped one "file: reason" line per gold file that could not be scored
 */
public record Evaluation(List<ArticleScore> articles, List<String> skipped) {
    public Evaluation {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    public Counts entities(ScoredType type) {
        return articles.stream().map(a -> a.entities().get(type)).reduce(Counts.ZERO, Counts::plus);
    }

    public Map<ScoredType, Counts> entities() {
        Map<ScoredType, Counts> all = new EnumMap<>(ScoredType.class);
        for (ScoredType type : ScoredType.values()) {
            all.put(type, entities(type));
        }
        return all;
    }

    public Counts contacts() {
        return articles.stream().map(ArticleScore::contacts).reduce(Counts.ZERO, Counts::plus);
    }

    public Ratio kindAccuracy() {
        return articles.stream().map(ArticleScore::kind).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Ratio dateAccuracy() {
        return articles.stream().map(ArticleScore::date).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Counts statements() {
        return articles.stream().map(ArticleScore::statements).reduce(Counts.ZERO, Counts::plus);
    }

    public int leaks() {
        return articles.stream().mapToInt(ArticleScore::leaks).sum();
    }

    public Ratio metadata() {
        return articles.stream().map(ArticleScore::metadata).reduce(Ratio.ZERO, Ratio::plus);
    }
}
