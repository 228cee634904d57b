package dev.kabar.extract;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Month and day names of a language ({@code months.txt}, {@code days.txt}), lower-cased, with their numbers. */
public final class CalendarNames {
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> days = new HashMap<>();

    public CalendarNames(Lexicon lexicon) {
        for (String[] row : lexicon.table("months.txt", 2)) {
            months.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
        }
        for (String[] row : lexicon.table("days.txt", 2)) {
            days.put(row[0].toLowerCase(Locale.ROOT), DayOfWeek.of(Integer.parseInt(row[1])));
        }
    }

    /** Month names and abbreviations (lower case) to month numbers 1-12. */
    public Map<String, Integer> months() {
        return Map.copyOf(months);
    }

    /** Day names (lower case) to days of the week. */
    public Map<String, DayOfWeek> days() {
        return Map.copyOf(days);
    }

    /** The month names as a regex alternation, longest first so "Agustus" wins over "Agu". */
    public String monthAlternation() {
        return alternation(months.keySet());
    }

    /** The day names as a regex alternation, longest first. */
    public String dayAlternation() {
        return alternation(days.keySet());
    }

    private static String alternation(Collection<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }
}
