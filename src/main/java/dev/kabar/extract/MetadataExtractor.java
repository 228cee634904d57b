package dev.kabar.extract;

import dev.kabar.article.Article;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says about itself: title, publisher (source metadata or the dateline such as
 * "MOSKOW, iNews.id -"), publication date (a line that is only a date), reporter and editor lines and
 * "Sumber:" source lines.
 */
public final class MetadataExtractor {
    // run for every line and outlet name of every article: compiled once (String.replaceAll compiles on each call)
    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\p{L}+day|\\d+|[-,:/.|()]|\\b(WIB|WITA|WIT|pukul)\\b");
    private static final Pattern WWW = Pattern.compile("^(?i)www\\.");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern DOMAIN_SUFFIXES = Pattern.compile("(?i)(\\.(co|com|net|org|go|ac|or|id|tv|news))+$");
    /** "INDOZONE.ID -", "MOSKOW, iNews.id -", "MOSKOW (RIAUPOS.CO) -", "ANKARA, Kabar Uji -". */
    private static final String OUTLET = "[\\p{L}][\\p{L}\\d-]*(?:\\.[\\p{L}]{2,4}){1,2}";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(?<city>[\\p{Lu}][\\p{L}.' ]{1,40}?)(?:,\\s*(?<region>[\\p{Lu}][\\p{L} ]{1,30}?))?\\s*(?:,\\s*|\\(\\s*))?"
                    + "(?<pub>" + OUTLET + "|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)\\s*(?<close>\\))?\\s*[-–—]\\s+\\S");
    private static final Pattern DOMAIN = Pattern.compile(OUTLET);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(Reporter|Penulis|Pewarta|Wartawan|Editor|Redaktur|Penyunting)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:Sumber|Source)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** "... direncanakan dengan matang. (Antara)" or "(Antara/AFP)": the wire credit that closes a text. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("\\(\\s*([\\p{L}][\\p{L}\\d .-]{1,30}?(?:\\s*/\\s*[\\p{L}][\\p{L}\\d .-]{0,30}?)*)\\s*\\)\\s*$");
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{Lu}][\\p{L}'.-]+(?: [\\p{Lu}][\\p{L}'.-]+){1,4}");

    private static final List<String> OUTLET_DOMAINS = List.of(".com", ".id", ".co.id", ".co", ".net");

    private final EntityIndex index;
    private final IndonesianDates dates;

    public MetadataExtractor(EntityIndex index, IndonesianDates dates) {
        this.index = index;
        this.dates = dates;
    }

    public ArticleMetadata extract(Article article, PageCleaner.Cleaned cleaned) {
        String text = article.text();
        Entity publisher = organisation(article.given().publisher());
        Temporal published = dates.parseGiven(article.given().published());
        Entity dateline = null;
        List<Entity> authors = new ArrayList<>();
        List<Entity> editors = new ArrayList<>();
        List<Entity> sources = new ArrayList<>();
        for (String rawLine : text.split("\n")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher credit = CREDIT_LINE.matcher(line);
            if (credit.matches()) {
                Entity person = person(credit.group(2));
                if (person != null) {
                    (credit.group(1).toLowerCase(Locale.ROOT).startsWith("edit")
                            || credit.group(1).toLowerCase(Locale.ROOT).startsWith("redak")
                            || credit.group(1).toLowerCase(Locale.ROOT).startsWith("penyunting") ? editors : authors).add(person);
                }
                continue;
            }
            Matcher source = SOURCE_LINE.matcher(line);
            if (source.matches()) {
                Entity org = organisation(source.group(1));
                if (org != null && !sources.contains(org)) {
                    sources.add(org);
                }
                continue;
            }
            if (published == null && line.length() <= 60 && onlyDate(line)) {
                published = dates.find(line);
            }
            if (dateline == null && publisher == null) {
                Matcher m = DATELINE.matcher(line);
                if (m.find()) {
                    Entity outlet = organisation(m.group("pub"));
                    boolean wire = m.group("close") != null && !DOMAIN.matcher(m.group("pub")).matches();
                    if (outlet != null && outlet.type() == EntityType.ORGANIZATION) {
                        // "(Xinhua)" after a city names the wire service the outlet relies on, not the outlet
                        if (wire) {
                            if (!sources.contains(outlet)) {
                                sources.add(outlet);
                            }
                        } else {
                            publisher = outlet;
                        }
                        dateline = place(m.group("city"));
                    }
                }
            }
        }
        closingCredits(text, sources);
        String title = blankToNull(article.given().title());
        if (title == null) {
            title = headline(cleaned);
        }
        return new ArticleMetadata(title, publisher, published,
                blankToNull(article.given().url()), dateline, authors, editors, sources);
    }

    /**
     * The headline, when the text starts with one: among the lines before the body, the first that reads
     * like a title (3 to 25 words, no final period, not a date, dateline, credit or photo caption).
     */
    private String headline(PageCleaner.Cleaned cleaned) {
        String text = cleaned.text();
        int lineStart = 0;
        int looked = 0;
        for (String raw : text.split("\n", -1)) {
            int start = lineStart;
            lineStart += raw.length() + 1;
            String line = raw.strip();
            if (line.isEmpty() || onlyDate(line) || CREDIT_LINE.matcher(line).matches()) {
                continue;
            }
            if (++looked > 6 || DATELINE.matcher(line).find()) {
                return null;
            }
            long words = line.split("\\s+").length;
            if (cleaned.isCaptionLine(start) || words < 3) {
                continue;
            }
            if (words > 25 || line.endsWith(".")) {
                return null; // the body has started
            }
            return line.replaceAll("\\s{2,}", " ");
        }
        return null;
    }

    /** Wire services credited in brackets at the very end; only known outlets, so reporter initials stay out. */
    private void closingCredits(String text, List<Entity> sources) {
        Matcher credit = CLOSING_CREDIT.matcher(text.strip());
        if (!credit.find()) {
            return;
        }
        for (String name : credit.group(1).split("/")) {
            Entity known = EntityIndex.isInitials(name.strip()) ? null : index.lookup(name.strip());
            if (known != null && known.type() == EntityType.ORGANIZATION && !sources.contains(known)) {
                sources.add(known);
            }
        }
    }

    /** True when the line holds a date and little else (a publication-date line, not a sentence). */
    private boolean onlyDate(String line) {
        if (dates.find(line) == null) {
            return false;
        }
        String rest = DATE_WORDS.matcher(line).replaceAll(" ");
        String[] words = rest.strip().split("\\s+");
        return words.length <= 4;
    }

    /** An outlet or organisation by name: known ones from the knowledge base, others by their own name. */
    public Entity organisation(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = TRAILING_PUNCTUATION.matcher(WWW.matcher(raw.strip()).replaceAll("")).replaceAll("");
        Entity known = index.lookup(name);
        if (known != null) {
            return organisationOrNull(known);
        }
        String bare = DOMAIN_SUFFIXES.matcher(name).replaceAll("");
        known = index.lookup(bare);
        if (known == null) {
            known = index.lookupOrganisationBySquashedName(bare); // "themoscowtimes" is "The Moscow Times"
        }
        for (String domain : OUTLET_DOMAINS) {
            // a source field "tribunnews" may name the outlet by its domain ("Tribunnews.com")
            known = known != null ? known : index.lookup(bare + domain);
        }
        if (known != null) {
            return organisationOrNull(known);
        }
        if (bare.isBlank()) {
            return null;
        }
        String display = bare.equals(bare.toUpperCase(Locale.ROOT)) || bare.equals(bare.toLowerCase(Locale.ROOT))
                ? titleCase(bare) : bare;
        return new Entity("org/" + Slugs.of(display), EntityType.ORGANIZATION, display);
    }

    /**
     * A name the knowledge base knows as a person, country or place is not an outlet: a source field
     * "Jokowi" must not make a person the publisher (the shapes require a schema:Organization).
     */
    private static Entity organisationOrNull(Entity known) {
        return known.type() == EntityType.ORGANIZATION ? known : null;
    }

    private Entity person(String raw) {
        String name = raw.strip().replaceAll("\\s*[(/].*$", "");
        if (!PERSON_NAME.matcher(name).matches()) {
            return null;
        }
        Entity known = index.lookup(name);
        return known != null ? known : new Entity("person/" + Slugs.of(name), EntityType.PERSON, name);
    }

    private Entity place(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Entity known = index.lookup(raw);
        if (known != null) {
            return known.type() == EntityType.PLACE || known.type() == EntityType.COUNTRY ? known : null;
        }
        String name = titleCase(raw.strip());
        return new Entity("place/" + Slugs.of(name), EntityType.PLACE, name);
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
