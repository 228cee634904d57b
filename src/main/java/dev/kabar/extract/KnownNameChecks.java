package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Knowledge-base matches weighed against their context before and after names are discovered: a known name that
 * is an ordinary word where it stands, a known person's short name that opens someone else's name, and the roles
 * of people whose names grew while they were read.
 */
final class KnownNameChecks {
    private static final Pattern DATE_AFTER = Pattern.compile(" \\(\\d");
    private static final Pattern LOWER_CASE_AFTER = Pattern.compile(" \\p{Ll}");

    private final NameLexicon names;

    KnownNameChecks(NameLexicon names) {
        this.names = names;
    }

    /**
     * A role stays with the person it was read for, who may since have grown a longer name ("Presiden Nice, Jean -
     * Pierre Rivere": the role was read for "Jean"); a role of someone no longer found is dropped.
     */
    static List<StatedRole> rolesOfFoundPeople(List<StatedRole> roles, List<Mention> found) {
        Set<Entity> entities = new HashSet<>();
        found.forEach(m -> entities.add(m.entity()));
        List<StatedRole> out = new ArrayList<>();
        for (StatedRole r : roles) {
            Entity holder = r.entity();
            if (!entities.contains(holder)) {
                // "Jean" in "Jean - Pierre Rivere", "Catherine Zeta" in "Catherine Zeta-Jones", "Ketut Rudia" in
                // "I Ketut Rudia"
                String part = r.entity().name().replace(" - ", "-");
                holder = found.stream().map(Mention::entity).filter(e -> e.type() == EntityType.PERSON)
                        .filter(e -> {
                            String whole = e.name().replace(" - ", "-");
                            return whole.startsWith(part + " ") || whole.startsWith(part + "-") || whole.endsWith(" " + part);
                        })
                        .findFirst().orElse(null);
            }
            if (holder != null) {
                out.add(holder == r.entity() ? r : new StatedRole(holder, r.role()));
            }
        }
        return out.stream().distinct().toList();
    }

    /**
     * "Suara kucing …", "Suara-suara tembakan": a known name that is also an ordinary word ("Suara" the outlet) is
     * that word when a sentence opens with it and lower case goes on, or when it is doubled as a plural; unless the
     * article names the entity somewhere else too.
     */
    void ordinaryWordsTakenForNames(String text, List<Sentence> sentences, MentionSet set) {
        List<Mention> ordinary = new ArrayList<>();
        List<Mention> all = set.sorted();
        for (Sentence s : sentences) {
            int first = NameShapes.skipSpaces(text, s.begin());
            Mention m = set.startingAt(first);
            if (m != null && ordinaryWord(m) && LOWER_CASE_AFTER.matcher(text).region(m.end(), s.end()).lookingAt()) {
                ordinary.add(m);
            }
        }
        for (Mention m : all) {
            if (ordinaryWord(m) && text.regionMatches(true, m.end(), "-" + m.surface(), 0, m.surface().length() + 1)) {
                ordinary.add(m);
            }
        }
        for (Mention m : ordinary) {
            boolean elsewhere = all.stream().anyMatch(o -> o.entity().equals(m.entity()) && !ordinary.contains(o));
            if (!elsewhere) {
                set.remove(m);
            }
        }
    }

    /**
     * "Jean-Pierre Lacroix" is not the "Jean-Pierre" the knowledge base knows as someone's short name: a one-word
     * short name of a known person, with an unknown name word right after it, opens another person's name, which
     * the rules that follow then find.
     */
    void givenNamesOfOthers(String text, List<Sentence> sentences, MentionSet set, TextTokens words) {
        int si = 0;
        for (Mention m : set.sorted()) {
            // one word, perhaps hyphenated as tokenised text writes it ("Jean - Pierre")
            if (m.entity().type() != EntityType.PERSON || m.surface().replace(" - ", "-").indexOf(' ') >= 0 || m.surface().equals(m.entity().name())
                    || Gazetteer.isAcronym(m.surface()) || !text.startsWith(" ", m.end())) {
                continue; // "JK Rowling": an acronym before a name is left to the rules for initials
            }
            while (si < sentences.size() && sentences.get(si).end() <= m.begin()) {
                si++;
            }
            Sentence s = si < sentences.size() ? sentences.get(si) : null;
            if (s == null || !s.contains(m.begin())) {
                continue;
            }
            List<Token> toks = words.in(s.begin(), s.end());
            int at = NameShapes.indexAfter(toks, m.begin());
            if (NameShapes.isHeadline(text, s, toks) || (at > 0 && at < toks.size() && toks.get(at - 1).capitalised()
                    && NameShapes.joined(text, toks, at - 1, at) && set.covering(toks.get(at - 1).begin()) == null
                    && names.titleAt(toks, at - 1) == 0)) {
                continue; // "Ahok Beberkan …" in a headline; "Raden Prabowo Argo Yuwono": the name began before it
            }
            List<Token> next = Token.of(text, m.end() + 1, Math.min(text.length(), m.end() + 40));
            if (next.isEmpty() || next.get(0).begin() != m.end() + 1) {
                continue;
            }
            Token word = next.get(0);
            if (word.capitalised() && !word.acronym() && word.text().length() > 2 && set.covering(word.begin()) == null
                    && !names.isCommonWord(word.text()) && !names.isCalendarWord(word.text()) && names.titleAt(next, 0) == 0
                    && names.orgHeadAt(next, 0) == 0 && names.orgTailAt(next, 0) == 0 && !DATE_AFTER.matcher(text).region(word.end(),
                    Math.min(text.length(), word.end() + 4)).lookingAt() && !restOfFullName(m.entity().name(), next)) {
                set.remove(m);
            }
        }
    }

    /** "Djarot Saeful Hidayat", "Hasto Kristyanto": the known person's full name, spelt a little differently. */
    private static boolean restOfFullName(String fullName, List<Token> after) {
        String[] full = fullName.split(" ");
        for (int k = 0; k < Math.min(3, after.size()); k++) {
            for (int f = 1; f < full.length; f++) {
                String w = after.get(k).text();
                if (w.equals(full[f]) || (w.length() >= 4 && SpellingVariants.oneEditApart(w, full[f]))
                        || (w.length() >= 6 && w.length() == full[f].length() && twoApart(w, full[f]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same length, at most two letters differ ("Saeful", "Saiful" is one; "Syaiful" is an insertion). */
    private static boolean twoApart(String a, String b) {
        int diff = 0;
        for (int i = 0; i < a.length() && diff <= 2; i++) {
            diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return diff <= 2;
    }

    private boolean ordinaryWord(Mention m) {
        return m.surface().indexOf(' ') < 0 && !Gazetteer.isAcronym(m.surface()) && names.isCommonWord(m.surface());
    }
}
