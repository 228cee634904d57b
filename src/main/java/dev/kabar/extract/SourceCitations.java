package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources an article says it relied on: "dikutip dari Reuters", "dilansir TASS", "mengutip
 * themoscowtimes.com", "sebagaimana dimuat Xinhua". The outlet is an organisation and a cited source of the
 * article, never the speaker of what is quoted.
 */
public final class SourceCitations {
    // every cue starts with s, d, m, l or b: (?=[sdmlb]) rejects most positions before the dearer word boundary is tested
    static final Pattern CUE = Pattern.compile("(?iu)(?=[sdmlb])\\b(?:(?:seperti |sebagaimana )?dikutip(?: secara tertulis)?"
            + "(?:(?: oleh [^,]{1,40}?)? dari)?|mengutip(?: dari)?|(?:seperti |sebagaimana )?dilansir(?: dari| oleh)?|melansir(?: dari)?"
            + "|(?:seperti |sebagaimana )?dimuat(?: di| oleh)?|(?:seperti )?diberitakan(?: oleh)?|(?:seperti )?dilaporkan(?: oleh)?"
            + "|(?:seperti |sebagaimana )?diinformasikan(?: oleh)?|menurut laporan(?: dari)?|laporan dari|(?:berdasarkan|menurut) data(?: dari)?"
            + ")[ \\t]+" // the outlet follows on the same line
            + "(?:(?:laman|situs|media|harian|majalah|portal|koran|surat kabar|kantor berita|stasiun televisi)[ \\t]+)?");
    private static final Pattern DATA = Pattern.compile("(?iu)\\bdata\\b");
    private static final Pattern LANSIR = Pattern.compile("(?iu)lansir");
    /** "Sport melansir bahwa …", "Marca memberitakan, …": a verb of reporting that a clause follows. */
    private static final Pattern REPORTING_VERB = Pattern.compile(" (?:melansir|memberitakan|melaporkan)(?=\\s*(?:bahwa\\b|,|:))");
    /** "dilansir JUARA dari Fox Sports": the outlet relayed another; both are sources. */
    private static final Pattern RELAYED_FROM = Pattern.compile("(?iu)[ \\t]+dari[ \\t]+(?:(?:laman|situs|media)[ \\t]+)?");
    private static final Pattern DOMAIN = Pattern.compile("(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}]{2,4}){1,2}\\b");
    /**
     * "… kata dia. [Antara]", "(Reuters / les)": an outlet's name in brackets closing the article, optionally with
     * the desk's initials after a slash; the closing bracket may be lost to truncation.
     */
    private static final Pattern TRAILING_TAG = Pattern.compile("[\\[(][ \\t]*([^\\[\\]()\\n/]{2,40}?)[ \\t]*(?:/[^\\[\\]()\\n]{0,30})?[\\])]?\\s*$");

    /** What was found: the cited outlets and the mentions to add for them. */
    public record Result(List<Entity> sources, List<Mention> mentions) {
    }

    private final EntityIndex index;
    private final MetadataExtractor outlets;
    private final NameLexicon names;

    public SourceCitations(EntityIndex index, MetadataExtractor outlets, NameLexicon names) {
        this.index = index;
        this.outlets = outlets;
        this.names = names;
    }

