package dev.kabar.extract;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleIds;
import dev.kabar.kb.KnowledgeBase;
import java.util.List;

/**
 * Extraction of one article: a pure function of the article and the knowledge base, deterministic and
 * safe to call from several threads at once (every part is immutable after construction).
 */
public final class Extractor {
    private final EntityIndex index;
    private final SentenceSplitter sentences;
    private final MetadataExtractor metadata;
    private final StatementExtractor statements;
    private final ContactExtractor contacts;

    public Extractor(KnowledgeBase kb, String language) {
        Lexicon lexicon = new Lexicon(language);
        IndonesianDates dates = new IndonesianDates(lexicon);
        this.index = new EntityIndex(kb, language);
        this.sentences = new SentenceSplitter(lexicon);
        this.metadata = new MetadataExtractor(index, dates);
        this.statements = new StatementExtractor(new SpeechLexicon(lexicon));
        this.contacts = new ContactExtractor(lexicon, dates);
    }

    public Extraction extract(Article article) {
        String text = article.text();
        List<Mention> mentions = index.find(text);
        AnnotatedText at = new AnnotatedText(text, sentences.split(text), mentions);
        return new Extraction(article, ArticleIds.contentHash(text), metadata.extract(article), mentions, List.of(),
                contacts.extract(at), statements.extract(at));
    }
}
