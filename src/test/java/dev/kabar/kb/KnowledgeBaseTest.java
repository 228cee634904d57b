package dev.kabar.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.extract.EntityType;
import dev.kabar.support.GraphAssert;
import dev.kabar.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.bundled();

    @Test
    void linksToWikidataOnlyWithVerifiedIdentifiers() throws IOException {
        Set<String> verified = new HashSet<>();
        for (String line : Files.readAllLines(SharedData.ROOT.resolve("kb").resolve("wikidata-verified.tsv"))) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length > 2 && f[2].matches("Q\\d+")) {
                verified.add("http://www.wikidata.org/entity/" + f[2]);
            }
        }
        List<Node> linked = kb.graph().find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        assertThat(linked).isNotEmpty();
        for (Node qid : linked) {
            assertThat(qid.isURI() ? qid.getURI() : qid.toString()).as("owl:sameAs target").isIn(verified);
        }
    }

    @Test
    void noLabelNamesTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            for (String label : e.labels()) {
                String key = label.toLowerCase(Locale.ROOT).strip();
                String previous = owner.putIfAbsent(key, e.entity().key());
                assertThat(previous == null || previous.equals(e.entity().key()))
                        .as("label '%s' names both %s and %s", label, previous, e.entity().key()).isTrue();
            }
        }
    }

    @Test
    void coversEveryEntityTypeAndConformsToTheShapes() {
        for (EntityType type : EntityType.values()) {
            assertThat(kb.entries()).as(type.name()).anyMatch(e -> e.entity().type() == type);
        }
        GraphAssert.assertConforms(kb.graph(), "bundled knowledge base");
    }
}
