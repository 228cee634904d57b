package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kabar.extract.EntityType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules of ../shared/eval/README.md on small hand-made gold and reported data. */
class ScorerTest {
    private static final List<String> PUTIN = List.of("Vladimir Putin", "Putin");
    private static final List<String> BOGDANOV = List.of("Mikhail Bogdanov", "Bogdanov");
    private static final List<String> HAMAS = List.of("Hamas");
    private static final List<String> FATAH = List.of("Fatah");
    private static final List<String> KEMLU = List.of("Ministry of Foreign Affairs of Russia", "Kementerian Luar Negeri Rusia", "Kemlu Rusia");

    private final Scorer scorer = new Scorer();

    // --- names

    @Test
    void normalisationLowerCasesStripsDiacriticsTurnsDashesIntoSpacesAndCollapsesSpace() {
        assertThat(Names.normalise("  Sérgéi \t  LAVROV\n")).isEqualTo("sergei lavrov");
        assertThat(Names.normalise("Anadolu Ajansı")).isEqualTo("anadolu ajansı"); // dotless i is a letter, not a mark
        assertThat(Names.normalise("İstanbul")).isEqualTo("istanbul");
        for (String dash : List.of("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015")) {
            assertThat(Names.normalise("Putin" + dash + "Abbas")).as("dash U+%04X", (int) dash.charAt(0))
                    .isEqualTo("putin abbas");
        }
        assertThat(Names.normalise("Putin - Abbas")).isEqualTo("putin abbas");
        assertThat(Names.normalise("Jawa\u00a0Pos")).isEqualTo("jawa pos");
        assertThat(NameSet.of("Front Populer untuk Pembebasan-Palestina").matches(NameSet.of("front populer untuk pembebasan palestina")))
                .isTrue();
        assertThat(NameSet.of("Putin").matches(NameSet.of("Vladimir Putin"))).as("equality, not containment").isFalse();
    }

    // --- entities

    @Test
    void entitiesCountTruePositivesFalsePositivesAndFalseNegativesAndIgnoreOptionalOnes() {
        Gold gold = gold().people(PUTIN, BOGDANOV).optionalPeople(List.of("Anton Suhartono")).build();
        Reported reported = reported(List.of(
                person("person/putin", "V. V. Putin", "Putin"), // matches by its surface form only
                person("person/anton", "Anton Suhartono"),      // optional: neither TP nor FP
                person("person/joe", "Joe Bloggs")));           // false positive
        ArticleScore score = scorer.score("g.json", gold, reported);

        assertThat(score.entities().get(ScoredType.PEOPLE)).isEqualTo(new Counts(1, 1, 1));
        assertThat(score.findings()).extracting(Finding::issue, Finding::detail).containsExactly(
                tuple("FP", "Joe Bloggs [person/joe]"),
                tuple("FN", "Mikhail Bogdanov (Bogdanov)"));
    }

