package dev.kabar.eval;

import java.util.List;
import java.util.Map;

/**
 * The score of one gold file against its article.
 *
 * @param entities per scored type
 * @param kind     kind accuracy among true-positive contacts
 * @param date     date accuracy among true-positive contacts whose gold contact has a date
 * @param leaks    reported entities named like page furniture
 * @param metadata correct out of the non-null gold metadata fields
 */
public record ArticleScore(String goldFile, String articleFile, Map<ScoredType, Counts> entities, Counts contacts,
                           Ratio kind, Ratio date, Counts statements, int leaks, Ratio metadata,
                           List<Finding> findings) {
    public ArticleScore {
        entities = Map.copyOf(entities);
        findings = List.copyOf(findings);
    }
}
