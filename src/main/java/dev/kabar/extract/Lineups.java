package dev.kabar.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Football line-ups as sports pages print them: "Napoli (4 - 3 - 3): 25 - Pepe Reina; 33 - Raul Albiol, 5 - Allan
 * (30 - Marko Rog 79 ')". On a line that opens with a formation, every shirt number followed by capitalised words
 * names a player, one-word names ("Allan", "Jorginho") included.
 */
final class Lineups {
    private static final Pattern FORMATION = Pattern.compile("\\(\\s*\\d(?:\\s*-\\s*\\d){2,4}\\s*\\)\\s*:");
    private static final Pattern PLAYER = Pattern.compile(
            "(?<=[:;,(]|^)\\s*\\d{1,2}\\s*-\\s*(\\p{Lu}[\\p{L}'’.]*(?:(?:\\s+|\\s*-\\s*)\\p{Lu}[\\p{L}'’]*){0,3})");
    /** Glued words where a page lost a line break: "Ciro ImmobilePelatih". */
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}\\p{Lu}");

    private final EntityIndex index;

    Lineups(EntityIndex index) {
        this.index = index;
    }

    void find(String text, MentionSet set) {
        Matcher formation = FORMATION.matcher(text);
        while (formation.find()) {
            int lineEnd = text.indexOf('\n', formation.end());
            Matcher player = PLAYER.matcher(text).region(formation.end(), lineEnd < 0 ? text.length() : lineEnd);
            player.useTransparentBounds(true).useAnchoringBounds(false);
            while (player.find()) {
                int begin = player.start(1);
                int end = player.end(1);
                Matcher glued = GLUED.matcher(text).region(begin, end);
                if (glued.find()) {
                    end = glued.start() + 1;
                }
                if (set.covering(begin) == null && set.covering(end - 1) == null) {
                    set.add(text, begin, end, EntityType.PERSON, index);
                }
            }
        }
    }
}
