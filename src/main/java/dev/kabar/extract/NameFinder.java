package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people and organisations the knowledge base does not know, from their context: a title or role
 * before a name ("Menteri Luar Negeri Turki Hakan Fidan"), an organisation head word ("Kementerian
 * Kesehatan Sudan"), an attribution ("kata Budi Santoso"), an acronym defined in brackets. Also records the
 * role each person is given ("Wakil Menteri Luar Negeri Rusia"). Known names (gazetteer mentions) keep
 * their entities; a discovered organisation name that contains known names replaces them.
 */
public final class NameFinder {
    /**
     * What discovery adds: all mentions (known and new, without overlaps), the roles stated, and the country
     * mentions a national team's name holds ("Portugal" in "timnas Portugal"), which overlap the team's.
     */
    public record Result(List<Mention> mentions, List<StatedRole> roles, List<Mention> nested) {
    }

    private final PersonFinder people;
    private final RolesAfterNames rolesAfter;
    private final OrganisationFinder organisations;
    private final ListedNames listed;

    private static final Set<String> BALINESE = Set.of("Gusti", "Gede", "Gde", "Made", "Madé", "Wayan", "Nyoman", "Ketut",
            "Putu", "Komang", "Kadek", "Nengah", "Ngurah", "Luh", "Dewa", "Ayu", "Agung");
    private static final Pattern SPACED_HYPHEN_GIVEN = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+) - $");
    private static final Pattern SYLLABLE_AFTER = Pattern.compile(" ?- ?(\\p{Ll}{1,5})(?![\\p{L}\\d-])");
    private static final Pattern RETIRED = Pattern.compile("(?i)\\(?purn\\.?\\)\\s*");
    private static final Pattern VENUE_AFTER = Pattern.compile(" (?:Arena|Stadium)(?![\\p{L}\\d])");
    private static final Pattern SURNAME_PART_AFTER = Pattern.compile(" ?- ?(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\d-]| \\p{Lu}| -)");
    private static final Pattern SURNAME_AFTER = Pattern.compile(" (\\p{Lu}\\p{Ll}{2,})(?![\\p{L}-]| \\p{Lu})");
    private final EntityIndex index;
    private final NameLexicon names;
    private final Lineups lineups;
    private final UntitledNames untitled;
    private final MarkedOrganisations marked;
    private final DescribedOrganisations described;
    private final NationalTeams teams;
    private final KnownNameChecks knownNames;

    public NameFinder(Lexicon lexicon, NameLexicon names, EntityIndex index, SpeechLexicon speech) {
        this.index = index;
        this.names = names;
        this.lineups = new Lineups(index);
        NameShapes shapes = new NameShapes(names);
        this.people = new PersonFinder(names, index, shapes);
        this.rolesAfter = new RolesAfterNames(names, index, shapes);
        this.untitled = new UntitledNames(names, index, speech, shapes);
        this.organisations = new OrganisationFinder(names, index, shapes);
        this.marked = new MarkedOrganisations(names, index);
        this.listed = new ListedNames(names, shapes, index);
        this.described = new DescribedOrganisations(lexicon, names, index);
        this.teams = new NationalTeams(index);
        this.knownNames = new KnownNameChecks(names);
    }

    public Result find(String text, List<Sentence> sentences, List<Mention> known, TextTokens words) {
        MentionSet set = new MentionSet(known.stream().filter(m -> !namesVenue(text, m)).toList());
        knownNames.ordinaryWordsTakenForNames(text, sentences, set);
        knownNames.givenNamesOfOthers(text, sentences, set, words);
        List<StatedRole> roles = new ArrayList<>();
        List<Mention> nested = teams.find(text, set);
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> toks = words.in(s.begin(), s.end());
            tokens.add(toks);
            if (NameShapes.isHeadline(text, s, toks)) {
                continue; // in a headline every word is capitalised, so capitals say nothing about names
            }
            // the order matters: titled people first, then organisations, then names known by shape alone
            people.people(text, toks, set, roles);
            described.find(text, s, toks, set);
            organisations.organisations(text, toks, set);
            marked.spelledAcronyms(text, toks, set);
            rolesAfter.namesBeforeRoles(text, toks, set, roles);
            marked.tailedOrganisations(text, toks, set);
            untitled.nameShapedRuns(text, toks, set);
            untitled.speakers(text, toks, set);
            untitled.loneAppositions(text, toks, set);
            listed.find(text, s, set);
        }
        lineups.find(text, set);
        balineseOpeners(text, set);
        hyphenatedGivenNames(text, set);
        givenNamesOfBodies(text, set);
        hyphenatedSyllables(text, set);
        hyphenatedSurnames(text, set);
        retiredMarks(text, set);
        initialsBeforeSurname(text, set);
        set.addAcronymMentions(text);
        for (List<Token> toks : tokens) {
            // after the article's own acronyms are known: "Sekjen AP3I Budi" uses one defined earlier
            marked.acronymsBetweenTitleAndName(text, toks, set);
        }
        marked.affiliations(text, set);
        rolesAfter.appositions(text, set, roles);
        LowerCasePhrases.remove(text, set, known.stream().map(Mention::entity).collect(java.util.stream.Collectors.toSet()));
        List<Mention> found = set.sorted();
        return new Result(found, KnownNameChecks.rolesOfFoundPeople(roles, found), nested);
    }

    /** "Allianz Arena", "Emirates Stadium": a body's name before a stadium's tail names the stadium, a place. */
    private static boolean namesVenue(String text, Mention m) {
        return m.entity().type() == EntityType.ORGANIZATION && VENUE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * "I Gusti Putu Suryawirawan", "Ni Luh Putu": the "I" or "Ni" that opens a Balinese name belongs to it. Only
     * before the closed set of Balinese titles and birth-order names, so "Jilid I Taufiequrachman Ruki" stays apart.
     */
    private void balineseOpeners(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            int begin = m.begin();
            boolean opener = m.entity().type() == EntityType.PERSON && m.surface().indexOf(' ') > 0
                    && BALINESE.contains(m.surface().substring(0, m.surface().indexOf(' ')))
                    && (text.startsWith("I ", begin - 2) && (begin == 2 || !Character.isLetterOrDigit(text.charAt(begin - 3)))
                    || text.startsWith("Ni ", begin - 3) && (begin == 3 || !Character.isLetterOrDigit(text.charAt(begin - 4))));
            if (opener) {
                int from = text.startsWith("I ", begin - 2) ? begin - 2 : begin - 3;
                set.replacePerson(text, from, m, index);
            }
        }
    }

    /** "Karl - Heinz Rummenigge": a given name joined by a spaced hyphen to the person named right after it. */
    private void hyphenatedGivenNames(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            // only discovered names: "Jokowi - JK" is a ticket of two known people
            if (m.entity().type() != EntityType.PERSON || index.lookup(m.entity().name()) != null || m.surface().indexOf(' ') < 0) {
                continue;
            }
            Matcher before = SPACED_HYPHEN_GIVEN.matcher(text).region(Math.max(0, m.begin() - 20), m.begin());
            // a part used nowhere else ("Sudrajat - Achmad Syaikhu" names Sudrajat again elsewhere: a ticket of two)
            if (before.find() && names.isGivenName(before.group(1)) && index.lookup(before.group(1)) == null
                    && Pattern.compile("\\b" + Pattern.quote(before.group(1)) + "\\b").matcher(text).results().count() == 1) {
                Mention given = set.covering(before.start(1));
                if (given == null || given.entity().type() == EntityType.PERSON && given.surface().equals(before.group(1))
                        && index.lookup(given.surface()) == null) {
                    if (given != null) {
                        set.remove(given);
                    }
                    set.replacePerson(text, before.start(1), m, index);
                }
            }
        }
    }

    /**
     * "Sony Dwi Kuncoro": a one-word body the knowledge base knows that is also a given name, right before a person
     * found by shape, opens that person's name.
     */
    private void givenNamesOfBodies(String text, MentionSet set) {
        Mention previous = null;
        for (Mention m : set.sorted()) {
            if (previous != null && m.entity().type() == EntityType.PERSON && previous.entity().type() == EntityType.ORGANIZATION
                    && index.lookup(m.entity().name()) == null && previous.surface().indexOf(' ') < 0
                    && names.isGivenName(previous.surface()) && text.substring(previous.end(), m.begin()).equals(" ")) {
                set.remove(previous);
                if (set.replacePerson(text, previous.begin(), m, index) == null) {
                    set.addKnown(text, previous.begin(), previous.end(), previous.entity());
                }
            }
            previous = m;
        }
    }

    /** "Marsekal Madya (Purn) Daryatmo": the retired rank's bracketed mark is no part of the name after it. */
    private void retiredMarks(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            Matcher mark = RETIRED.matcher(m.surface());
            if (m.entity().type() == EntityType.PERSON && mark.lookingAt() && mark.end() < m.surface().length()) {
                set.remove(m);
                set.add(text, m.begin() + mark.end(), m.end(), EntityType.PERSON, index);
            }
        }
    }

    /**
     * "Sergej Milinkovic - Savic", "Antoine de Saint - Exupery", "Aboe Bakar Al - Habsyi": a discovered person's name
     * goes on over a spaced hyphen when one capitalised word follows that nothing else claims and no name goes on
     * after ("Prabowo - Sandiaga Uno" is a ticket of two; known names are never joined).
     */
    private void hyphenatedSurnames(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            if (m.entity().type() != EntityType.PERSON || index.lookup(m.entity().name()) != null || m.surface().indexOf(' ') < 0) {
                continue;
            }
            Matcher part = SURNAME_PART_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
            if (part.lookingAt() && set.covering(part.start(1)) == null && !names.isCommonWord(part.group(1))
                    && !names.isGivenName(part.group(1)) && index.lookup(part.group(1)) == null) {
                set.remove(m);
                set.add(text, m.begin(), part.end(1), EntityType.PERSON, index, m.surface() + "-" + part.group(1));
            }
        }
    }

    /**
     * "Kim Won - ho", "Shin Seung - chan": a Korean given name's second syllable after a spaced hyphen belongs to the
     * name (the news writes "Moon Jae - in" the same way).
     */
    private void hyphenatedSyllables(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            if (m.entity().type() != EntityType.PERSON || index.lookup(m.entity().name()) != null || m.surface().indexOf(' ') < 0) {
                continue;
            }
            Matcher syllable = SYLLABLE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12));
            String last = m.surface().substring(m.surface().lastIndexOf(' ') + 1);
            if (syllable.lookingAt() && last.length() <= 6 && set.covering(syllable.start(1)) == null) {
                set.remove(m);
                set.add(text, m.begin(), syllable.end(1), EntityType.PERSON, index,
                        m.surface() + "-" + syllable.group(1));
            }
        }
    }

    /** "JK Rowling", "JJ Abrams": two initials the knowledge base gives someone else, then a surname, are a name of its own. */
    private void initialsBeforeSurname(String text, MentionSet set) {
        for (Mention m : set.sorted()) {
            if (m.entity().type() != EntityType.PERSON || !m.surface().matches("\\p{Lu}{2}")) {
                continue;
            }
            Matcher surname = SURNAME_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
            if (surname.lookingAt() && set.covering(surname.start(1)) == null && !names.isCommonWord(surname.group(1))
                    && !names.isCalendarWord(surname.group(1)) && !m.entity().name().contains(surname.group(1))) {
                set.remove(m);
                set.add(text, m.begin(), surname.end(1), EntityType.PERSON, index);
            }
        }
    }
}
