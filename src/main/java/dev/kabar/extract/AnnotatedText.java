package dev.kabar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article's text with its sentences and entity mentions, and the look-ups the extractors share. */
public final class AnnotatedText {
    private static final Pattern CITIZENS = Pattern.compile("(?iu)\\bwarga\\s+negara\\s*$");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[\\s]*$");
    private static final Pattern KIN_OF = Pattern.compile("(?iu)\\b(?:suami|istri|ayah|ibu|anak|putra|putri|kakak|adik|kekasih|pacar)"
            + "\\s+(?:dari\\s+)?$");
    private static final Pattern DEMONSTRATIVE_AFTER = Pattern.compile("(?iu)\\s*(?:itu|tersebut|ini)\\b");
    /** Words after which a country name still names the country as an actor ("dengan Rusia", "AS dan Rusia"). */
    private static final Set<String> ACTOR_INTRO = Set.of("dan", "serta", "dengan", "antara", "bersama", "oleh",
            "bahwa", "kepada", "atau", "maupun", "pemerintah", "pemerintahan", "kerajaan", "republik", "negara", "delegasi",
            "utusan", "pihak");
    private final String text;
    private final String original;
    private final List<Sentence> sentences;
    private final List<Mention> mentions;
    private final LocalDate reference;

    /**
     * @param text     the cleaned text, furniture blanked (what the extractors read)
     * @param original the article text as read, of the same length (what evidence spans quote)
     * @param reference the date that dates without a year are resolved against, or null
     */
    public AnnotatedText(String text, String original, List<Sentence> sentences, List<Mention> mentions,
                         LocalDate reference) {
        if (text.length() != original.length()) {
            throw new IllegalArgumentException("cleaned text must keep the original's offsets");
        }
        this.text = text;
        this.original = original;
        this.sentences = List.copyOf(sentences);
        this.mentions = List.copyOf(mentions);
        this.reference = reference;
    }

    public LocalDate reference() {
        return reference;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** Mentions of actors (not places) that lie wholly within [begin, end), in text order. */
    public List<Mention> actorsIn(int begin, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            // a name nested in the one before ("Hamas" in "X-Hamas") is not a second actor, and readers of the
            // list measure the text between one actor and the next
            boolean nested = !out.isEmpty() && m.begin() < out.get(out.size() - 1).end();
            if (m.begin() >= begin && m.end() <= end && m.entity().type().isActor() && !nested) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether a mention names an actor in its own right. A country name right after a common word
     * ("faksi Palestina", "Presiden Rusia", "di Rusia") or joined by a hyphen ("Palestina-Israel") only
     * describes something else; people and organisations always stand alone.
     */
    public boolean standsAlone(Mention m) {
        if (m.entity().type() != EntityType.COUNTRY) {
            return true;
        }
        if ((m.begin() > 0 && text.charAt(m.begin() - 1) == '-') || (m.end() < text.length() && text.charAt(m.end()) == '-')) {
            return false;
        }
        Sentence s = sentenceAt(m.begin());
        int from = s == null ? Math.max(0, m.begin() - 40) : s.begin();
        String before = text.substring(from, m.begin());
        Matcher w = LAST_WORD.matcher(before);
        if (!w.find() || !before.substring(w.end()).isBlank()) {
            return true; // sentence start or punctuation before it
        }
        // "Warga Negara Indonesia": citizens, not the state
        return ACTOR_INTRO.contains(w.group(1).toLowerCase(Locale.ROOT)) && !CITIZENS.matcher(before).find();
    }

    /** The person named last before {@code offset}, in the same sentence or the two before it; null if none. */
    public Entity lastPersonBefore(int offset) {
        Sentence here = sentenceAt(offset);
        int i = here == null ? -1 : sentences.indexOf(here);
        int from = i < 0 ? Math.max(0, offset - 400) : sentences.get(Math.max(0, i - 2)).begin();
        Entity found = null;
        boolean describedByKin = false;
        for (Mention m : mentions) {
            if (m.begin() >= from && m.end() <= offset && m.entity().type() == EntityType.PERSON) {
                boolean kin = relativeOfOther(m);
                describedByKin |= kin;
                found = kin ? found : m.entity();
            }
        }
        if (found == null && describedByKin && i >= 2) {
            // "A … . Ia … . Setelahnya, suami dari B itu …. Dia …": the one described, A, is further back
            return lastPersonBefore(sentences.get(i - 2).begin());
        }
        return found;
    }

    /** "suami dari X itu": the description names someone by kin to X, so X is not who it is. */
    private boolean relativeOfOther(Mention m) {
        return KIN_OF.matcher(text).region(Math.max(0, m.begin() - 25), m.begin()).find()
                && DEMONSTRATIVE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }

    /** A span quoting the original text, so evidence points at exactly what the source says. */
    public Span span(int begin, int end) {
        return Span.of(original, begin, end);
    }

    public Span span(Sentence s) {
        return span(s.begin(), s.end());
    }
}
