package dev.kabar.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * A bare title ("Presiden menceritakan …", "Raja juga dijadwalkan bertemu …") refers to the person the article
 * last named with a role that begins with that title ("Presiden Joko Widodo", "Raja Arab Saudi Salman"). Only
 * a capitalised title that no name, country or organisation follows counts: "Menlu Belanda" is someone else.
 */
final class TitleReferences {
    /** "para Menlu", "mantan Presiden", "seorang Menteri": not the office holder the article named. */
    private static final Set<String> NOT_ONE_PERSON = Set.of("para", "sejumlah", "beberapa", "seorang", "mantan", "eks",
            "calon", "setiap", "tiap", "semua", "seluruh", "kedua", "banyak", "wakil");
    private final NameLexicon names;
    /** Each title's other forms, lower case: "menperin" ↔ "menteri perindustrian". */
    private final Map<String, Set<String>> otherForms = new HashMap<>();
    /** Each short title's full form, lower case: "menlu" → "menteri luar negeri". */
    private final Map<String, String> fullForms = new HashMap<>();

    TitleReferences(NameLexicon names, Lexicon lexicon) {
        this.names = names;
        for (String[] row : lexicon.table("title-abbreviations.txt", 2)) {
            String shortForm = row[0].toLowerCase(Locale.ROOT);
            String full = row[1].toLowerCase(Locale.ROOT);
            otherForms.computeIfAbsent(shortForm, k -> new HashSet<>()).add(full);
            otherForms.computeIfAbsent(full, k -> new HashSet<>()).add(shortForm);
            fullForms.putIfAbsent(shortForm, full);
        }
    }

    /** The full form of a short title ("Menlu" → "menteri luar negeri"), lower case; null for any other word. */
    String fullForm(String word) {
        return fullForms.get(word.toLowerCase(Locale.ROOT));
    }

    List<Mention> resolve(String text, List<Mention> mentions, List<StatedRole> roles, TextTokens words) {
        if (roles.isEmpty()) {
            return mentions;
        }
        // "kata Menperin": a title taken for a name by discovery is the office holder, not a person called so
        List<Mention> kept = mentions.stream().filter(m -> !(m.entity().type() == EntityType.PERSON && isTitle(m.surface()))).toList();
        MentionSet set = new MentionSet(kept);
        List<Token> toks = words.all();
        for (int i = 0; i < toks.size(); i++) {
            Token first = toks.get(i);
            if (first.text().equalsIgnoreCase("sang") && i + 1 < toks.size() && !toks.get(i + 1).capitalised()
                    && set.covering(toks.get(i + 1).begin()) == null && !NOT_ONE_PERSON.contains(toks.get(i + 1).lower())) {
                // "sang pelatih", "sang sutradara": the person the article introduced with that role
                Token role = toks.get(i + 1);
                Entity person = lastHolder(role.text(), first.begin(), set, roles);
                if (person != null) {
                    set.addKnown(text, first.begin(), role.end(), person);
                    i++;
                }
                continue;
            }
            int t = names.titleAt(toks, i);
            if (t == 0 || !first.capitalised() || names.isHonorific(first.text()) || set.covering(first.begin()) != null) {
                continue;
            }
            int end = toks.get(i + t - 1).end();
            i += t - 1;
            boolean bare = i + 1 >= toks.size() || !text.substring(end, toks.get(i + 1).begin()).isBlank()
                    || !toks.get(i + 1).capitalised();
            boolean afterName = first.begin() > 0 && set.covering(first.begin() - 2) != null
                    && text.substring(set.covering(first.begin() - 2).end(), first.begin()).isBlank();
            boolean general = i - t >= 0 && NOT_ONE_PERSON.contains(toks.get(i - t).text().toLowerCase(Locale.ROOT));
            Mention body = i + 1 >= toks.size() ? null : set.startingAt(toks.get(i + 1).begin());
            if (!bare && !afterName && !general && body != null && body.entity().type() == EntityType.ORGANIZATION
                    && text.substring(end, body.begin()).isBlank() && !nameFollows(text, body, set)
                    // the body keeps a mention elsewhere, so that reading its holder here does not lose it
                    && kept.stream().anyMatch(m -> m != body && m.entity().equals(body.entity()))) {
                // "Dekan Fakultas Hukum" after "Dekan Fakultas Hukum Universitas X Agus": the holder, not the body
                Entity holder = lastHolder(text.substring(first.begin(), end), first.begin(), set,
                        roles.stream().filter(r -> namesBody(r.role(), body)).toList());
                if (holder != null) {
                    set.remove(body);
                    set.addKnown(text, first.begin(), body.end(), holder);
                    i = indexAfter(toks, i, body.end());
                }
                continue;
            }
            if (!bare || afterName || general || body != null) {
                continue;
            }
            Entity person = lastHolder(text.substring(first.begin(), end), first.begin(), set, roles);
            if (person != null) {
                set.addKnown(text, first.begin(), end, person);
            }
        }
        return set.sorted();
    }