    /** What {@code CUE.matcher(text).results()} finds, trying the regex only where a match may start. */
    static List<MatchResult> cues(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher cue = CUE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = nextCueStart(text, 0); p < text.length(); p = nextCueStart(text, p)) {
            if (cue.region(p, text.length()).lookingAt()) {
                out.add(cue.toMatchResult());
                p = cue.end();
            } else {
                p++;
            }
        }
        return out;
    }

    /**
     * The next position from {@code from} where {@link #CUE} may match, as {@code find} would try them: a letter
     * s, d, m, l or b in either case not right after an ASCII word character, or any character outside ASCII (which
     * the regex judges itself). Trying the regex only there is what made this step cheap.
     */
    private static int nextCueStart(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c >= 128) {
                return p;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if ((lower == 's' || lower == 'd' || lower == 'm' || lower == 'l' || lower == 'b')
                    && (p == 0 || !isAsciiWordChar(text.charAt(p - 1)))) {
                return p;
            }
        }
        return text.length();
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    public Result find(String text, List<Mention> mentions) {
        MentionSet set = new MentionSet(mentions);
        List<Entity> sources = new ArrayList<>();
        List<Mention> added = new ArrayList<>();
        for (MatchResult cue : cues(text)) {
            int at = cue.end();
            if (DATA.matcher(cue.group()).find() && !knownOrganisationAt(text, at, set)) {
                continue; // "berdasarkan data Riset Kesehatan Dasar": a survey's data; only a body the text or the KB knows
            }
            if (LANSIR.matcher(cue.group()).find()) {
                outletTakenForPerson(text, at, set);
            }
            int end = cite(text, at, set, sources, added);
            Matcher relayed = end < 0 ? null : RELAYED_FROM.matcher(text).region(end, Math.min(text.length(), end + 20));
            if (relayed != null && relayed.lookingAt()) {
                cite(text, relayed.end(), set, sources, added);
            }
        }
        Matcher verb = REPORTING_VERB.matcher(text);
        while (verb.find()) {
            int subject = reportingSubject(text, verb.start());
            if (subject >= 0 && (set.covering(subject) == null || set.startingAt(subject) != null)) {
                cite(text, subject, set, sources, added);
            }
        }
        trailingTag(text, set, sources, added);
        return new Result(sources, added);
    }

    /** An organisation the text or the knowledge base knows, named right at {@code at} in up to three words. */
    private boolean knownOrganisationAt(String text, int at, MentionSet set) {
        Mention m = set.startingAt(at);
        if (m != null) {
            return m.entity().type() == EntityType.ORGANIZATION;
        }
        List<Token> toks = Token.of(text, at, Math.min(text.length(), at + 60));
        for (int k = 0; k < Math.min(3, toks.size()) && toks.get(k).capitalised(); k++) {
            Entity known = index.lookup(text.substring(at, toks.get(k).end()));
            if (known != null && known.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bracketed tag closing an article names the outlet it came from when that is a known organisation or a
     * web domain; an unknown word there is as often the reporter's name or initials ("(Yendhi)", "(rsa)").
     */
    private void trailingTag(String text, MentionSet set, List<Entity> sources, List<Mention> added) {
        Matcher tag = TRAILING_TAG.matcher(text).region(Math.max(0, text.length() - 80), text.length());
        if (!tag.find()) {
            return;
        }
        int at = tag.start(1);
        String name = tag.group(1);
        if (EntityIndex.isInitials(name)) {
            return;
        }
        Entity known = index.lookup(name);
        boolean outlet = known != null ? known.type() == EntityType.ORGANIZATION : DOMAIN.matcher(name).matches();
        if (outlet && (set.startingAt(at) != null || set.covering(at) == null)) {
            cite(text, at, set, sources, added);
        }
    }

    /**
     * Where the outlet's name starts before a reporting verb at {@code verbAt}: one to three capitalised words
     * right before it, at the start of a sentence or after a comma ("Sport melansir bahwa …"); -1 if none.
     */
    private static int reportingSubject(String text, int verbAt) {
        int lineStart = text.lastIndexOf('\n', verbAt - 1) + 1;
        List<Token> toks = Token.of(text, Math.max(lineStart, verbAt - 80), verbAt);
        int k = toks.size();
        while (k > 0 && toks.size() - k < 3 && toks.get(k - 1).capitalised()
                && (k == toks.size() ? toks.get(k - 1).end() == verbAt : NameShapes.joined(text, toks, k - 1, k))) {
            k--;
        }
        if (k == toks.size()) {
            return -1;
        }
        int begin = toks.get(k).begin();
        int before = begin - 1;
        while (before >= lineStart && text.charAt(before) == ' ') {
            before--;
        }
        boolean clauseStart = before < lineStart || ".!?,".indexOf(text.charAt(before)) >= 0;
        return clauseStart ? begin : -1;
    }

    /**
     * "Dilansir Bored Panda, …": what "dilansir" names is an outlet, so a name only its shape made a person (none
     * the knowledge base knows) is taken back, for the outlet to be read in its place.
     */
    private void outletTakenForPerson(String text, int at, MentionSet set) {
        Mention there = set.startingAt(at);
        if (there != null && there.entity().type() == EntityType.PERSON && index.lookup(there.surface()) == null
                && there.surface().indexOf(' ') > 0) {
            set.remove(there);
        }
    }

    /** The outlet named at {@code at}, if any, recorded as a source; where its name ends, or -1. */
    private int cite(String text, int at, MentionSet set, List<Entity> sources, List<Mention> added) {
        Mention known = set.startingAt(at);
        Entity source = null;
        int sourceEnd = -1;
        if (known != null) {
            source = known.entity().type() == EntityType.ORGANIZATION ? known.entity() : null;
        } else {
            Matcher domain = DOMAIN.matcher(text).region(at, Math.min(text.length(), at + 80));
            int end = -1;
            boolean word = false;
            if (domain.lookingAt()) {
                end = domain.end();
            } else {
                int lineEnd = text.indexOf('\n', at);
                List<Token> toks = Token.of(text, at, Math.min(lineEnd < 0 ? text.length() : lineEnd, at + 60));
                int k = 0;
                while (k < toks.size() && k < 3 && toks.get(k).capitalised() && set.covering(toks.get(k).begin()) == null
                        && !names.isCalendarWord(toks.get(k).text()) // "dikutip Senin (12/3)" cites no outlet
                        && (k == 0 ? toks.get(k).begin() == at : text.substring(toks.get(k - 1).end(), toks.get(k).begin()).equals(" "))) {
                    k++;
                }
                end = k > 0 && toks.get(k - 1).end() - at >= 2 ? toks.get(k - 1).end() : -1;
                Mention country = end > 0 && k < toks.size() && text.startsWith(" ", end) ? set.startingAt(toks.get(k).begin()) : null;
                if (country != null && (country.entity().type() == EntityType.COUNTRY || country.entity().type() == EntityType.PLACE)
                        && !text.startsWith(" ", country.end())) {
                    end = country.end(); // "dilansir Badminton Indonesia, …": the country closes the outlet's name
                } else {
                    word = k == 1 && names.isCommonLocalWord(toks.get(0).text());
                }
            }
            if (end > at) {
                sourceEnd = end;
                source = outlets.organisation(text.substring(at, end));
                if (word && source != null && index.lookup(source.name()) == null) {
                    source = null; // "dikutip dari Bekas kandidat …", "Media Inggris memberitakan": a word, no outlet known by it
                }
                if (source != null && source.type() == EntityType.ORGANIZATION) {
                    Mention m = set.addKnown(text, at, end, source);
                    if (m != null) {
                        added.add(m);
                    }
                } else {
                    source = null;
                }
            }
        }
        if (source != null && !sources.contains(source)) {
            sources.add(source);
        }
        return source == null ? -1 : known != null ? known.end() : sourceEnd;
    }
}
