package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a person goes by, as the article introduces it: "Hendra Gunawan yang akrab disapa Hegun", "pria yang
 * kerap dipanggil Hegun itu". The name, and every later use of it, is that person: the one named right before
 * "yang", or, after a description ("pria", "perempuan"), the one person of the article whose name it is made of.
 */
final class CalledNames {
    private static final Pattern CALLED = Pattern.compile("(?u)(?<!\\p{L})yang\\s+(?:(?:biasa|akrab|kerap|karib|sering|lebih)\\s+)?"
            + "(?:di)?(?:sapa|panggil|kenal\\s+dengan(?:\\s+nama)?)\\s+(?:dengan\\s+)?((?:\\p{Lu}\\p{L}*\\.?\\s+)?)(\\p{Lu}[\\p{L}'’-]{1,20})(?![\\p{L}\\d])");
    private static final Pattern PERSON_THEN = Pattern.compile("(?iu)\\s*,?\\s*(?:atau\\s+)?");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");
    private static final Pattern DESCRIPTION_THEN = Pattern.compile("(?u)\\p{Ll}+\\s+$");

    private final NameLexicon names;

    CalledNames(NameLexicon names) {
        this.names = names;
    }

    /** The mentions with each introduced name, and its other uses, linked to the person it names. */
    List<Mention> link(String text, List<Mention> mentions) {
        if (!text.contains("yang")) {
            return mentions;
        }
        Matcher called = CALLED.matcher(text);
        List<Mention> out = mentions;
        while (called.find()) {
            String honorific = called.group(1).strip();
            String name = called.group(2);
            if (!honorific.isEmpty() && !names.isHonorific(honorific.replace(".", ""))
                    || names.isCommonWord(name) || names.isHonorific(name)) {
                continue; // "yang dipanggil Pelatih X": not a name the person goes by
            }
            Entity person = referent(text, out, called.start(), name);
            if (person != null) {
                out = linked(text, out, called.start(2), called.end(2), person);
            }
        }
        return out;
    }

    private static Entity referent(String text, List<Mention> mentions, int yang, String name) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.begin() >= yang) {
                break;
            }
            last = m;
        }
        if (last != null && last.entity().type() == EntityType.PERSON
                && PERSON_THEN.matcher(text).region(last.end(), yang).matches()) {
            return last.entity(); // "X yang akrab disapa Y", "X atau yang akrab disapa Y"
        }
        if (!DESCRIPTION_THEN.matcher(text).region(Math.max(0, yang - 30), yang).find()) {
            return null;
        }
        // "pria yang akrab disapa Hegun": a description, so the one person of the article whose name the short name
        // is made of; news often names someone else in between, so the nearest person is no guide
        Entity found = null;
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.PERSON && !m.entity().equals(found) && madeOf(name, m.surface())) {
                if (found != null) {
                    return null;
                }
                found = m.entity();
            }
        }
        return found;
    }

    /** Whether a short name is made of a full name: its initials, a part's start or end, or the two parts' starts or ends. */
    static boolean madeOf(String shortName, String fullName) {
        String nick = shortName.toLowerCase(Locale.ROOT);
        List<String> parts = WORDS.matcher(fullName).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        if (parts.size() < 2 || nick.length() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        parts.forEach(p -> initials.append(p.charAt(0)));
        if (nick.contentEquals(initials)) {
            return true; // "KD", "BTM"
        }
        for (String part : parts) {
            if (nick.length() >= 3 && !nick.equals(part) && (part.startsWith(nick) || part.endsWith(nick))) {
                return true; // "Budi" for Budiharto, "Owi" for Tontowi
            }
        }
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        for (int i = 2; i < nick.length() - 1; i++) {
            String head = nick.substring(0, i);
            String tail = nick.substring(i);
            if (first.startsWith(head) && (last.startsWith(tail) || last.endsWith(tail))) {
                return true; // "Djanur" for Djadjang Nurdjaman, "Jedar" for Jessica Iskandar
            }
        }
        return false;
    }

    /** The mentions with the name at [begin, end), its entity's other mentions and its other uses made the person. */
    private static List<Mention> linked(String text, List<Mention> mentions, int begin, int end, Entity person) {
        String surface = text.substring(begin, end);
        MentionSet set = new MentionSet(mentions);
        Mention at = set.covering(begin);
        if (at != null && (at.begin() != begin || at.end() != end || at.entity().type() != EntityType.PERSON)) {
            return mentions; // part of a longer name, or a body or a place
        }
        Entity was = at == null ? null : at.entity();
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(m.entity().equals(was) && m.surface().indexOf(' ') < 0 ? new Mention(m.begin(), m.end(), m.surface(), person) : m);
        }
        MentionSet linked = new MentionSet(out);
        linked.addEveryFreeUse(text, surface, person);
        return linked.sorted();
    }
}