    @Test
    void aSecondEntityForTheSameGoldEntityIsADuplicateAndCountsAsAFalsePositive() {
        Gold gold = gold().organizations(KEMLU).build();
        Reported reported = reported(List.of(org("org/kemlu", "Kementerian Luar Negeri Rusia"), org("org/kemlu-2", "Kemlu Rusia")));
        ArticleScore score = scorer.score("g.json", gold, reported);

        assertThat(score.entities().get(ScoredType.ORGANIZATIONS)).isEqualTo(new Counts(1, 1, 0));
        assertThat(score.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo("duplicate");
            assertThat(f.detail()).contains("org/kemlu-2").contains("org/kemlu]");
        });
    }

    @Test
    void entitiesAreScoredPerTypeSoAPersonNamedLikeAGoldOrganizationIsWrongTwice() {
        Gold gold = gold().organizations(HAMAS).build();
        ArticleScore score = scorer.score("g.json", gold, reported(List.of(person("person/hamas", "Hamas"))));

        assertThat(score.entities().get(ScoredType.PEOPLE)).isEqualTo(new Counts(0, 1, 0));
        assertThat(score.entities().get(ScoredType.ORGANIZATIONS)).isEqualTo(new Counts(0, 0, 1));
    }

    @Test
    void matchingDoesNotDependOnTheOrderEntitiesAreReportedIn() {
        // "Palestina" fits both gold entries; "Negara Palestina" only the first: both must be true positives
        Gold gold = gold().countries(List.of("State of Palestine", "Negara Palestina", "Palestina"), List.of("Palestina Raya", "Palestina"))
                .build();
        Reported reported = reported(List.of(country("country/a", "Palestina"), country("country/b", "Negara Palestina")));
        assertThat(scorer.score("g.json", gold, reported).entities().get(ScoredType.COUNTRIES)).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void anEntityNamedLikePageFurnitureIsALeakWhateverItsTypePlacesIncluded() {
        Gold gold = gold().forbidden("Sulsel", "Z Creators").build();
        Reported reported = reported(List.of(
                new Reported.Entity("place/sulsel", EntityType.PLACE, NameSet.of("Sulawesi Selatan", "SULSEL")),
                org("org/z", "Z–Creators"),
                person("person/putin", "Vladimir Putin")));
        ArticleScore score = scorer.score("g.json", gold, reported);

        assertThat(score.leaks()).isEqualTo(2);
        assertThat(score.findings()).filteredOn(f -> f.issue().equals("leak")).hasSize(2);
        assertThat(score.entities().get(ScoredType.PEOPLE).fp()).isEqualTo(1);
    }

    // --- contacts

    @Test
    void contactsAreUnorderedPairsAndKindAccuracyCountsOnlyTruePositives() {
        Reported.Entity putin = person("person/putin", "Vladimir Putin");
        Reported.Entity hamas = org("org/hamas", "Hamas");
        Reported.Entity bogdanov = person("person/bogdanov", "Mikhail Bogdanov", "Bogdanov");
        Reported.Entity fatah = org("org/fatah", "Fatah");
        Gold gold = gold()
                .contact(PUTIN, HAMAS, "invitation", null)
                .contact(BOGDANOV, FATAH, "call", null)
                .contact(PUTIN, FATAH, "meeting", null)
                .build();
        Reported reported = contacts(
                new Reported.Pair(hamas, putin, Set.of("talks", "invitation"), Set.of()), // reversed; one kind right
                new Reported.Pair(fatah, bogdanov, Set.of("meeting"), Set.of()),         // found, wrong kind
                new Reported.Pair(hamas, fatah, Set.of("call"), Set.of()));               // not in gold
        ArticleScore score = scorer.score("g.json", gold, reported);

        assertThat(score.contacts()).isEqualTo(new Counts(2, 1, 1));
        assertThat(score.kind()).isEqualTo(new Ratio(1, 2));
        assertThat(score.date()).isEqualTo(Ratio.ZERO);
        assertThat(score.findings()).extracting(Finding::issue).containsExactlyInAnyOrder("kind", "FP", "FN");
    }

    @Test
    void optionalContactsAreIgnoredButASecondPairForATakenGoldContactIsAFalsePositive() {
        Reported.Entity putin = person("person/putin", "Vladimir Putin");
        Reported.Entity putin2 = person("person/putin-2", "Putin");
        Reported.Entity russia = country("country/RU", "Rusia");
        Reported.Entity hamas = org("org/hamas", "Hamas");
        Gold gold = gold().contact(PUTIN, HAMAS, "invitation", null)
                .optionalContact(List.of("Russia", "Rusia"), HAMAS, "invitation", null).build();
        Reported reported = contacts(
                new Reported.Pair(putin, hamas, Set.of("invitation"), Set.of()),
                new Reported.Pair(russia, hamas, Set.of("invitation"), Set.of()),
                new Reported.Pair(putin2, hamas, Set.of("invitation"), Set.of()));
        assertThat(scorer.score("g.json", gold, reported).contacts()).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void dateAccuracyCountsTruePositivesWithAGoldDateAndAnyReportedDayWillDo() {
        Reported.Entity bogdanov = person("person/bogdanov", "Bogdanov");
        Gold gold = gold().contact(BOGDANOV, HAMAS, "call", "2023-12-10").contact(BOGDANOV, FATAH, "call", "2023-12-10")
                .contact(BOGDANOV, List.of("PLO"), "call", null).build();
        Reported reported = contacts(
                new Reported.Pair(bogdanov, org("org/hamas", "Hamas"), Set.of("call"), Set.of("2023-12-11", "2023-12-10")),
                new Reported.Pair(bogdanov, org("org/fatah", "Fatah"), Set.of("call"), Set.of()),
                new Reported.Pair(bogdanov, org("org/plo", "PLO"), Set.of("call"), Set.of("2023-12-10")));
        ArticleScore score = scorer.score("g.json", gold, reported);

        assertThat(score.contacts()).isEqualTo(new Counts(3, 0, 0));
        assertThat(score.date()).as("the PLO contact has no gold date").isEqualTo(new Ratio(1, 2));
        assertThat(score.findings()).singleElement().extracting(Finding::detail).asString()
                .contains("expected 2023-12-10, got no date");
    }

    // --- statements

    @Test
    void aStatementCountsWhenItsSpeakerMatchesAndItsTextContainsTheFragment() {
        Reported.Entity lavrov = person("person/lavrov", "Sergei Lavrov", "Lavrov");
        Reported.Entity kemlu = org("org/kemlu", "Kemlu Rusia");
        Gold gold = gold()
                .statement(List.of("Sergey Lavrov", "Lavrov"), "hukuman kolektif")
                .statement(KEMLU, "mengirim bahan-bahan pangan")
                .statement(PUTIN, "mediator")
                .optionalStatement(KEMLU, "sandera")
                .build();
        Reported reported = statements(
                new Reported.Said(lavrov, "Itu adalah  Hukuman\nKolektif bagi warga"),         // TP, case and spaces
                new Reported.Said(lavrov, "sekali lagi, hukuman kolektif"),                    // repeats a taken one: ignored
                new Reported.Said(kemlu, "Rusia akan mengirim bahan\u2013bahan pangan"),       // TP, en dash
                new Reported.Said(kemlu, "pembebasan sandera"),                                // optional: ignored
                new Reported.Said(lavrov, "Putin adalah mediator"),                            // wrong speaker: FP, and FN
                new Reported.Said(lavrov, "cuaca hari ini cerah"));                            // FP
        ArticleScore score = scorer.score("g.json", gold, reported);

        assertThat(score.statements()).isEqualTo(new Counts(2, 2, 1));
        assertThat(score.findings()).filteredOn(f -> f.issue().equals("FN")).singleElement().extracting(Finding::detail)
                .asString().contains("mediator").contains("attributed to Sergei Lavrov");
    }

    // --- metadata

    @Test
    void metadataScoresOnlyNonNullGoldFieldsWithADatePrefix() {
        Reported.Meta got = new Reported.Meta("Lula–Ruto  bahas pangan", NameSet.of("iNews", "iNews.id"),
                ReportedReader.localDate(java.time.OffsetDateTime.parse("2023-12-11T20:19:00+07:00")));
        assertThat(got.published()).isEqualTo("2023-12-11");

        assertThat(metadata(new Gold.Metadata("Lula-Ruto bahas pangan", "inews.id", "2023-12-11"), got)).isEqualTo(new Ratio(3, 3));
        assertThat(metadata(new Gold.Metadata(null, null, "2023-12"), got)).isEqualTo(new Ratio(1, 1));
        assertThat(metadata(new Gold.Metadata(null, "iNews", "2023-12-12"), got)).isEqualTo(new Ratio(1, 2));
        assertThat(metadata(new Gold.Metadata("Another title", "Linggau Pos", null), got)).isEqualTo(new Ratio(0, 2));
        assertThat(metadata(new Gold.Metadata(null, null, null), got)).isEqualTo(Ratio.ZERO);
        assertThat(metadata(new Gold.Metadata("A title", "iNews", "2023"), new Reported.Meta(null, null, null)))
                .isEqualTo(new Ratio(0, 3));
    }

    // --- numbers

    @Test
    void aZeroDenominatorIsShownAsADashNotAsZeroOrOne() {
        assertThat(Counts.format(new Counts(0, 0, 0).precision())).isEqualTo("-");
        assertThat(Counts.format(new Counts(0, 0, 0).f1())).isEqualTo("-");
        Counts missedAll = new Counts(0, 0, 3);
        assertThat(Counts.format(missedAll.precision())).isEqualTo("-");
        assertThat(Counts.format(missedAll.recall())).isEqualTo("0.000");
        assertThat(Counts.format(missedAll.f1())).isEqualTo("0.000");
        Counts some = new Counts(2, 1, 1);
        assertThat(Counts.format(some.precision())).isEqualTo("0.667");
        assertThat(Counts.format(some.f1())).isEqualTo("0.667");
        assertThat(Counts.format(new Ratio(0, 0).value())).isEqualTo("-");
    }

    @Test
    void theTableShowsADashForEmptyRowsAndTotalsOverArticles() {
        Gold gold = gold().people(PUTIN).build();
        ArticleScore one = scorer.score("a.json", gold, reported(List.of(person("person/putin", "Putin"))));
        ArticleScore two = scorer.score("b.json", gold, reported(List.of()));
        StringWriter text = new StringWriter();
        new TableReport().write(new Evaluation(List.of(one, two), List.of()), false, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();

        assertThat(lines.get(0)).contains("TP", "FP", "FN", "precision", "recall", "F1");
        assertThat(lines.get(1).split("\\s+")).containsExactly("people", "1", "0", "1", "1.000", "0.500", "0.667");
        assertThat(lines.get(4).split("\\s+")).containsExactly("contacts", "0", "0", "0", "-", "-", "-", "-", "-");
        assertThat(lines).contains("boilerplate leaks: 0", "metadata: 0/0", "articles: 2");
    }

    // --- helpers

    private static Ratio metadata(Gold.Metadata gold, Reported.Meta got) {
        return new MetadataScorer().score(got, gold, new ArrayList<>());
    }

    private static Reported.Entity person(String key, String... names) {
        return new Reported.Entity(key, EntityType.PERSON, NameSet.of(names));
    }

    private static Reported.Entity org(String key, String... names) {
        return new Reported.Entity(key, EntityType.ORGANIZATION, NameSet.of(names));
    }

    private static Reported.Entity country(String key, String... names) {
        return new Reported.Entity(key, EntityType.COUNTRY, NameSet.of(names));
    }

    private static Reported reported(List<Reported.Entity> entities) {
        return new Reported(entities, List.of(), List.of(), new Reported.Meta(null, null, null));
    }

    private static Reported contacts(Reported.Pair... pairs) {
        return new Reported(List.of(), List.of(pairs), List.of(), new Reported.Meta(null, null, null));
    }

    private static Reported statements(Reported.Said... said) {
        return new Reported(List.of(), List.of(), List.of(said), new Reported.Meta(null, null, null));
    }

    private static GoldBuilder gold() {
        return new GoldBuilder();
    }

    /** Hand-made gold files, stating only what a test needs. */
    private static final class GoldBuilder {
        private final List<List<String>> people = new ArrayList<>();
        private final List<List<String>> organizations = new ArrayList<>();
        private final List<List<String>> countries = new ArrayList<>();
        private final List<List<String>> optionalPeople = new ArrayList<>();
        private final List<String> forbidden = new ArrayList<>();
        private final List<Gold.GoldContact> contacts = new ArrayList<>();
        private final List<Gold.GoldContact> optionalContacts = new ArrayList<>();
        private final List<Gold.GoldStatement> statements = new ArrayList<>();
        private final List<Gold.GoldStatement> optionalStatements = new ArrayList<>();

        @SafeVarargs
        final GoldBuilder people(List<String>... entities) {
            people.addAll(List.of(entities));
            return this;
        }

        @SafeVarargs
        final GoldBuilder organizations(List<String>... entities) {
            organizations.addAll(List.of(entities));
            return this;
        }

        @SafeVarargs
        final GoldBuilder countries(List<String>... entities) {
            countries.addAll(List.of(entities));
            return this;
        }

        @SafeVarargs
        final GoldBuilder optionalPeople(List<String>... entities) {
            optionalPeople.addAll(List.of(entities));
            return this;
        }

        GoldBuilder forbidden(String... names) {
            forbidden.addAll(List.of(names));
            return this;
        }

        GoldBuilder contact(List<String> a, List<String> b, String kind, String date) {
            contacts.add(new Gold.GoldContact(List.of(a, b), kind, date));
            return this;
        }

        GoldBuilder optionalContact(List<String> a, List<String> b, String kind, String date) {
            optionalContacts.add(new Gold.GoldContact(List.of(a, b), kind, date));
            return this;
        }

        GoldBuilder statement(List<String> speaker, String contains) {
            statements.add(new Gold.GoldStatement(speaker, contains));
            return this;
        }

        GoldBuilder optionalStatement(List<String> speaker, String contains) {
            optionalStatements.add(new Gold.GoldStatement(speaker, contains));
            return this;
        }

        Gold build() {
            return new Gold("article.txt", null, people, organizations, countries,
                    new Gold.OptionalEntities(optionalPeople, null, null), forbidden, contacts, optionalContacts,
                    statements, optionalStatements);
        }
    }
}
