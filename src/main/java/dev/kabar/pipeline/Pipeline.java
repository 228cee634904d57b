package dev.kabar.pipeline;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSource;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Extractor;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.rdf.BundledRdf;
import dev.kabar.rdf.ExtractionMapper;
import dev.kabar.rdf.Vocab;
import dev.kabar.store.KabarStore;
import dev.kabar.store.NamedGraph;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * The one path from inputs to a store, used by the CLI, the server and the tests: read, extract, map to RDF,
 * replace each article's graph. Bad inputs are reported one by one and never stop the run.
 */
public final class Pipeline {
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
        return graphOf(extractor.extract(article));
    }

    /** The RDF graph of an extraction (the mapping stage alone, for benchmarks). */
    public NamedGraph graphOf(Extraction x) {
        return new NamedGraph(mapper.graphName(x), mapper.map(x));
    }

    /** Loads the knowledge base and the ontology graphs, replacing earlier versions. */
    public void loadReferenceGraphs(KabarStore store) {
        store.replaceGraphs(List.of(new NamedGraph(Vocab.KB_GRAPH, kb.graph()),
                new NamedGraph(Vocab.ONTOLOGY_GRAPH, ontology())));
    }

    /** Loads without pruning; see {@link #load(List, KabarStore, LoadOptions, LoadListener)}. */
    public LoadReport load(List<Path> inputs, KabarStore store, LoadListener listener) {
        return load(inputs, store, LoadOptions.DEFAULTS, listener);
    }

    /**
     * Reads every input and loads its articles, in batches of one write transaction each.
     *
     * @param listener told of each skipped input and each warning as it happens, and of each batch committed
     */
    public LoadReport load(List<Path> inputs, KabarStore store, LoadOptions options, LoadListener listener) {
        loadReferenceGraphs(store);
        StoreLoader loader = new StoreLoader(this, store, options, listener);
        ParallelExtraction sink = loader.sink(options.threads());
        try {
            new ArticleSource().read(inputs, sink);
        } finally {
            sink.finish();
        }
        return loader.finish(inputs);
    }

    /** Loads one document that came without a file (an upload), named for messages and its format. */
    public LoadReport loadDocument(String name, byte[] bytes, KabarStore store, LoadListener listener) {
        StoreLoader loader = new StoreLoader(this, store, LoadOptions.DEFAULTS, listener);
        ParallelExtraction sink = loader.sink(1);
        new ArticleSource().read(name, bytes, sink);
        sink.finish();
        return loader.finish(List.of());
    }

    private static Graph ontology() {
        return BundledRdf.read("ontology/kabar.ttl");
    }
}
