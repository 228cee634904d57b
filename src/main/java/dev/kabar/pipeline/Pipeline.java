package dev.kabar.pipeline;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSink;
import dev.kabar.article.ArticleSource;
import dev.kabar.article.ReadProblem;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Extractor;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.rdf.BundledRdf;
import dev.kabar.rdf.ExtractionMapper;
import dev.kabar.rdf.Vocab;
import dev.kabar.store.KabarStore;
import dev.kabar.store.NamedGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;

/**
 * The one path from inputs to a store, used by the CLI, the server and the tests: read, extract, map to RDF,
 * replace each article's graph. Bad inputs are reported one by one and never stop the run.
 */
public final class Pipeline {
    private static final int BATCH = 256;

    private final KnowledgeBase kb;
    private final Extractor extractor;
    private final ExtractionMapper mapper = new ExtractionMapper();

    public Pipeline(KnowledgeBase kb) {
        this.kb = kb;
        this.extractor = new Extractor(kb, "id");
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    /** The RDF graph of one article, as it is stored. */
    public NamedGraph graphOf(Article article) {
        Extraction x = extractor.extract(article);
        return new NamedGraph(mapper.graphName(x), mapper.map(x));
    }

    /** Loads the knowledge base and the ontology graphs, replacing earlier versions. */
    public void loadReferenceGraphs(KabarStore store) {
        store.replaceGraphs(List.of(new NamedGraph(Vocab.KB_GRAPH, kb.graph()),
                new NamedGraph(Vocab.ONTOLOGY_GRAPH, ontology())));
    }

    /**
     * Reads every input and loads its articles, in batches of one write transaction each.
     *
     * @param onProblem told of each skipped input as it happens (for one-line messages on stderr)
     */
    public LoadReport load(List<Path> inputs, KabarStore store, Consumer<ReadProblem> onProblem) {
        loadReferenceGraphs(store);
        List<ReadProblem> problems = new ArrayList<>();
        List<NamedGraph> batch = new ArrayList<>();
        int[] loaded = {0};
        new ArticleSource().read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                try {
                    batch.add(graphOf(article));
                } catch (RuntimeException e) {
                    problem(new ReadProblem(article.origin(), "extraction failed: " + e));
                    return;
                }
                loaded[0]++;
                if (batch.size() >= BATCH) {
                    store.replaceGraphs(batch);
                    batch.clear();
                }
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
                onProblem.accept(problem);
            }
        });
        if (!batch.isEmpty()) {
            store.replaceGraphs(batch);
        }
        return new LoadReport(loaded[0], problems);
    }

    private static Graph ontology() {
        return BundledRdf.read("ontology/kabar.ttl");
    }
}
