package dev.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleIds;
import dev.kabar.article.GivenMetadata;
import dev.kabar.kb.KnowledgeBase;
import dev.kabar.rdf.Vocab;
import dev.kabar.store.NamedGraph;
import dev.kabar.support.GraphAssert;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** Inputs PipelineFuzzTest once failed on, kept as plain examples. */
class FuzzRegressionTest {
    private static final Pipeline PIPELINE = new Pipeline(KnowledgeBase.bundled());

    private static NamedGraph graphOf(String text, GivenMetadata given) {
        return PIPELINE.graphOf(new Article(ArticleIds.of(null, given.url(), text), "test", text, given));
    }

    /**
     * The shrunk sample: seed article 000 unchanged, with a source field naming a person the knowledge base
     * knows ("Jokowi"). The person became schema:publisher, which the shapes require to be an Organization.
     */
    @Test
    void aPublisherFieldNamingAKnownPersonIsNotThePublisher() throws IOException {
        Path seed = SharedData.seeds().resolve("000_6d634feef23f0eac.txt");
        NamedGraph g = graphOf(Files.readString(seed), new GivenMetadata(null, "Jokowi", null, null));
        GraphAssert.assertConforms(g.graph(), "seed 000 with publisher Jokowi");
        // the dateline may still name the outlet; the person never is the publisher
        assertThat(g.graph().find(Node.ANY, Vocab.PUBLISHER, Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                .doesNotContain(Vocab.iriOf("person/joko-widodo"));
    }

    @Test
    void aSourceLineNamingAKnownPersonOrCountryCitesNoSource() {
        NamedGraph g = graphOf("Presiden Joko Widodo bertemu Menteri Luar Negeri Rusia di Jakarta.\nSumber: Jokowi\n",
                new GivenMetadata(null, "Indonesia", null, null));
        GraphAssert.assertConforms(g.graph(), "source line naming a person");
        assertThat(g.graph().find(Node.ANY, Vocab.PUBLISHER, Node.ANY).toList()).isEmpty();
        assertThat(g.graph().find(Node.ANY, Vocab.CITES_SOURCE, Node.ANY).toList()).isEmpty();
    }

    @Test
    void aPublisherFieldNamingAKnownOutletStillMakesItThePublisher() {
        NamedGraph g = graphOf("Presiden Joko Widodo bertemu Menteri Luar Negeri Rusia di Jakarta.",
                new GivenMetadata(null, "kompas.com", null, null));
        GraphAssert.assertConforms(g.graph(), "publisher kompas.com");
        assertThat(g.graph().find(Node.ANY, Vocab.PUBLISHER, Node.ANY).toList()).hasSize(1);
    }

    /** Found by the benchmark: a scraped URL with two fragments is no IRI, and made N-Quads exports invalid. */
    @Test
    void aUrlThatIsNoValidIriIsLeftOut() {
        String text = "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta.";
        NamedGraph bad = graphOf(text, new GivenMetadata(null, null, null, "https://x.example/berita#ab.99#r1"));
        assertThat(bad.graph().find(Node.ANY, Vocab.URL, Node.ANY).toList()).isEmpty();
        NamedGraph good = graphOf(text, new GivenMetadata(null, null, null, "https://x.example/berita?id=7#ab.99"));
        assertThat(good.graph().find(Node.ANY, Vocab.URL, Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                .containsExactly("https://x.example/berita?id=7#ab.99");
    }
}
