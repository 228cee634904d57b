package dev.kabar.extract;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleIds;
import dev.kabar.kb.KnowledgeBase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Extraction of one article: a pure function of the article and the knowledge base, deterministic and
 * safe to call from several threads at once (every part is immutable after construction).
 */
public final class Extractor {
    private final EntityIndex index;
    private final PageCleaner cleaner;
    private final NameFinder nameFinder;
    private final Coreference coreference;
    private final OrganisationRepeats repeats;
    private final TitleReferences titles;
    private final SentenceSplitter sentences;
    private final MetadataExtractor metadata;
    private final SourceCitations citations;
    private final StatementExtractor statements;
    private final ContactExtractor contacts;
    private final TouringPeople touring;
    private final DateResolver dateResolver;
    private final BlendedNicknames nicknames;
    private final CalledNames calledNames;

    public Extractor(KnowledgeBase kb, String language) {
        Lexicon lexicon = new Lexicon(language);
        IndonesianDates dates = new IndonesianDates(lexicon);
        this.index = new EntityIndex(kb, language);
        NameLexicon names = new NameLexicon(lexicon);
        SpeechLexicon speech = new SpeechLexicon(lexicon);
        this.cleaner = new PageCleaner(lexicon);
        this.nameFinder = new NameFinder(lexicon, names, index, speech);
        this.coreference = new Coreference(names, index);
        this.nicknames = new BlendedNicknames(names);
        this.calledNames = new CalledNames(names);
        this.repeats = new OrganisationRepeats(names, index);
        this.titles = new TitleReferences(names, lexicon);
        this.sentences = new SentenceSplitter(lexicon);
        this.metadata = new MetadataExtractor(index, dates);
        this.citations = new SourceCitations(index, metadata, names);
        this.statements = new StatementExtractor(speech, names);
        this.dateResolver = new DateResolver(lexicon);
        this.contacts = new ContactExtractor(lexicon, dateResolver, speech);
        this.touring = new TouringPeople(kb.roles());
    }

    public Extraction extract(Article article) {
        String original = article.text();
        PageCleaner.Cleaned cleaned = cleaner.clean(original);
        String text = cleaned.text();
        List<Sentence> split = sentences.split(text);
        TextTokens words = new TextTokens(text);
        NameFinder.Result found = nameFinder.find(text, split, index.find(text), words);
        ArticleMetadata given = metadata.extract(article, cleaned);
        SourceCitations.Result cited = citations.find(text, found.mentions());
        List<Mention> discovered = new ArrayList<>(found.mentions());
        discovered.addAll(cited.mentions());
        discovered.sort(Comparator.comparingInt(Mention::begin));
        // repeats after coreference: a person's surname alone ("Petty") is the person, even if misread once as a body
        List<Mention> resolved = repeats.add(text, coreference.resolve(text, nicknames.link(text, calledNames.link(text, Aliases.link(text, discovered))), article.id(), words), words);
        List<StatedRole> roles = follow(found, resolved);
        List<Mention> mentions = titles.resolve(text, resolved, roles, words);
        ArticleMetadata md = withSources(given, cited.sources());
        AnnotatedText at = new AnnotatedText(text, original, split, mentions, referenceDate(md, text));
        // the outlet publishing the article reports what others said; a statement it seems to make is a misreading
        List<Statement> said = statements.extract(at).stream()
                .filter(st -> md.publisher() == null || !st.speaker().equals(md.publisher())).toList();
        OwnBodies own = new OwnBodies(roles, mentions, titles::fullForm);
        // the article's own outlet meeting someone ("saat ditemui kumparan") is the reporter at work, not news
        List<Contact> found2 = contacts.extract(at, said).stream()
                .filter(c -> md.publisher() == null || (!c.a().equals(md.publisher()) && !c.b().equals(md.publisher())))
                .filter(c -> !own.holdsOfficeIn(c.a(), c.b()) && !own.holdsOfficeIn(c.b(), c.a()))
                .filter(c -> c.kind() != ContactKind.VISIT || !touring.tripOnly(c.a(), c.b(), roles)).toList();
        // a related article's title set into the text: the names it alone holds are not this article's
        Set<Entity> related = LoneHeadlines.namedOnlyThere(text, mentions);
        if (!related.isEmpty()) {
            mentions = mentions.stream().filter(m -> !related.contains(m.entity())).toList();
            found2 = found2.stream().filter(c -> !related.contains(c.a()) && !related.contains(c.b())).toList();
            said = said.stream().filter(st -> !related.contains(st.speaker())).toList();
        }
        return new Extraction(article, ArticleIds.contentHash(original), md, withNested(mentions, found.nested()), roles, found2,
                withSpeakerRoles(said, roles));
    }

    /**
     * The final mentions with the ones nested inside a longer name added back ("Portugal" inside "timnas Portugal"):
     * added last, since every other step reads mentions that never overlap.
     */
    private static List<Mention> withNested(List<Mention> mentions, List<Mention> nested) {
        if (nested.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(nested);
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    /** Each statement carries the role its article gives the speaker (the first one stated), if any. */
    private static List<Statement> withSpeakerRoles(List<Statement> statements, List<StatedRole> roles) {
        Map<Entity, String> roleOf = new HashMap<>();
        roles.forEach(r -> roleOf.putIfAbsent(r.entity(), r.role()));
        return statements.stream().map(s -> s.speakerRole() != null || !roleOf.containsKey(s.speaker()) ? s
                : new Statement(s.speaker(), s.text(), s.mode(), s.cue(), roleOf.get(s.speaker()), s.mentions(), s.evidence()))
                .toList();
    }

    private static ArticleMetadata withSources(ArticleMetadata md, List<Entity> cited) {
        List<Entity> sources = new ArrayList<>(md.sources());
        cited.stream().filter(e -> !sources.contains(e) && !e.equals(md.publisher())).forEach(sources::add);
        return new ArticleMetadata(md.title(), md.publisher(), md.published(), md.url(), md.dateline(), md.authors(),
                md.editors(), sources);
    }

    /** Roles follow their entity through coreference (a single name relinked or scoped to the article). */
    private static List<StatedRole> follow(NameFinder.Result found, List<Mention> resolved) {
        Map<Integer, Entity> byBegin = new HashMap<>();
        resolved.forEach(m -> byBegin.put(m.begin(), m.entity()));
        Map<Entity, Entity> moved = new HashMap<>();
        for (Mention m : found.mentions()) {
            Entity now = byBegin.get(m.begin());
            if (now != null && !now.equals(m.entity())) {
                moved.putIfAbsent(m.entity(), now);
            }
        }
        return found.roles().stream().map(r -> new StatedRole(moved.getOrDefault(r.entity(), r.entity()), r.role()))
                .distinct().toList();
    }

    /** What dates without a year are read against: the publication date, else the latest full date in the text. */
    private LocalDate referenceDate(ArticleMetadata md, String text) {
        if (md.published() instanceof LocalDate d) {
            return d;
        }
        if (md.published() instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        return dateResolver.latestFullDate(text);
    }
}
