package dev.kabar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms of Indonesian news: "Kamis, 3 Agustus 2017 - 07:05:00 WIB",
 * "Selasa 14-05-2019,16:30 WITA", "21 Februari 2024", ISO dates, with WIB/WITA/WIT time zones.
 */
public final class IndonesianDates {
    private static final Map<String, ZoneId> ZONES = Map.of(
            "WIB", ZoneId.of("Asia/Jakarta"), "WITA", ZoneId.of("Asia/Makassar"), "WIT", ZoneId.of("Asia/Jayapura"));

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> days = new HashMap<>();
    private final Pattern named;
    private final Pattern numeric;
    private final Pattern dayName;

    public IndonesianDates(Lexicon lexicon) {
        CalendarNames calendar = new CalendarNames(lexicon);
        months.putAll(calendar.months());
        calendar.days().forEach((name, day) -> days.put(name, day.getValue()));
        String monthAlt = calendar.monthAlternation();
        String time = "(?:\\s*[-,|/]?\\s*(?:pukul\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(WIB|WITA|WIT)?)?";
        named = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+(" + monthAlt + ")\\.?\\s+(\\d{4})\\b" + time);
        numeric = Pattern.compile("(?iu)\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b" + time);
        dayName = Pattern.compile("(?iu)\\b(" + calendar.dayAlternation() + ")\\b");
    }

    /** A date or date-time found anywhere in the text, or null. */
    public Temporal find(String text) {
        Matcher m = named.matcher(text);
        if (m.find()) {
            Integer month = months.get(m.group(2).toLowerCase(Locale.ROOT));
            Temporal t = build(m.group(3), month, m.group(1), m, 4);
            if (t != null) {
                return t;
            }
        }
        m = numeric.matcher(text);
        if (m.find()) {
            return build(m.group(3), Integer.parseInt(m.group(2)), m.group(1), m, 4);
        }
        return null;
    }

    /** The ISO day number (Monday = 1) of the first Indonesian day name in the text, or 0. */
    public int dayOfWeek(String text) {
        Matcher m = dayName.matcher(text);
        return m.find() ? days.get(m.group(1).toLowerCase(Locale.ROOT)) : 0;
    }

    /** Dates given by a source format: ISO date or date-time, or any Indonesian form. */
    public Temporal parseGiven(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // not an ISO date-time with offset
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not an ISO local date-time
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException ignored) {
            // not an ISO date
        }
        return find(v);
    }

    private static Temporal build(String year, Integer month, String day, Matcher m, int timeGroup) {
        if (month == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            String hour = m.group(timeGroup);
            String zone = m.group(timeGroup + 3);
            if (hour == null || zone == null) {
                return date;
            }
            int seconds = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
            LocalDateTime local = date.atTime(Integer.parseInt(hour), Integer.parseInt(m.group(timeGroup + 1)), seconds);
            return ZonedDateTime.of(local, ZONES.get(zone.toUpperCase(Locale.ROOT))).toOffsetDateTime();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
