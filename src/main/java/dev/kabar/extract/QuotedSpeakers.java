package dev.kabar.extract;

import dev.kabar.extract.Quotations.Quote;
import java.util.List;

/**
 * Who speaks inside each quotation, from the direct statements already found: "saya" and "kami" in a quote are
 * its speaker ("…Bais dari pusat bertemu saya…," tuturnya).
 */
final class QuotedSpeakers {
    static final QuotedSpeakers NONE = new QuotedSpeakers("", List.of());

    private final List<Quote> quotes;
    private final List<Statement> direct;

    QuotedSpeakers(String text, List<Statement> statements) {
        this.quotes = Quotations.find(text);
        this.direct = statements.stream().filter(s -> s.mode() == SpeechMode.DIRECT).toList();
    }

    /** Whether {@code offset} lies inside a quotation that closed before {@code reader}. */
    boolean inClosedQuote(int offset, int reader) {
        return quotes.stream().anyMatch(q -> offset > q.open() && offset < q.close() && q.close() <= reader);
    }

    /** The speaker of the quotation around {@code offset}, or null when it is in none or nobody is known to say it. */
    Entity at(int offset) {
        for (Quote q : quotes) {
            if (offset > q.open() && offset < q.close()) {
                return speakerOf(q);
            }
        }
        return null;
    }

    private Entity speakerOf(Quote q) {
        for (Statement s : direct) {
            if (s.evidence().begin() <= q.open() && s.evidence().end() > q.open()) {
                return s.speaker();
            }
        }
        return null;
    }
}
