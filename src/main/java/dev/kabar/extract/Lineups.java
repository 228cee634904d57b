package dev.kabar.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Football line-ups as sports pages print them: "Napoli (4 - 3 - 3): 25 - Pepe Reina; 33 - Raul Albiol, 5 - Allan
 * (30 - Marko Rog 79 ')". On a line that opens with a formation, every shirt number followed by capitalised words
 * names a player, one-word names ("Allan", "Jorginho") included. Pages without shirt numbers put the formation on a
 * line of its own and the players on the next.
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

    /** "Bhayangkara 4 - 4 - 2", "Persegres (4-3-3)": a line that names a side and its formation, and nothing else. */
    private static final Pattern FORMATION_LINE = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[^\\n\\d]{0,40}?[ \\t(]\\d(?:\\s*-\\s*\\d){2,4}\\)?[ \\t]*:?[ \\t]*$");
    /** One player of a list without shirt numbers: one to four capitalised words, a spaced hyphen allowed inside. */
    private static final Pattern BARE_PLAYER = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.]*(?:(?:\\s+|\\s*-\\s*)\\p{Lu}[\\p{L}'’]*){0,3}");
    /** "Pelatih: Simon McMenemy" under a line-up. */
    private static final Pattern COACH = Pattern.compile("(?m)^[ \\t]*(?:Pelatih|Manajer|Coach)[ \\t]*:[ \\t]*(\\p{Lu}[\\p{L}'’.]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3})[ \\t]*$");
    /** Fewest players a list must name to be a side's line-up rather than a sentence. */
    private static final int SIDE = 7;

    /** "Arsenal: Petr Cech; Holding, Mertesacker (Sead Kolasinac, 32 '), …": a side's name, a colon, its players. */
    private static final Pattern TEAM_LINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[^:\\n]{0,40}:[ \\t]*(\\S[^\\n]*)$");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()\\n]*\\)");
    /** A player in such a line: after the colon, a separator or an opening bracket; before a separator or a bracket. */
    private static final Pattern PLAYER_IN_LINE = Pattern.compile(
            "(?<=[:;,(])\\s*(\\p{Lu}[\\p{L}'’.]*(?:(?:\\s+|\\s*-\\s*)\\p{Lu}[\\p{L}'’]*){0,3})(?=\\s*(?:[;,()]|\\.?\\s*$))");
    /** Fewest items a side's line must hold: eleven players, give or take a lost separator. */
    private static final int TEAM = 9;

    void find(String text, MentionSet set) {
        numbered(text, set);
        unnumbered(text, set);
        teamLines(text, set);
        coaches(text, set);
    }

    /** "Pelatih: Iwan Setiawan" on a line of its own, under any kind of line-up (or none): the side's coach. */
    private void coaches(String text, MentionSet set) {
        if (text.indexOf(':') < 0) {
            return;
        }
        Matcher coach = COACH.matcher(text);
        while (coach.find()) {
            addPlayer(text, coach.start(1), coach.end(1), set);
        }
    }

    /**
     * "Liverpool: Simon Mignolet; Joel Matip, …, Divock Origi": a line that opens with a side's name and a colon and
     * lists at least nine players, every item a name (substitutes in brackets with their minute, "(c)" for the
     * captain), one-word names included.
     */
    private void teamLines(String text, MentionSet set) {
        Matcher line = TEAM_LINE.matcher(text);
        while (line.find()) {
            String outer = BRACKETS.matcher(line.group(1)).replaceAll("").strip();
            if (outer.endsWith(".")) {
                outer = outer.substring(0, outer.length() - 1);
            }
            String[] items = outer.split("[;,]", -1);
            long named = Arrays.stream(items).filter(i -> BARE_PLAYER.matcher(i.strip()).matches()).count();
            if (items.length < TEAM || named < items.length - 1) {
                continue;
            }
            Matcher player = PLAYER_IN_LINE.matcher(text).region(line.start(1) - 1, line.end(1));
            player.useTransparentBounds(true).useAnchoringBounds(false);
            while (player.find()) {
                int begin = player.start(1);
                int end = text.charAt(player.end(1) - 1) == '.' ? player.end(1) - 1 : player.end(1); // "…, Pedro."
                addPlayer(text, begin, end, set);
            }
        }
    }

    /**
     * "Bhayangkara 4 - 4 - 2" on a line of its own, then "Wahyu Nugroho; Otavio, Saputra, Rochman, Suroso; …": the
     * line under a formation lists the side's players, separated by commas and semicolons, one-word names included,
     * when at least seven items are names and nothing else; the coach may follow ("Pelatih: Hanafi").
     */
    private void unnumbered(String text, MentionSet set) {
        Matcher formation = FORMATION_LINE.matcher(text);
        while (formation.find()) {
            int from = formation.end();
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int lineEnd = text.indexOf('\n', from);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(from, lineEnd).stripTrailing();
            String[] items = line.split("[;,]", -1);
            if (items.length < SIDE || !Arrays.stream(items).allMatch(i -> BARE_PLAYER.matcher(i.strip()).matches())) {
                continue;
            }
            int cursor = from;
            for (String item : items) {
                int begin = text.indexOf(item.strip(), cursor);
                int end = begin + item.strip().length();
                cursor = end;
                addPlayer(text, begin, end, set);
            }
            Matcher coach = COACH.matcher(text).region(lineEnd, Math.min(text.length(), lineEnd + 80));
            if (coach.find() && text.substring(lineEnd, coach.start()).isBlank()) {
                addPlayer(text, coach.start(1), coach.end(1), set);
            }
        }
    }

    private void numbered(String text, MentionSet set) {
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
                addPlayer(text, begin, end, set);
            }
        }
    }

    /** A player (or the coach) as a person, unless something already holds part of the name. */
    private void addPlayer(String text, int begin, int end, MentionSet set) {
        if (set.covering(begin) == null && set.covering(end - 1) == null) {
            set.add(text, begin, end, EntityType.PERSON, index);
        }
    }
}
