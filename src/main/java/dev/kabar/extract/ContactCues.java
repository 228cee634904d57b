package dev.kabar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact lexicon of a language ({@code contact-cues.txt}, {@code contact-not.txt}): the cue phrases and the
 * kind each signals, which cues are conversations (call or talks by context), take their topic as object
 * ("membahas"), or make their subject the host ("menerima kunjungan"), and the sports words that turn a
 * meeting cue into a fixture.
 */
final class ContactCues {
    private static final String CONVERSATION = "conversation";
    /** How a contact went, said between a cue's words: "berbicara secara langsung dengan", "berkomunikasi intensif dengan". */
    private static final String MANNER = "(?:secara\\s+(?:langsung|pribadi|tertutup|terbuka|resmi|virtual|daring)|langsung|intensif)";
    // run for every cue found: compiled once (String.replaceAll and matches compile on each call)
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)|\\s+" + MANNER + "(?=\\s)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BY_PHONE = Pattern.compile("(?s).*\\(.*(telepon|telpon|video).*\\).*");
    private static final Pattern PHONE_AFTER = Pattern.compile(
            "(?iu)\\s*,?\\s*(?:melalui|lewat|via|per)\\s+(?:sambungan\\s+)?(?:telepon|telpon|panggilan\\s+(?:telepon|video)|video\\s*call)\\b");
    private static final Pattern SLASH = Pattern.compile("\\s?/\\s?");
    private static final Pattern PARTNER_WORD_LAST = Pattern.compile("(?s).*\\b(?:dengan|bersama|antara|sama)$");

    private final PhraseAlternation cues;
    private final Map<String, ContactKind> kindOfCue = new HashMap<>();
    private final Set<String> conversations = new HashSet<>();
    private final Set<String> topicObject = new HashSet<>();
    private final Set<String> hosting = new HashSet<>();
    private final Set<String> personOnly = new HashSet<>();
    private final Set<String> together = new HashSet<>();
    private final Pattern fixtureWords;
    private final Pattern sportWords;

    ContactCues(Lexicon lexicon) {
        List<String> phrases = new ArrayList<>();
        for (String[] row : lexicon.table("contact-cues.txt", 2)) {
            String phrase = normal(row[1]);
            Set<String> flags = row.length > 2 ? Set.of(row[2].split("\\s*,\\s*")) : Set.of();
            if (flags.contains("topic")) {
                topicObject.add(phrase);
            }
            if (flags.contains("host")) {
                hosting.add(phrase);
            }
            if (flags.contains("together")) {
                together.add(phrase);
            }
            if (flags.contains("person")) {
                personOnly.add(phrase);
            }
            if (CONVERSATION.equals(row[0])) {
                conversations.add(phrase);
            } else {
                kindOfCue.putIfAbsent(phrase, ContactKind.fromLabel(row[0]));
            }
            phrases.add(phrase);
        }
        Map<String, List<String>> notContact = lexicon.sections("contact-not.txt");
        fixtureWords = wordPattern(notContact.getOrDefault("paragraph", List.of()));
        sportWords = wordPattern(notContact.getOrDefault("sentence", List.of()));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        // whole words, longest first; an aside in brackets or a manner may sit between the words: "berbincang (via telepon)
        // dengan", "berbicara secara langsung dengan"
        cues = new PhraseAlternation(phrases, p -> Pattern.quote(p).replace(" ", "\\E\\s+(?:\\([^()]{1,40}\\)\\s+|" + MANNER + "\\s+)?\\Q"),
                PhraseAlternation.WORD_START, "(?![\\p{L}\\d])");
    }

    private static final Pattern SENTENCE_OPENING = Pattern.compile("[\\s\"“'(]*|.{0,60}(?:--|—|–|\\s-)\\s*");
    private static final Pattern NAME_GOES_ON = Pattern.compile(" \\p{Lu}\\p{Ll}");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{3,}(?!\\p{L})");

    /** The cues in a sentence, in text order; the phrase of each is the cue as written. */
    List<PhraseAlternation.Found> find(String text, Sentence s) {
        List<PhraseAlternation.Found> found = new java.util.ArrayList<>(cues.find(text, s.begin(), s.end()));
        // "Bali Guitar Club, Dialog Dini Hari, …", "dalam Pertemuan Diaspora Indonesia": capitalised inside the
        // sentence and followed by a capitalised word, the cue is part of a name
        // (in a headline whose words are all capitalised, "Jokowi Bertemu Albanese", it is a cue)
        found.removeIf(f -> Character.isUpperCase(text.charAt(f.begin()))
                && !SENTENCE_OPENING.matcher(text).region(s.begin(), f.begin()).matches()
                && LOWER_CASE_WORD.matcher(text).region(s.begin(), f.begin()).find()
                && NAME_GOES_ON.matcher(text).region(f.end(), s.end()).lookingAt());
        return found;
    }

    /** The cue as the lexicon writes it: lower case, single spaces, asides in brackets left out. */
    static String normal(String cue) {
        return SPACES.matcher(ASIDE.matcher(cue.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
    }

    /** "bertemu dengan", "berunding bersama": the cue itself ends with the word that introduces its partners. */
    static boolean endsWithPartnerWord(String lowerCue) {
        return PARTNER_WORD_LAST.matcher(lowerCue).matches();
    }

    /** "berbincang (via telepon) dengan": an aside that says how they talked. */
    static boolean byPhone(String cue) {
        return BY_PHONE.matcher(cue.toLowerCase(Locale.ROOT)).matches();
    }

    /** "berbicara dengan X melalui telepon": how they talked, said right after the partners. */
    static boolean byPhoneAfter(String text, List<Mention> partners, int sentenceEnd) {
        return !partners.isEmpty() && PHONE_AFTER.matcher(text).region(partners.get(partners.size() - 1).end(), sentenceEnd).lookingAt();
    }

    /** The kind the cue signals, or null for a conversation (decided by context). */
    ContactKind kindOf(String phrase) {
        return kindOfCue.get(phrase);
    }

    boolean isConversation(String phrase) {
        return conversations.contains(phrase);
    }

    /** "membahas pencalonan X": the object is the topic, partners come only after "dengan". */
    boolean takesTopic(String phrase) {
        return topicObject.contains(phrase);
    }

    /** "menerima Presiden X", never "menerima laporan": the partner must be a person named right after the cue. */
    boolean personOnly(String phrase) {
        return personOnly.contains(phrase);
    }

    /** "mempertemukan A dan B": the cue's subject brings its objects together; they meet each other. */
    boolean bringsTogether(String phrase) {
        return together.contains(phrase);
    }

    /** "X menerima kunjungan Y": the subject received, the partner took the initiative. */
    boolean hosts(String phrase) {
        return hosting.contains(phrase);
    }

    /**
     * Whether a meeting cue in this sentence is a sports fixture: strong words in the paragraph, weaker in the sentence,
     * or players named as doubles pairs ("Marcus / Kevin dan Boe / Mogensen").
     */
    boolean isFixture(AnnotatedText at, Sentence s) {
        String text = at.text();
        if (doublesPair(at, s)) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', s.begin()) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        if (fixtureWords.matcher(text).region(lineStart, lineEnd < 0 ? text.length() : lineEnd).find()) {
            return true;
        }
        Matcher sport = sportWords.matcher(text).region(s.begin(), s.end());
        while (sport.find()) {
            // a capitalised sport word inside a sentence is part of a name ("Jalan Kemenangan", "Liga Pekerja")
            if (sport.start() == s.begin() || Character.isLowerCase(text.charAt(sport.start()))) {
                return true;
            }
        }
        return false;
    }

    /** Two people joined by a slash: a doubles pair in sport; people who meet are joined by "dan". */
    private static boolean doublesPair(AnnotatedText at, Sentence s) {
        List<Mention> actors = at.actorsIn(s.begin(), s.end());
        for (int i = 0; i + 1 < actors.size(); i++) {
            Mention a = actors.get(i);
            Mention b = actors.get(i + 1);
            if (a.entity().type() == EntityType.PERSON && b.entity().type() == EntityType.PERSON
                    && SLASH.matcher(at.text()).region(a.end(), b.begin()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern wordPattern(List<String> words) {
        return Pattern.compile("(?iu)\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b");
    }
}
