package dev.kabar.extract;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleIds;
import dev.kabar.kb.KnowledgeBase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Extraction of one article: a pure function of the article and the knowledge base, deterministic and
 * safe to call from several threads at once (every part is immutable after construction).
 */
public final class Extractor {
    private final EntityIndex index;
    private final PageCleaner cleaner;
    private final NameFinder nameFinder;
    private final Coreference coreference;
    private final SentenceSplitter sentences;
    private final MetadataExtractor metadata;
    private final StatementExtractor statements;
    private final ContactExtractor contacts;
    private final DateResolver dateResolver;

    public Extractor(KnowledgeBase kb, String language) {
        Lexicon lexicon = new Lexicon(language);
        IndonesianDates dates = new IndonesianDates(lexicon);
        this.index = new EntityIndex(kb, language);
        NameLexicon names = new NameLexicon(lexicon);
        SpeechLexicon speech = new SpeechLexicon(lexicon);
        this.cleaner = new PageCleaner(lexicon);
        this.nameFinder = new NameFinder(names, index, speech);
        this.coreference = new Coreference(names, index);
        this.sentences = new SentenceSplitter(lexicon);
        this.metadata = new MetadataExtractor(index, dates);
        this.statements = new StatementExtractor(speech);
        this.dateResolver = new DateResolver(lexicon);
        this.contacts = new ContactExtractor(lexicon, dateResolver);
    }

    public Extraction extract(Article article) {
        String original = article.text();
        PageCleaner.Cleaned cleaned = cleaner.clean(original);
        String text = cleaned.text();
        List<Sentence> split = sentences.split(text);
        NameFinder.Result found = nameFinder.find(text, split, index.find(text));
        List<Mention> mentions = coreference.resolve(text, found.mentions());
        ArticleMetadata md = metadata.extract(article, cleaned);
        AnnotatedText at = new AnnotatedText(text, original, split, mentions, referenceDate(md, text));
        return new Extraction(article, ArticleIds.contentHash(original), md, mentions, found.roles(),
                contacts.extract(at), statements.extract(at));
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
