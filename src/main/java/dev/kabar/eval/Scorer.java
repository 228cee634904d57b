package dev.kabar.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one article's reported extraction against its gold file, following ../shared/eval/README.md.
 * Stateless: one instance can score any number of articles. The rules of each part are in
 * {@link EntityScorer}, {@link ContactScorer}, {@link StatementScorer} and {@link MetadataScorer}; what
 * counts as reported is in {@link ReportedReader}.
 */
public final class Scorer {
    private final EntityScorer entities = new EntityScorer();
    private final ContactScorer contacts = new ContactScorer();
    private final StatementScorer statements = new StatementScorer();
    private final MetadataScorer metadata = new MetadataScorer();

    public ArticleScore score(String goldFile, Gold gold, Reported reported) {
        List<Finding> findings = new ArrayList<>();
        Map<ScoredType, Counts> byType = new EnumMap<>(ScoredType.class);
        for (ScoredType type : ScoredType.values()) {
            byType.put(type, entities.score(type, reported.entities(), gold, findings));
        }
        int leaks = entities.leaks(reported.entities(), gold, findings);
        ContactScorer.Result c = contacts.score(reported.contacts(), gold, findings);
        Counts s = statements.score(reported.statements(), gold, findings);
        Ratio m = metadata.score(reported.metadata(), gold.metadata(), findings);
        return new ArticleScore(goldFile, gold.article(), byType, c.counts(), c.kind(), c.date(), s, leaks, m, findings);
    }
}
