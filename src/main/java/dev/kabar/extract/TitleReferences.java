package dev.kabar.extract;

import java.util.List;
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

    TitleReferences(NameLexicon names) {
        this.names = names;
    }

    List<Mention> resolve(String text, List<Mention> mentions, List<StatedRole> roles) {
        if (roles.isEmpty()) {
            return mentions;
        }
        MentionSet set = new MentionSet(mentions);
        List<Token> toks = Token.of(text, 0, text.length());
        for (int i = 0; i < toks.size(); i++) {
            Token first = toks.get(i);
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
            if (!bare || afterName || general || (i + 1 < toks.size() && set.startingAt(toks.get(i + 1).begin()) != null)) {
                continue;
            }
            Entity person = lastHolder(text.substring(first.begin(), end), first.begin(), set.sorted(), roles);
            if (person != null) {
                set.addKnown(text, first.begin(), end, person);
            }
        }
        return set.sorted();
    }

    /** The person mentioned last before {@code offset} whose stated role starts with the title. */
    private static Entity lastHolder(String title, int offset, List<Mention> mentions, List<StatedRole> roles) {
        String prefix = title.toLowerCase(Locale.ROOT);
        Entity found = null;
        for (Mention m : mentions) {
            if (m.begin() >= offset) {
                break;
            }
            if (m.entity().type() == EntityType.PERSON && roles.stream().anyMatch(r -> r.entity().equals(m.entity())
                    && (r.role().toLowerCase(Locale.ROOT) + " ").startsWith(prefix + " "))) {
                found = m.entity();
            }
        }
        return found;
    }
}
