package dev.kabar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which organisation a person holds office in, as the article states it: "Ketua MUI Ma'ruf Amin", "Presiden Bank
 * Dunia Jim Yong Kim", "Menteri Luar Negeri Retno Marsudi" (of the Kementerian Luar Negeri). A person is not in
 * contact with their own body: "dirinya ditelepon Sekjen Kementerian Desa" names an unnamed officer by the body.
 */
final class OwnBodies {
    private static final Pattern MINISTER = Pattern.compile("(?iu)^(?:wakil\\s+)?menteri\\s+");
    private static final Pattern ENVOY_TO = Pattern.compile("\\s(?:untuk|di|ke|pada)\\s$");
    /** "mantan Ketua Umum Golkar": a former office, and the body may well meet its former head. */
    private static final Pattern FORMER = Pattern.compile("(?iu)^\\s*(?:mantan|eks|bekas)\\b");
    private final Map<Entity, List<String>> rolesOf = new HashMap<>();
    private final Map<Entity, List<String>> namesOf = new HashMap<>();

    OwnBodies(List<StatedRole> roles, List<Mention> mentions) {
        this(roles, mentions, word -> null);
    }

    /** With the full form of a short title ("Menlu" → "menteri luar negeri"), null for any other word. */
    OwnBodies(List<StatedRole> roles, List<Mention> mentions, UnaryOperator<String> fullTitle) {
        for (StatedRole r : roles) {
            if (FORMER.matcher(r.role()).lookingAt()) {
                continue;
            }
            String role = WhiteSpace.fold(r.role());
            int space = role.indexOf(' ');
            String full = fullTitle.apply(space < 0 ? role : role.substring(0, space));
            if (full != null) {
                role = full + (space < 0 ? "" : role.substring(space));
            }
            rolesOf.computeIfAbsent(r.entity(), k -> new ArrayList<>()).add(pad(role));
        }
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.COUNTRY) {
                List<String> names = namesOf.computeIfAbsent(m.entity(), k -> new ArrayList<>());
                String surface = pad(m.surface());
                if (!names.contains(surface)) {
                    names.add(surface);
                }
            }
        }
    }

    /** Whether the article gives {@code person} a role in {@code body} or country (its name, or a minister of its ministry). */
    boolean holdsOfficeIn(Entity person, Entity body) {
        // "Perdana Menteri Jepang Shinzo Abe" makes no contact with Japan: he is on its side
        if (person.type() != EntityType.PERSON || body.type() != EntityType.ORGANIZATION && body.type() != EntityType.COUNTRY) {
            return false;
        }
        List<String> names = namesOf.getOrDefault(body, List.of());
        for (String role : rolesOf.getOrDefault(person, List.of())) {
            // "Menteri Luar Negeri" heads the "Kementerian Luar Negeri"
            Matcher minister = MINISTER.matcher(role.strip());
            String ministry = minister.lookingAt() ? pad("kementerian " + role.strip().substring(minister.end())) : null;
            for (String name : names) {
                int at = role.indexOf(name);
                // "Dubes Korut untuk PBB" is accredited to the body, not an officer of it
                boolean envoyTo = at >= 0 && ENVOY_TO.matcher(role.substring(0, at + 1)).find();
                if ((at >= 0 && !envoyTo) || (ministry != null && ministry.startsWith(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, spaces folded, with a space at each end, so that containment is by whole words. */
    private static String pad(String s) {
        return " " + WhiteSpace.fold(s).toLowerCase(Locale.ROOT) + " ";
    }
}
