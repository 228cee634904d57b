package dev.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSink;
import dev.kabar.article.ArticleSource;
import dev.kabar.article.ReadProblem;
import dev.kabar.extract.EntityType;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Mention;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.rdf.ExtractionMapper;
import dev.kabar.support.SharedData;
import dev.kabar.validate.ShapeValidator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Every article of ../shared/corpus (3,463 real Indonesian news articles) goes through the whole pipeline:
 * none may fail, and every graph must conform to the shapes. Prints what was found, for the record.
 */
class CorpusTest {

    @Test
    void everyCorpusArticleIsExtractedIntoAConformingGraph() {
        Pipeline pipeline = new Pipeline(KnowledgeBase.bundled());
        ExtractionMapper mapper = new ExtractionMapper();
        ShapeValidator validator = new ShapeValidator();
        List<String> failures = new ArrayList<>();
        Map<EntityType, Set<String>> distinct = new EnumMap<>(EntityType.class);
        int[] counts = new int[4];
        new ArticleSource().read(List.of(SharedData.corpus()), new ArticleSink() {
            @Override
            public void article(Article article) {
                counts[0]++;
                try {
                    Extraction x = pipeline.extract(article);
                    ValidationReport report = validator.validate(mapper.map(x));
                    if (!report.conforms()) {
                        failures.add(article.origin() + ": graph does not conform (" + report.getEntries().size() + " results)");
                    }
                    for (Mention m : x.mentions()) {
                        distinct.computeIfAbsent(m.entity().type(), t -> new HashSet<>()).add(m.entity().key());
                    }
                    counts[1] += x.contacts().size();
                    counts[2] += x.statements().size();
                } catch (RuntimeException e) {
                    failures.add(article.origin() + ": " + e);
                }
            }

            @Override
            public void problem(ReadProblem problem) {
                failures.add(problem.toString());
            }
        });
        System.out.printf("corpus: %d articles; distinct entities %s; %d contacts; %d statements%n", counts[0],
                distinct.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList(), counts[1], counts[2]);
        assertThat(failures).as("articles that failed").isEmpty();
        assertThat(counts[0]).isEqualTo(3463);
    }
}
