package dev.kabar.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the dates news writes without a year: "Senin (6/11)", "Rabu (15/5)", "(3 dan 4/9/2019)",
 * "7 Oktober", or a weekday alone ("pada Rabu"), against a reference date (the publication date, or the latest
 * full date of the article). A weekday given with a date must agree with it; the year is chosen to make it so.
 */
public final class DateResolver {
    /** A day or a range of days. */
    public record DateRange(LocalDate first, LocalDate last) {
    }

    private static final long MAX_INFERRED_DISTANCE_DAYS = 190;

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> days = new HashMap<>();
    private final Pattern slashed;
    private final Pattern named;
    private final Pattern weekdayAlone;

    public DateResolver(Lexicon lexicon) {
        CalendarNames calendar = new CalendarNames(lexicon);
        months.putAll(calendar.months());
        days.putAll(calendar.days());
        String day = "(?:(" + calendar.dayAlternation() + ")\\s*(?:,\\s*)?(?:\\w+\\s+)?)?";
        slashed = Pattern.compile("(?iu)" + day + "\\(\\s*(\\d{1,2})(?:\\s*(?:dan|-|–|s\\.d\\.|hingga|sampai)\\s*(\\d{1,2}))?"
                + "\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{2,4}))?\\s*\\)");
        named = Pattern.compile("(?iu)" + day + "\\b(\\d{1,2})(?:\\s*(?:dan|-|–|hingga|sampai)\\s*(\\d{1,2}))?\\s+("
                + calendar.monthAlternation() + ")\\b\\.?(?:\\s+(\\d{4}))?");
        weekdayAlone = Pattern.compile("(?iu)\\b(?:pada|hari|sejak)\\s+(" + calendar.dayAlternation()
                + ")\\b(?!\\s*\\()");
    }

    /** The first date (or range) the text states, resolved against {@code reference}; null if none or unresolvable. */
    public DateRange find(String text, LocalDate reference, boolean future) {
        Matcher m = slashed.matcher(text);
        if (m.find()) {
            DateRange r = build(reference, m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)), m.group(5));
            if (r != null) {
                return r;
            }
        }
        m = named.matcher(text);
        if (m.find()) {
            Integer month = months.get(m.group(4).toLowerCase(Locale.ROOT));
            DateRange r = month == null ? null : build(reference, m.group(1), m.group(2), m.group(3), month, m.group(5));
            if (r != null) {
                return r;
            }
        }
        m = weekdayAlone.matcher(text);
        if (m.find() && reference != null) {
            DayOfWeek dow = days.get(m.group(1).toLowerCase(Locale.ROOT));
            LocalDate d = reference.with(future ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
            return new DateRange(d, d);
        }
        return null;
    }

    /**
     * The latest full date (with a year) anywhere in the text: a reference when the publication date is unknown.
     * Only the text just before each four-digit number is searched: the date patterns open with an optional weekday,
     * so over a whole article they are tried at every position, and most of the text holds no year at all.
     */
    public LocalDate latestFullDate(String text) {
        LocalDate latest = null;
        for (int i = 0; i + 4 <= text.length(); i++) {
            if (!fourDigits(text, i)) {
                continue;
            }
            int yearEnd = i + 4;
            int from = Math.max(0, i - 60);
            for (Pattern p : List.of(slashed, named)) {
                Matcher m = p.matcher(text).region(from, Math.min(text.length(), yearEnd + 1));
                while (m.find()) {
                    // both patterns: 1 weekday, 2 first day, 3 last day, 4 month, 5 year
                    if (m.group(5) == null || m.end(5) != yearEnd) {
                        continue;
                    }
                    int month = p == slashed ? Integer.parseInt(m.group(4)) : months.getOrDefault(m.group(4).toLowerCase(Locale.ROOT), 0);
                    String day = m.group(3) != null ? m.group(3) : m.group(2);
                    LocalDate d = date(Integer.parseInt(m.group(5)), month, Integer.parseInt(day));
                    if (d != null && (latest == null || d.isAfter(latest))) {
                        latest = d;
                    }
                }
            }
            i = yearEnd;
        }
        return latest;
    }

    private static boolean fourDigits(String text, int i) {
        for (int k = i; k < i + 4; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return (i == 0 || !Character.isDigit(text.charAt(i - 1))) && (i + 4 == text.length() || !Character.isDigit(text.charAt(i + 4)));
    }

    private DateRange build(LocalDate reference, String dayName, String firstDay, String lastDay, int month, String year) {
        DayOfWeek weekday = dayName == null ? null : days.get(dayName.toLowerCase(Locale.ROOT));
        int d1 = Integer.parseInt(firstDay);
        int d2 = lastDay == null ? d1 : Integer.parseInt(lastDay);
        List<Integer> years = new ArrayList<>();
        if (year != null) {
            int y = Integer.parseInt(year);
            years.add(y < 100 ? 2000 + y : y);
        } else if (reference != null) {
            years.add(reference.getYear());
            years.add(reference.getYear() - 1);
            years.add(reference.getYear() + 1);
        } else {
            return null;
        }
        LocalDate best = null;
        for (int y : years) {
            LocalDate candidate = date(y, month, d2);
            LocalDate start = date(y, month, d1);
            if (candidate == null || start == null) {
                continue;
            }
            // "Selasa dan Rabu (3 dan 4/9)": the weekday next to the date names the first or the last day
            if (weekday != null && start.getDayOfWeek() != weekday && candidate.getDayOfWeek() != weekday) {
                continue;
            }
            // an inferred year keeps the date within half a year of the reference
            if (year == null && distance(candidate, reference) > MAX_INFERRED_DISTANCE_DAYS) {
                continue;
            }
            if (best == null || (reference != null && distance(candidate, reference) < distance(best, reference))) {
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        return new DateRange(best.withDayOfMonth(d1), best);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
