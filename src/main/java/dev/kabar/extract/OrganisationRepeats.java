package dev.kabar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Later uses of an organisation name that a cue introduced once: "startup lokal Kudo … Kudo tumbuh pesat",
 * "KAS Eupen … pembicaraan dengan Eupen". The cue (a kind noun, a head word, a club prefix) comes with the first
 * use only; every later use of the same name, or of a club's name without its prefix, is the same body. Names the
 * knowledge base knows are found everywhere already; only their prefix-less form is added.
 */
final class OrganisationRepeats {
    private final NameLexicon names;
    private final EntityIndex index;

    OrganisationRepeats(NameLexicon names, EntityIndex index) {
        this.names = names;
        this.index = index;
    }

    List<Mention> add(String text, List<Mention> mentions, TextTokens tokens) {
        Set<String> personWords = new HashSet<>();
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.PERSON) {
                personWords.addAll(List.of(m.entity().name().split(" ")));
            }
        }
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().type() != EntityType.ORGANIZATION) {
                continue;
            }
            String name = WhiteSpace.fold(m.surface());
            String[] words = name.split(" ");
            if (personWords.contains(words[0]) || names.isGivenName(words[0]) || names.isHonorific(words[0])
                    || names.isTitleWord(words[0])) {
                continue; // "Liu" of "Liu Xiaobo", "Gus Ipul", "CEO": a body misread from a person or a role
            }
            if (index.lookup(m.entity().name()) == null) {
                addForm(byFirstWord, words, m.entity());
            }
            if (words.length == 2 && names.isOrgPrefix(words[0]) && Character.isUpperCase(words[1].charAt(0))
                    && !names.isCommonWord(words[1]) && index.lookup(words[1]) == null) {
                addForm(byFirstWord, new String[] {words[1]}, m.entity()); // "Eupen" for "KAS Eupen"
            }
        }
        if (byFirstWord.isEmpty()) {
            return mentions;
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> f.words().length).reversed()));
        MentionSet set = new MentionSet(mentions);
        List<Token> toks = tokens.all();
        for (int i = 0; i < toks.size(); i++) {
            List<Form> forms = byFirstWord.get(toks.get(i).text());
            if (forms == null || set.covering(toks.get(i).begin()) != null) {
                continue;
            }
            for (Form f : forms) {
                int to = i + f.words().length;
                if (matches(text, toks, i, f) && !longerName(text, toks, i, to) && !ordinaryOpening(text, toks, i, to)) {
                    set.addKnown(text, toks.get(i).begin(), toks.get(to - 1).end(), f.entity());
                    i = to - 1;
                    break;
                }
            }
        }
        return set.sorted();
    }

    private static void addForm(Map<String, List<Form>> byFirstWord, String[] words, Entity entity) {
        List<Form> forms = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        if (forms.stream().noneMatch(f -> String.join(" ", f.words()).equals(String.join(" ", words)))) {
            forms.add(new Form(words, entity));
        }
    }

    private static boolean matches(String text, List<Token> toks, int i, Form f) {
        if (i + f.words().length > toks.size()) {
            return false;
        }
        for (int k = 0; k < f.words().length; k++) {
            if (!toks.get(i + k).text().equals(f.words()[k]) || (k > 0 && !NameShapes.joined(text, toks, i + k - 1, i + k))) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words joined on either side make a longer name ("Kudo Indonesia", "Bank Kudo"). */
    private boolean longerName(String text, List<Token> toks, int from, int to) {
        return (to < toks.size() && toks.get(to).capitalised() && NameShapes.joined(text, toks, to - 1, to))
                || (from > 0 && toks.get(from - 1).capitalised() && NameShapes.joined(text, toks, from - 1, from)
                        && !NameShapes.sentenceInitial(text, toks.get(from - 1).begin()) && !names.isTitleWord(toks.get(from - 1).text()));
    }

    /** A one-word name that is also an ordinary word says nothing where every word is capitalised. */
    private boolean ordinaryOpening(String text, List<Token> toks, int from, int to) {
        return to - from == 1 && names.isCommonWord(toks.get(from).text()) && NameShapes.sentenceInitial(text, toks.get(from).begin());
    }

    private record Form(String[] words, Entity entity) {
    }
}
