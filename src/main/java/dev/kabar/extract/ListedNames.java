package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in an enumeration of people: "Adriansyah, Irwansyah, Diko Nugraha, dan Zainuddin Arsyad". When a list
 * holds two people already found, its other items that are bare capitalised names (no title, no known word)
 * are people too; the same for a list that holds three organisations. The first item may follow a dash, a colon
 * or "yakni" ("… lainnya -- Adriansyah, …"). Names with an age in brackets are {@link AgedNames}'.
 */
final class ListedNames {
    /** Between two items of a list: a comma, "dan" or "serta", or a comma and one of them. */
    static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:dan\\s+|serta\\s+)?|\\s+(?:dan|serta)\\s+");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");
    /** Where a list of names may open: after a dash, a colon, "yakni" or "yaitu". */
    // (?=y) first: the word boundary is dearer to test, at every position of every sentence
    private static final Pattern OPENER = Pattern.compile("(?:--|—|–|:|(?=y)\\b(?:yakni|yaitu))\\s*");
    private static final Pattern CALLED = Pattern.compile("(?iu)(?<=[\\s,])(?:yang\\s+)?bernama\\s+");
    /** "aplikasi baru bernama Kabarku", "kapal bernama …": a thing or a body is named, not a person. */
    private static final Pattern THING_CALLED = Pattern.compile("(?iu)(?<!\\p{L})(?:aplikasi|produk|situs|platform|perusahaan|"
            + "startup|start-up|klub|band|grup|film|lagu|album|kapal|hotel|restoran|kafe|toko|game|gim|fitur|layanan|program|"
            + "akun|robot|anjing|kucing|hewan|kuda|mobil|perangkat|proyek|operasi|badai|topan|organisasi|yayasan|komunitas|"
            + "majalah|buku|novel|acara|festival|partai|desa|kampung|pulau|gunung|sungai|jalan|gedung|sekolah)"
            + "(?:\\s+\\p{Ll}+){0,2}[\\s,]*(?:yang\\s+)?$");
    /** "Redmi 5A", "Galaxy S8": a model number right after a name makes it a product's. */
    static final Pattern MODEL_NUMBER = Pattern.compile("[ -]?\\p{Alnum}*\\d");
    private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3}");
    /** Not inside a longer capitalised run: "Miryam H S Haryani, tersangka" is no "Haryani" of its own. */
    private static final Pattern NAME_BEFORE_PERSON_NOUN = Pattern.compile("(?<![\\p{L}\\d])(?<!\\p{Lu}[\\p{L}.'’-]{0,20} )(\\p{Lu}\\p{Ll}[\\p{L}'’-]*"
            + "(?: \\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,2}),\\s+(?:tersangka|terdakwa|terpidana|saksi|korban|pelaku)(?!\\p{L})");
    private static final Pattern NAME_FROM_BODY = Pattern.compile("(?<![\\p{L}\\d])(?<!\\p{Lu}[\\p{L}.'’-]{0,20} )(\\p{Lu}\\p{Ll}[\\p{L}'’-]*"
            + "(?: \\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,2})\\s+(?:dari|asal)\\s+(?=\\p{Lu})");
    private static final Pattern ALIAS = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3})\\s*,?\\s+alias\\s+"
            + "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})");
    /** Words for the members of a group, and what may stand between them and the names. */
    private static final String MEMBER_WORDS = "beranggotakan|personel(?:nya)?|anggota(?:nya)?";
    private static final String NAMES_OPENER = "\\s+(?:(?:yaitu|yakni|antara lain)\\s+)?";
    /** Words before a list that say its items are people: "terdakwa Irman dan Sugiharto", "beranggotakan A, B dan C". */
    private static final Pattern PEOPLE_BEFORE = Pattern.compile("(?iu)\\b(?:terdakwa|tersangka|terpidana|saksi|korban|pelaku|"
            + MEMBER_WORDS + "|pasangan|suami istri|kakak beradik|penyanyi|aktor|aktris|musisi)" + NAMES_OPENER + "$");
    /** Where a group's names start: "beranggotakan Duta, Brian …", "tiga anggota yaitu A, B dan C". */
    private static final Pattern PEOPLE_GROUP = Pattern.compile("(?iu)\\b(?:" + MEMBER_WORDS + ")" + NAMES_OPENER + "(?=\\p{Lu})");
    /** A bare name and its comma right before a listed item, where nothing capitalised comes before it. */
    private static final Pattern EARLIER_ITEM = Pattern.compile("(?:^|(?<=[,:;\"“(]\\s?))\\s*(\\p{Lu}[\\p{L}'’]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})\\s*,\\s*$");
    /** What may close a list of names: punctuation, a dash, a bracket, or the end of the sentence. */
    private static final Pattern LIST_END = Pattern.compile("\\s*(?:--|—|–|[.;:)\"”]|$)");

    private final EntityIndex index;
    private final BareNames bare;
    private final AgedNames aged;

    ListedNames(NameLexicon names, NameShapes shapes, EntityIndex index) {
        this.index = index;
        this.bare = new BareNames(names, shapes, index);
        this.aged = new AgedNames(names, index, bare);
    }

    void find(String text, Sentence s, MentionSet set) {
        for (Mention start : set.beginningIn(s.begin(), s.end())) {
            EntityType type = start.entity().type();
            if (start.begin() >= s.begin() && start.end() <= s.end() && (type == EntityType.PERSON || type == EntityType.ORGANIZATION)) {
                addListed(text, s, type == EntityType.PERSON ? earlierItems(text, s, start.begin(), set) : start.begin(), set, true, type);
            }
        }
        // "-- Adriansyah, Irwansyah, Diko Nugraha": bare names before a run of listed people
        String sentence = text.substring(s.begin(), s.end());
        // the fragments first: a regex tried at every position of every sentence cost more than all the rest here
        if (mayHold(sentence, "--", "—", "–", ":", "yakni", "yaitu")) {
            Matcher opener = OPENER.matcher(text).region(s.begin(), s.end());
            while (opener.find()) {
                addListed(text, s, opener.end(), set, false, EntityType.PERSON);
            }
        }
        Matcher group = PEOPLE_GROUP.matcher(text).region(s.begin(), s.end());
        while (mayHold(sentence, "nggota", "ersonel") && group.find()) {
            if (set.startingAt(group.end()) == null) {
                addListed(text, s, group.end(), set, false, EntityType.PERSON);
            }
        }
        aged.find(text, s, set);
        if (mayHold(sentence, "ersangka", "erdakwa", "aksi,", "orban", "elaku")) {
            namesBeforePersonNouns(text, s, set);
        }
        if (mayHold(sentence, "ernama")) {
            calledNames(text, s, set);
        }
        if (mayHold(sentence, " dari ", " asal ")) {
            namesFromBodies(text, s, set);
        }
        if (mayHold(sentence, "alias ")) {
            namesAroundAlias(text, s, set);
        }
    }

    /**
     * "Chairunisa alias Caca", "Robson David Ferrao alias Donald": the names on both sides of "alias" are a person's (the
     * second is the same person's other name, linked by {@link Aliases}).
     */
    private void namesAroundAlias(String text, Sentence s, MentionSet set) {
        Matcher m = ALIAS.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            addPersonWords(text, m.start(1), m.end(1), set, true);
            addPersonWords(text, m.start(2), m.end(2), set, false); // "alias Captain Marvel" whole, or not at all
        }
    }

    /**
     * The capitalised words of [begin, end) as a person when they are a bare name, unless a mention covers them; with
     * {@code lastWords}, the longest such run that ends the range ("Terdakwa Chairunisa": Chairunisa).
     */
    private void addPersonWords(String text, int begin, int end, MentionSet set, boolean lastWords) {
        List<Token> toks = Token.of(text, begin, end);
        for (int k = 0; k < (lastWords ? toks.size() : 1); k++) {
            int from = toks.get(k).begin();
            boolean single = k == toks.size() - 1;
            if ((!single && bare.name(text, from, end, set)) || (single && end - from >= 3 && bare.singleUnknownWord(text, from, end, set))) {
                set.add(text, from, end, EntityType.PERSON, index);
                return;
            }
        }
    }

    /**
     * "Hariman Siregar dari Dewan Mahasiswa UI ingin …": two or three capitalised words right before "dari" or "asal"
     * and a body already found name the person who comes from it.
     */
    private void namesFromBodies(String text, Sentence s, MentionSet set) {
        Matcher m = NAME_FROM_BODY.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            Mention body = set.startingAt(m.end());
            if (body != null && body.entity().type() == EntityType.ORGANIZATION && bare.name(text, m.start(1), m.end(1), set)) {
                set.add(text, m.start(1), m.end(1), EntityType.PERSON, index);
            }
        }
    }

    /**
     * "pertemuan terakhirnya dengan Sugito, tersangka kasus …": one to three capitalised words right before a comma
     * and a noun only people are (suspect, defendant, witness, victim, perpetrator) name a person.
     */
    private void namesBeforePersonNouns(String text, Sentence s, MentionSet set) {
        Matcher m = NAME_BEFORE_PERSON_NOUN.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            int begin = m.start(1);
            int end = m.end(1);
            boolean single = !text.substring(begin, end).contains(" ");
            if ((!single && bare.name(text, begin, end, set)) || (single && end - begin >= 4 && bare.singleUnknownWord(text, begin, end, set))) {
                set.add(text, begin, end, EntityType.PERSON, index);
            }
        }
    }

    /**
     * A cheap test before a case-insensitive regex, as most sentences hold none of its words: the words are given
     * without their first letter, so capitalised forms match too ("nggota" in "Anggota"), and in capitals as well.
     */
    private static boolean mayHold(String sentence, String... fragments) {
        for (String fragment : fragments) {
            if (sentence.contains(fragment) || sentence.contains(fragment.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "seorang warga bernama Irwansyah", "kekasih bernama Radhan Nur Alam": what "bernama" introduces is a person. */
    private void calledNames(String text, Sentence s, MentionSet set) {
        Matcher called = CALLED.matcher(text).region(s.begin(), s.end());
        while (called.find()) {
            Matcher name = NAME_RUN.matcher(text).region(called.end(), s.end());
            if (!name.lookingAt()) {
                continue;
            }
            int begin = name.start();
            int end = name.end();
            if (THING_CALLED.matcher(text).region(Math.max(s.begin(), called.start() - 40), called.start()).find()) {
                continue;
            }
            if (MODEL_NUMBER.matcher(text).region(end, s.end()).lookingAt()) {
                continue; // "bernama Redmi 5A": a product and its model number
            }
            boolean single = !text.substring(begin, end).contains(" ");
            if ((!single && bare.name(text, begin, end, set)) || (single && end - begin >= 3 && bare.singleUnknownWord(text, begin, end, set))) {
                set.add(text, begin, end, EntityType.PERSON, index);
            }
        }
    }

    /**
     * Walks the list "A, B dan C" that starts at {@code cursor} and adds its bare names as people when it holds two
     * people already found. With {@code itemsEnd}, a bare name must also end where a list item ends ("Kalibata
     * bertemu" is no item).
     */
    private void addListed(String text, Sentence s, int cursor, MentionSet set, boolean itemsEnd, EntityType type) {
        int start = cursor;
        boolean named = type == EntityType.PERSON && PEOPLE_BEFORE.matcher(text.substring(Math.max(s.begin(), start - 40), start)).find();
        itemsEnd &= !named; // "terdakwa Irman dan Sugiharto hadir": the group word says where the names are
        List<int[]> items = new ArrayList<>();
        int persons = 0;
        while (cursor < s.end()) {
            Mention m = set.startingAt(cursor);
            int end;
            if (m != null) {
                if (m.entity().type() != type) {
                    break;
                }
                persons++;
                end = m.end();
            } else {
                Matcher name = NAME.matcher(text).region(cursor, s.end());
                if (!name.lookingAt() || !(type == EntityType.PERSON ? bare.name(text, name.start(), name.end(), set)
                        : bare.organisationName(text, name.start(), name.end(), set))) {
                    break;
                }
                end = name.end();
                if (itemsEnd && !SEPARATOR.matcher(text).region(end, s.end()).lookingAt()
                        && !LIST_END.matcher(text).region(end, s.end()).lookingAt()) {
                    break;
                }
                items.add(new int[] {name.start(), name.end()});
            }
            Matcher sep = SEPARATOR.matcher(text).region(end, s.end());
            if (!sep.lookingAt()) {
                break;
            }
            cursor = sep.end();
        }
        // organisations ask for more company: "PT Pos, PT KAI, Pegadaian, dan PT PLN"; people named as a group need none
        boolean peopleGroup = named && items.size() + persons >= 2;
        if ((peopleGroup || persons >= (type == EntityType.PERSON ? 2 : 3)) && !items.isEmpty()) {
            items.forEach(i -> set.add(text, i[0], i[1], type, index));
        }
    }

    /** "Evie Mills, Lauren Thorpe, …": where the bare names before a listed person start, opening the sentence or a clause. */
    private int earlierItems(String text, Sentence s, int cursor, MentionSet set) {
        if (!NearestMark.isBefore(text, s.begin(), cursor, ',')) {
            return cursor; // most names follow no comma: spare the regex its scan of the sentence
        }
        Matcher item = EARLIER_ITEM.matcher(text).region(s.begin(), cursor);
        while (item.find() && bare.name(text, item.start(1), item.end(1), set)) {
            cursor = item.start(1);
            item = EARLIER_ITEM.matcher(text).region(s.begin(), cursor);
        }
        return cursor;
    }

}
