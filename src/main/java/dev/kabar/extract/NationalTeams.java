package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National teams: "timnas Portugal", "Tim Nasional Indonesia U-19", "tim nasional voli Jepang". Sports news names
 * a team by the country it plays for, so the country's mention becomes part of the team's name, as it does in
 * "Kedutaan Besar Indonesia". A team the knowledge base lists keeps its entity; any other gets one key per
 * country, sport and age group, so every article's "timnas Belanda U-19" is the same team. A bare "timnas" or
 * "Timnas U-19" refers to the one national team of that age group the article has already named.
 */
final class NationalTeams {
    private static final String SPORTS = "sepak ?bola|bola voli|voli|bola basket|basket|bulu ?tangkis|futsal|hoki|rugby|polo air|bola tangan";
    private static final Pattern TEAM = Pattern.compile("(?iu)(?<![\\p{L}\\d])(timnas|tim nasional)(?:\\s+(" + SPORTS + "))?\\s+");
    /** "U-19", "U - 23", "U19": the age group after the country. */
    private static final Pattern AGE = Pattern.compile("\\s*U\\s?-?\\s?(\\d{2})(?!\\d)");
    private static final Pattern BARE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:timnas|tim nasional)(?![\\p{L}\\d])");

    private record Team(Entity entity, String age) {
    }

    private final EntityIndex index;

    NationalTeams(EntityIndex index) {
        this.index = index;
    }

    /** Adds the teams' mentions; returns the country mentions their names swallowed, to be kept beside them. */
    List<Mention> find(String text, MentionSet set) {
        List<Team> named = new ArrayList<>();
        List<Mention> countries = new ArrayList<>();
        Matcher head = TEAM.matcher(text);
        while (head.find()) {
            unfoldSeniorTeam(text, set, head);
            Mention country = set.startingAt(head.end());
            if (country == null || country.entity().type() != EntityType.COUNTRY) {
                continue;
            }
            Matcher age = AGE.matcher(text).region(country.end(), text.length());
            String years = age.lookingAt() ? age.group(1) : null;
            int end = years != null ? age.end() : country.end();
            if (years != null && set.covering(age.start(1)) != null) {
                continue;
            }
            Entity team = team(head.group(2), country, years);
            Mention m = set.addKnown(text, head.start(), end, team);
            if (m != null) {
                named.add(new Team(team, years));
                countries.add(country);
            }
        }
        if (!named.isEmpty()) {
            bare(text, set, named);
        }
        return countries;
    }

    /**
     * "Tim Nasional Belanda U-19": the knowledge base's label of the senior team matched, but an age group follows,
     * so the senior team's mention gives way to its country and the team is read again with its age group.
     */
    private void unfoldSeniorTeam(String text, MentionSet set, Matcher head) {
        Mention senior = set.startingAt(head.start());
        if (senior == null || senior.entity().type() != EntityType.ORGANIZATION || senior.end() <= head.end()
                || !AGE.matcher(text).region(senior.end(), text.length()).lookingAt()) {
            return;
        }
        List<Mention> inside = index.find(text.substring(head.end(), senior.end()));
        if (inside.size() == 1 && inside.get(0).entity().type() == EntityType.COUNTRY) {
            Mention country = inside.get(0);
            set.remove(senior);
            set.addKnown(text, head.end() + country.begin(), head.end() + country.end(), country.entity());
        }
    }

    /** "Timnas akan …", "pelatih timnas U-19": the team of that age group when the article names exactly one. */
    private void bare(String text, MentionSet set, List<Team> named) {
        Matcher bare = BARE.matcher(text);
        while (bare.find()) {
            if (set.covering(bare.start()) != null) {
                continue;
            }
            Matcher age = AGE.matcher(text).region(bare.end(), text.length());
            String years = age.lookingAt() ? age.group(1) : null;
            List<Entity> candidates = named.stream().filter(t -> Objects.equals(t.age(), years))
                    .map(Team::entity).distinct().toList();
            if (candidates.size() == 1) {
                set.addKnown(text, bare.start(), years != null ? age.end() : bare.end(), candidates.get(0));
            }
        }
    }

    private Entity team(String sport, Mention country, String years) {
        String sportName = sport == null ? null : sport.toLowerCase(Locale.ROOT).replace("sepakbola", "sepak bola");
        boolean football = sportName == null || sportName.equals("sepak bola");
        String ageSuffix = years == null ? "" : " U-" + years;
        if (football) {
            for (String label : List.of("Timnas " + country.surface() + ageSuffix, "Tim Nasional " + country.surface() + ageSuffix,
                    "Timnas " + country.entity().name() + ageSuffix,
                    "Tim Nasional Sepak Bola" + ageSuffix + " " + country.surface())) {
                Entity known = index.lookup(label);
                if (known != null && known.type() == EntityType.ORGANIZATION) {
                    return known;
                }
            }
        }
        String code = country.entity().key().substring(country.entity().key().indexOf('/') + 1).toLowerCase(Locale.ROOT);
        String sportPart = football ? "" : " " + capitalise(sportName);
        String name = "Timnas" + sportPart + " " + country.surface() + ageSuffix;
        return new Entity("org/national-team-" + Slugs.of(code + sportPart + ageSuffix), EntityType.ORGANIZATION, name);
    }

    private static String capitalise(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
