package dev.kabar.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** The words that announce names: person titles and roles, organisation head words, name particles. */
public final class NameLexicon {
    private static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "de", "der", "da", "dos", "al", "el",
            "ibn", "abu", "del", "della");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "ul", "ud");
    /** Lower-case words that may sit inside a role or an organisation name: "Menteri Koordinator bidang Politik". */
    private static final Set<String> CONNECTORS = Set.of("untuk", "dan", "bagi", "urusan", "bidang", "atas", "&");

    /** What may follow a rank before the name: the police, the armed forces or a branch of them. */
    private static final List<String> RANK_CORPS = List.of("Pol", "Pol.", "Polisi", "TNI", "(Pol)", "(Pol.)", "Mar", "(Mar)");
    private final Set<String> titles = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> ranks = new HashSet<>();
    private final Set<String> occupations = new HashSet<>();
    private final Set<String> jurisdictionTitles = new HashSet<>();
    private final int longestTitle;
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> acronymHeads = new HashSet<>();
    private static final Set<String> NUMBERED_HEADS = Set.of("SD", "SMP", "SMA", "SMK", "SDN", "SMPN", "SMAN", "SMKN", "MTs", "MAN", "MIN");
    private final Set<String> unitHeads = new HashSet<>();
    private final Set<String> descriptorHeads = new HashSet<>();
    private final Set<String> genericOrgPhrases = new HashSet<>();
    private final Set<String> genericOrgNames = new HashSet<>();
    private final Set<String> namedAfterPeople = new HashSet<>();
    private final Set<String> personAfter = new HashSet<>();
    private final Set<String> calendarWords = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> familyFirst = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> commonLocalWords = new HashSet<>();
    private final Set<String> orgTails = new HashSet<>();
    private final Set<String> orgPrefixes = new HashSet<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> placeTails = new HashSet<>();
    private final Set<String> thingHeads = new HashSet<>();
    private final Set<String> englishWords = new HashSet<>();
    private final Set<String> surnameWords = new HashSet<>();
    // first words of the multi-word phrases: most token positions start none, which one lookup tells
    private final Set<String> titleStarts;
    private final Set<String> titlePrefixes;
    private final Set<String> orgHeadStarts;
    private final Set<String> descriptorHeadStarts;
    private final Set<String> orgTailStarts;

    public NameLexicon(Lexicon lexicon) {
        int longest = 1;
        for (String t : lexicon.entries("person-titles.txt")) {
            String norm = norm(t);
            titles.add(norm);
            longest = Math.max(longest, norm.split(" ").length);
        }
        Map<String, List<String>> titleSections = lexicon.sections("person-titles.txt");
        for (String h : titleSections.getOrDefault("honorifics", List.of())) {
            honorifics.add(norm(h));
        }
        for (String r : titleSections.getOrDefault("ranks", List.of())) {
            ranks.add(norm(r));
            // "Brigadir Jenderal Pol Rikwanto", "Mayjen TNI X": the corps a rank is held in is part of the title
            for (String corps : RANK_CORPS) {
                String ranked = norm(r + " " + corps);
                ranks.add(ranked);
                titles.add(ranked);
                longest = Math.max(longest, ranked.split(" ").length);
            }
        }
        titleSections.getOrDefault("occupations", List.of()).forEach(o -> occupations.add(norm(o)));
        for (String j : titleSections.getOrDefault("jurisdiction", List.of())) {
            jurisdictionTitles.add(norm(j));
        }
        longestTitle = longest;
        Set<String> describedOnly = Set.copyOf(lexicon.sections("org-heads.txt").getOrDefault("described-only", List.of()));
        for (String h : lexicon.entries("org-heads.txt")) {
            if (describedOnly.contains(h)) {
                continue;
            }
            // acronyms ("SDN", "RS", "PT") match only as written: "Sdn Bhd" is no state school
            if (h.length() > 1 && h.equals(h.toUpperCase(Locale.ROOT))) {
                acronymHeads.add(h);
            } else {
                orgHeads.add(norm(h));
            }
        }
        lexicon.sections("org-heads.txt").getOrDefault("unit", List.of()).forEach(u -> unitHeads.add(norm(u)));
        lexicon.sections("org-heads.txt").getOrDefault("descriptor", List.of()).forEach(u -> descriptorHeads.add(norm(u)));
        lexicon.sections("org-heads.txt").getOrDefault("generic", List.of()).forEach(g -> genericOrgPhrases.add(norm(g)));
        lexicon.sections("org-heads.txt").getOrDefault("generic-alone", List.of()).forEach(g -> genericOrgNames.add(norm(g)));
        lexicon.sections("org-heads.txt").getOrDefault("named-after-people", List.of()).forEach(g -> namedAfterPeople.add(norm(g)));
        lexicon.sections("org-heads.txt").getOrDefault("person-after", List.of()).forEach(g -> personAfter.add(norm(g)));
        CalendarNames calendar = new CalendarNames(lexicon);
        calendar.months().keySet().forEach(m -> calendarWords.add(norm(m)));
        calendar.days().keySet().forEach(d -> calendarWords.add(norm(d)));
        if (lexicon.has("given-names.txt")) {
            Map<String, List<String>> sections = lexicon.sections("given-names.txt");
            sections.getOrDefault("given", List.of()).forEach(n -> givenNames.add(n.strip()));
            sections.getOrDefault("family-first", List.of()).forEach(n -> familyFirst.add(n.strip()));
            sections.getOrDefault("surname-word", List.of()).forEach(n -> surnameWords.add(n.strip()));
        }
        Map<String, List<String>> tails = lexicon.sections("org-tails.txt");
        orgTails.addAll(tails.getOrDefault("", List.of()));
        orgPrefixes.addAll(tails.getOrDefault("prefix", List.of()));
        Map<String, List<String>> places = lexicon.sections("place-heads.txt");
        places.getOrDefault("head", List.of()).forEach(h -> placeHeads.add(norm(h)));
        places.getOrDefault("tail", List.of()).forEach(t -> placeTails.add(norm(t)));
        places.getOrDefault("thing", List.of()).forEach(t -> thingHeads.add(norm(t)));
        if (lexicon.has("english-words.txt")) {
            lexicon.entries("english-words.txt").forEach(w -> englishWords.add(norm(w)));
        }
        if (lexicon.has("common-words.txt")) {
            lexicon.entries("common-words.txt").forEach(w -> commonWords.add(norm(w)));
            lexicon.sections("common-words.txt").getOrDefault(lexicon.language(), List.of())
                    .forEach(w -> commonLocalWords.add(norm(w)));
        }
        titleStarts = firstWords(titles);
        titlePrefixes = wordPrefixes(titles);
        orgHeadStarts = firstWords(orgHeads);
        descriptorHeadStarts = firstWords(descriptorHeads);
        orgTailStarts = firstWords(orgTails);
    }

    /** Every phrase's first word, first two words and so on: what a longer match must grow through. */
    private static Set<String> wordPrefixes(Set<String> phrases) {
        Set<String> prefixes = new HashSet<>();
        for (String p : phrases) {
            for (int space = p.indexOf(' '); space >= 0; space = p.indexOf(' ', space + 1)) {
                prefixes.add(p.substring(0, space));
            }
        }
        return Set.copyOf(prefixes);
    }

    /**
     * What a phrase of tokens must start with to be one of {@code phrases}: a token holds no space, so the
     * joined tokens start with the first token up to the first space.
     */
    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> firsts = new HashSet<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            firsts.add(space < 0 ? p : p.substring(0, space));
        }
        return Set.copyOf(firsts);
    }

    /** A given name as written ("Tontowi", "Taylor"): a capitalised run starting with one is a person. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** An East Asian family name written first ("Zheng", "Song"). */
    public boolean isFamilyFirst(String word) {
        return familyFirst.contains(word);
    }

    /** A word a person's name can open with: a known given name or an East Asian family name ("Zheng Siwei"). */
    public boolean opensName(String word) {
        return isGivenName(word) || isFamilyFirst(word);
    }

    /** Tokens an organisation tail ("Sdn Bhd", "FC", "Group") starting at {@code i} spans, or 0. */
    public int orgTailAt(List<Token> tokens, int i) {
        if (!orgTailStarts.contains(tokens.get(i).text())) {
            return 0;
        }
        for (int n = Math.min(2, tokens.size() - i); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                sb.append(k > i ? " " : "").append(tokens.get(k).text());
            }
            if (orgTails.contains(sb.toString())) {
                return n;
            }
        }
        return 0;
    }

    /** "FC", "SC" before a club's name. */
    public boolean isOrgPrefix(String word) {
        return orgPrefixes.contains(word);
    }

    /** A common English word, as names of things quote them ("Visiting Professor", "Grilled Salmon"). */
    public boolean isEnglishWord(String word) {
        return englishWords.contains(norm(word));
    }

    /** A word that introduces a work, a product, a vehicle or an index ("film", "Kereta Api", "indeks"). */
    public boolean isThingHead(String word) {
        return thingHeads.contains(norm(word));
    }

    /** "Bandara", "Stadion", "Jalan": the capitalised words after it name a place. */
    public boolean isPlaceHead(String word) {
        return placeHeads.contains(norm(word));
    }

    /** "Amphitheater", "Stadium", "Park": a capitalised run ending with it names a place. */
    public boolean isPlaceTail(String word) {
        return placeTails.contains(norm(word));
    }

    /** An ordinary word of the article's language only (English words in brand names do not count). */
    public boolean isCommonLocalWord(String word) {
        return commonLocalWords.contains(norm(word));
    }

    /** An English word that is also a common surname, as written: "Young", "King". */
    public boolean isSurnameWord(String word) {
        return surnameWords.contains(word);
    }

    /** An ordinary word of the language (or of English as news uses it): not the stuff of names. */
    public boolean isCommonWord(String word) {
        return commonWords.contains(norm(word));
    }

    /** Tokens a title starting at {@code i} spans (longest match; "strikernya" counts as "striker"), or 0. */
    public int titleAt(List<Token> tokens, int i) {
        // a token's lower case is its normal form: it holds no space and never ends in a period or a colon
        String first = tokens.get(i).lower();
        // a title of several words starts with the first token; one of one word may also be "strikernya"
        if (!titleStarts.contains(first) && !(first.endsWith("nya") && titles.contains(first.substring(0, first.length() - 3)))) {
            return 0;
        }
        // grow the phrase a word at a time while it still starts some title; keep the longest that is one
        int longest = 0;
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= Math.min(longestTitle, tokens.size() - i); n++) {
            if (n > 1) {
                sb.append(' ');
            }
            String phrase = sb.append(tokens.get(i + n - 1).lower()).toString();
            if (titles.contains(phrase) || (phrase.endsWith("nya") && titles.contains(phrase.substring(0, phrase.length() - 3)))) {
                longest = n;
            }
            if (!titlePrefixes.contains(phrase)) {
                break;
            }
        }
        return longest;
    }

    /** "Gubernur", "Bupati", "Raja": an office over a place, named right after the title. */
    public boolean isJurisdictionTitle(String title) {
        return jurisdictionTitles.contains(norm(title));
    }

    /** A title that names an occupation ("Pengusaha", "Dokter"): after a body's head word, part of its name. */
    public boolean isOccupation(String title) {
        return occupations.contains(norm(title));
    }

    /** A military or police rank ("Kombes", "Letnan Jenderal"): the words after one are all the name. */
    public boolean isRank(String title) {
        return ranks.contains(norm(title));
    }

    /** "Dr", "Prof.", "Dato": part of how a name is written, not a role. */
    public boolean isHonorific(String word) {
        return honorifics.contains(norm(word));
    }

    /** Tokens an organisation head word starting at {@code i} spans ("Kantor Berita" is two), or 0. */
    public int orgHeadAt(List<Token> tokens, int i) {
        if (!orgHeadStarts.contains(tokens.get(i).lower())) {
            return acronymHeads.contains(tokens.get(i).text()) ? 1 : 0;
        }
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            if (orgHeads.contains(join(tokens, i, n)) || (n == 1 && acronymHeads.contains(tokens.get(i).text()))) {
                return n;
            }
        }
        return 0;
    }

    /** "Partai Politik", "Badan Hukum": a kind of body, capitalised, that names none ("Badan Hukum Lain"). */
    public boolean isGenericOrgPhrase(String name) {
        String n = norm(name);
        return genericOrgNames.contains(n) || genericOrgPhrases.stream().anyMatch(g -> n.equals(g) || n.startsWith(g + " "));
    }

    /** "Pondok Pesantren Miftahul Huda", "Yayasan Nurul Iman": heads whose names are often people's names. */
    public boolean isNamedAfterPeople(String head) {
        return namedAfterPeople.contains(norm(head));
    }

    /**
     * "Universitas", "Rumah Sakit" ([person-after]): a person named right after such a head is whom the body is named
     * after, part of its name. Unlike {@link #isNamedAfterPeople}, which only keeps a given name later in the name from
     * starting a person.
     */
    public boolean absorbsPersonAfter(String head) {
        return personAfter.contains(norm(head));
    }

    /** School heads whose names end in a number ("SDN Cibubur 01", "SMA Negeri 3"). */
    public boolean isNumberedHead(String word) {
        return NUMBERED_HEADS.contains(word);
    }

    /** "Kantor Berita", "Majalah": a head that describes the named body after it ("kantor berita … KCNA"). */
    public boolean isDescriptorHead(List<Token> tokens, int i) {
        if (!descriptorHeadStarts.contains(tokens.get(i).lower())) {
            return false;
        }
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            if (descriptorHeads.contains(join(tokens, i, n))) {
                return true;
            }
        }
        return false;
    }

    /** "Divisi", "Biro": a unit of a larger body, whose name includes that body's. */
    public boolean isUnitHead(String word) {
        return unitHeads.contains(norm(word));
    }

    public boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An Arabic article joined to a name by a hyphen ("al-Sarraj", "el-Sisi"): a word of the name though lower case. */
    public boolean isArticleJoinedName(String word) {
        int dash = word.indexOf('-');
        return dash >= 2 && dash <= 3 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1))
                && ARTICLES.contains(word.substring(0, dash));
    }

    public boolean isConnector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isCalendarWord(String word) {
        return calendarWords.contains(norm(word));
    }

    public boolean isTitleWord(String word) {
        return titles.contains(norm(word));
    }

    /** The normal form of {@code n} tokens from {@code i}: their lower cases, a space between. */
    private static String join(List<Token> tokens, int i, int n) {
        if (n == 1) {
            return tokens.get(i).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).lower());
        }
        return sb.toString();
    }

    /** Lower case, single spaces, no final period or colon (one, as "[.:]$" removed it): called for every token position. */
    private static String norm(String s) {
        String lower = WhiteSpace.fold(s).toLowerCase(Locale.ROOT);
        return lower.endsWith(".") || lower.endsWith(":") ? lower.substring(0, lower.length() - 1) : lower;
    }

}
