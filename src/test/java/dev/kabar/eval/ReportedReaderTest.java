package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.GivenMetadata;
import dev.kabar.extract.ArticleMetadata;
import dev.kabar.extract.Contact;
import dev.kabar.extract.ContactKind;
import dev.kabar.extract.Entity;
import dev.kabar.extract.EntityType;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Mention;
import dev.kabar.extract.Span;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as reported, drawn from a hand-made extraction. */
class ReportedReaderTest {
    private static final Entity PUTIN = new Entity("person/vladimir-putin", EntityType.PERSON, "Vladimir Putin");
    private static final Entity HAMAS = new Entity("org/hamas", EntityType.ORGANIZATION, "Hamas");
    private static final Entity INEWS = new Entity("org/inews", EntityType.ORGANIZATION, "iNews");
    private static final Entity AUTHOR = new Entity("person/anton", EntityType.PERSON, "Anton Suhartono");
    private static final Span EVIDENCE = new Span(0, 5, "Putin");

    @Test
    void entitiesComeFromMentionsAndMetadataWithTheirSurfaceForms() {
        Reported r = new ReportedReader().read(extraction(List.of()));

        assertThat(r.entities()).extracting(Reported.Entity::key)
                .containsExactly("person/vladimir-putin", "org/hamas", "org/inews", "person/anton");
        assertThat(r.entities().get(0).names().shown()).containsExactly("Vladimir Putin", "Putin", "PUTIN");
        assertThat(r.metadata().publisher().shown()).containsExactly("iNews");
        assertThat(r.metadata().published()).isEqualTo("2023-12-11");
    }

    @Test
    void aPublisherOnlyTheSourceRecordGivesIsNoEntityTheTextNames() {
        Extraction found = extraction(List.of());
        Extraction given = new Extraction(new Article("a1", "a.txt", found.article().text(), new GivenMetadata(null, "iNews", null, null)),
                "hash", found.metadata(), found.mentions(), List.of(), List.of(), List.of());
        Reported r = new ReportedReader().read(given);

        assertThat(r.entities()).extracting(Reported.Entity::key).doesNotContain("org/inews");
        assertThat(r.metadata().publisher().shown()).as("still the article's publisher").containsExactly("iNews");
        // named in the text, it counts again
        List<Mention> named = new java.util.ArrayList<>(found.mentions());
        named.add(new Mention(27, 31, "lagi", INEWS));
        Reported again = new ReportedReader().read(new Extraction(given.article(), "hash", found.metadata(), named,
                List.of(), List.of(), List.of()));
        assertThat(again.entities()).extracting(Reported.Entity::key).contains("org/inews");
    }

    @Test
    void theSamePairReportedTwiceInEitherOrderIsOnePairWithEveryKindAndDate() {
        Reported r = new ReportedReader().read(extraction(List.of(
                contact(ContactKind.INVITATION, PUTIN, HAMAS, null),
                contact(ContactKind.TALKS, HAMAS, PUTIN, LocalDate.of(2024, 2, 29)))));

        assertThat(r.contacts()).singleElement().satisfies(p -> {
            assertThat(p.kinds()).containsExactlyInAnyOrder("invitation", "talks");
            assertThat(p.dates()).containsExactly("2024-02-29");
            assertThat(p.a().names().shown()).as("participants keep their surface forms").contains("Putin");
        });
    }

    private static Contact contact(ContactKind kind, Entity a, Entity b, LocalDate date) {
        return new Contact(kind, a, b, null, date, null, false, null, "cue", EVIDENCE);
    }

    private static Extraction extraction(List<Contact> contacts) {
        String text = "Putin bertemu Hamas. PUTIN lagi.";
        List<Mention> mentions = List.of(new Mention(0, 5, "Putin", PUTIN), new Mention(14, 19, "Hamas", HAMAS),
                new Mention(21, 26, "PUTIN", PUTIN));
        ArticleMetadata md = new ArticleMetadata("Judul", INEWS, OffsetDateTime.parse("2023-12-11T20:19:00+07:00"), null,
                null, List.of(AUTHOR), List.of(), List.of());
        return new Extraction(new Article("a1", "a.txt", text, null), "hash", md, mentions, List.of(), contacts, List.of());
    }
}
