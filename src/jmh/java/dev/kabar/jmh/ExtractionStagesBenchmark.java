package dev.kabar.jmh;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleSink;
import dev.kabar.article.JsonLinesReader;
import dev.kabar.article.ReadProblem;
import dev.kabar.extract.EntityIndex;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Extractor;
import dev.kabar.extract.Lexicon;
import dev.kabar.extract.Mention;
import dev.kabar.extract.NameFinder;
import dev.kabar.extract.NameLexicon;
import dev.kabar.extract.PageCleaner;
import dev.kabar.extract.Sentence;
import dev.kabar.extract.SentenceSplitter;
import dev.kabar.extract.SpeechLexicon;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.rdf.ExtractionMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Microseconds per article for each extraction stage, on the first {@value #SAMPLE} articles of the shared corpus
 * (set -Dkabar.corpus=FILE for another JSON Lines file). Each stage is timed on its own inputs, computed once in
 * the setup, so a stage's figure does not include the stages before it; "extract" is the whole pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionStagesBenchmark {
    static final int SAMPLE = 300;

    private Extractor extractor;
    private PageCleaner cleaner;
    private SentenceSplitter splitter;
    private EntityIndex index;
    private NameFinder names;
    private ExtractionMapper mapper;
    private final List<Article> articles = new ArrayList<>();
    private final List<String> cleaned = new ArrayList<>();
    private final List<List<Sentence>> sentences = new ArrayList<>();
    private final List<List<Mention>> known = new ArrayList<>();
    private final List<Extraction> extractions = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Lexicon lexicon = new Lexicon("id");
        extractor = new Extractor(kb, "id");
        cleaner = new PageCleaner(lexicon);
        splitter = new SentenceSplitter(lexicon);
        index = new EntityIndex(kb, "id");
        names = new NameFinder(lexicon, new NameLexicon(lexicon), index, new SpeechLexicon(lexicon));
        mapper = new ExtractionMapper();
        Path corpus = Path.of(System.getProperty("kabar.corpus", "../shared/corpus/indosum-3463.jsonl"));
        new JsonLinesReader().read(corpus, new ArticleSink() {
            @Override
            public void article(Article article) {
                if (articles.size() < SAMPLE) {
                    articles.add(article);
                }
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new IllegalStateException(problem.toString());
            }
        });
        if (articles.size() < SAMPLE) {
            throw new IllegalStateException(corpus + ": fewer than " + SAMPLE + " articles");
        }
        for (Article a : articles) {
            String text = cleaner.clean(a.text()).text();
            cleaned.add(text);
            sentences.add(splitter.split(text));
            known.add(index.find(text));
            extractions.add(extractor.extract(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void clean(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(cleaner.clean(a.text()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void splitSentences(Blackhole bh) {
        for (String text : cleaned) {
            bh.consume(splitter.split(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void knowledgeBaseNames(Blackhole bh) {
        for (String text : cleaned) {
            bh.consume(index.find(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void discoverNames(Blackhole bh) {
        for (int i = 0; i < SAMPLE; i++) {
            bh.consume(names.find(cleaned.get(i), sentences.get(i), known.get(i)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void extract(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(extractor.extract(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLE)
    public void mapToRdf(Blackhole bh) {
        for (Extraction x : extractions) {
            bh.consume(mapper.map(x));
        }
    }
}