    private boolean isTitle(String surface) {
        List<Token> toks = Token.of(surface, 0, surface.length());
        return !toks.isEmpty() && names.titleAt(toks, 0) == toks.size() && !names.isHonorific(toks.get(0).text());
    }

    /**
     * The person mentioned last before {@code offset} whose stated role starts with the title or another form of it;
     * but a holder the article has named far more often is the one a bare title means ("Presiden Jokowi … disambut
     * Presiden Ashraf Ghani … Presiden juga akan bertemu …": the article follows Jokowi).
     */
    private Entity lastHolder(String title, int offset, MentionSet mentions, List<StatedRole> roles) {
        Set<String> prefixes = new HashSet<>(Set.of(title.toLowerCase(Locale.ROOT)));
        prefixes.addAll(otherForms.getOrDefault(title.toLowerCase(Locale.ROOT), Set.of()));
        Map<Entity, Integer> named = new HashMap<>();
        Set<Entity> holders = new HashSet<>();
        Entity last = null;
        // nearest first: the first holder found walking back is the last one mentioned
        for (Mention m : mentions.before(offset)) {
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            named.merge(m.entity(), 1, Integer::sum);
            if (!holders.contains(m.entity()) && roles.stream().anyMatch(r -> r.entity().equals(m.entity())
                    && prefixes.stream().anyMatch(p -> (r.role().toLowerCase(Locale.ROOT) + " ").startsWith(p + " ")))) {
                holders.add(m.entity());
                if (last == null) {
                    last = m.entity();
                }
            }
        }
        if (last == null) {
            return null;
        }
        int lastCount = named.get(last);
        Entity salient = last;
        for (Map.Entry<Entity, Integer> e : named.entrySet()) {
            if (holders.contains(e.getKey()) && e.getValue() >= 3 && e.getValue() >= 3 * lastCount && e.getValue() > named.get(salient)) {
                salient = e.getKey();
            }
        }
        return salient;
    }

    /** Whether a stated role names the body ("Dekan Fakultas Hukum Universitas X" names "Fakultas Hukum"). */
    private static boolean namesBody(String role, Mention body) {
        String lower = role.toLowerCase(Locale.ROOT);
        return lower.contains(body.surface().toLowerCase(Locale.ROOT)) || lower.contains(body.entity().name().toLowerCase(Locale.ROOT));
    }

    /** Whether a capitalised word follows the body right after a space: then the role names someone ("Dekan FH Agus"). */
    private static boolean nameFollows(String text, Mention body, MentionSet set) {
        int at = body.end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at > body.end() && at < text.length() && (Character.isUpperCase(text.charAt(at)) || set.startingAt(at) != null);
    }

    private static int indexAfter(List<Token> toks, int i, int end) {
        while (i + 1 < toks.size() && toks.get(i + 1).begin() < end) {
            i++;
        }
        return i;
    }
}
