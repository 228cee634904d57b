package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations the knowledge base does not know, by their head word and what follows it ("Kementerian Kesehatan
 * Sudan", absorbing countries and a bracketed acronym: "Kementerian Pertanian (Kementan) Brasil"). Names marked
 * otherwise (a tail, a club prefix, brackets) are {@link MarkedOrganisations}.
 */
final class OrganisationFinder {
    /** Connectors a name cannot end with; compiled once, as this runs for every organisation head. */
    private static final Pattern TRAILING_CONNECTORS = Pattern.compile("(?iu)(\\s+(dan|untuk|bagi|urusan|bidang|atas|&))+$");
    /** Words after which a body's number follows: "SMA Negeri 3", "Daop 8 Surabaya", "Lapas Kelas 2". */
    private static final Set<String> NUMBERED_BEFORE = Set.of("Negeri", "Daop", "Operasi", "Kelas", "Divre", "Regional");
    private static final Pattern ABBREVIATION_POINT = Pattern.compile("\\.\\s+");
    private static final Pattern HYPHEN_GAP = Pattern.compile("\\s*-\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Set<String> REGION_WORDS = Set.of("Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa");
    private static final Set<String> CURRENCIES = Set.of("Rp", "Rp.", "IDR", "USD", "US$", "EUR", "SGD", "RM");
    private static final Set<String> YEAR_WORDS = Set.of("Tahun", "Periode", "Year");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> ENGLISH_INSIDE = Set.of("of", "for", "on", "at", "in", "the");

    private final NameLexicon names;
    private final EntityIndex index;
    private final NameShapes shapes;
    private final OfficerAfterBody officers;

    OrganisationFinder(NameLexicon names, EntityIndex index, NameShapes shapes) {
        this.names = names;
        this.index = index;
        this.shapes = shapes;
        this.officers = new OfficerAfterBody(names, shapes);
    }

    /** Head word ("Kementerian", "Partai", "Front" …) and what follows it, absorbing known names. */
    void organisations(String text, List<Token> toks, MentionSet set) {
        for (int i = 0; i < toks.size(); i++) {
            Token head = toks.get(i);
            Mention known = set.startingAt(head.begin());
            int h = names.orgHeadAt(toks, i);
            if (h == 0 || !head.capitalised()
                    || (known != null && known.entity().type() != EntityType.ORGANIZATION)) {
                continue;
            }
            if (known == null && names.orgTailAt(toks, i) > 0 && i > 0 && toks.get(i - 1).capitalised()
                    && NameShapes.joined(text, toks, i - 1, i) && set.covering(toks.get(i - 1).begin()) == null) {
                continue; // "Ismaya Grup Bram Hendrata": a tail closing the name before it, not a head opening one
            }
            int j = known != null ? NameShapes.indexAfter(toks, known.end()) : i + h;
            int end = known != null ? known.end() : toks.get(j - 1).end();
            StringBuilder name = new StringBuilder(text.substring(head.begin(), end));
            String acronym = null;
            int acronymBegin = -1;
            int acronymIndex = -1;
            int acronymEnd = -1;
            int extra = 0;
            boolean described = false;
            boolean placed = false;
            boolean personAfter = false; // the loop stopped where a given name opened a person
            // "University of Texas at Arlington": an English head keeps English function words inside the name
            boolean englishHead = h > 1 && ENGLISH_INSIDE.contains(toks.get(i + h - 1).text());
            while (j < toks.size()) {
                Token tok = toks.get(j);
                String gap = text.substring(end, tok.begin());
                if (acronym == null && PersonFinder.BRACKET_GAP.matcher(gap).matches() && isAcronymLike(tok)
                        && text.startsWith(")", NameShapes.skipSpaces(text, tok.end()))) {
                    acronym = tok.text();
                    acronymIndex = j;
                    acronymBegin = tok.begin();
                    end = NameShapes.skipSpaces(text, tok.end()) + 1;
                    acronymEnd = end;
                    j++;
                    continue;
                }
                // "Masjid Al-Hikmah", also written "Al - Hikmah": a hyphen inside the name
                boolean hyphen = HYPHEN_GAP.matcher(gap).matches() && tok.capitalised() && set.startingAt(tok.begin()) == null
                        && toks.get(j - 1).end() == end && toks.get(j - 1).capitalised();
                if (hyphen) {
                    name.append('-').append(tok.text());
                    end = tok.end();
                    j++;
                    extra++;
                    continue;
                }
                // "PT. Multisoft": the head's abbreviation point is not a gap
                boolean abbreviationPoint = j == i + h && h == 1 && head.acronym() && head.text().length() <= 3 && ABBREVIATION_POINT.matcher(gap).matches() && tok.capitalised();
                // blanked furniture or a line break ends a name, like any other gap but a space
                if ((!gap.isBlank() || gap.length() > 2 || gap.indexOf('\n') >= 0) && !abbreviationPoint) {
                    break;
                }
                Mention m = set.startingAt(tok.begin());
                boolean unnamedYet = acronym != null && known == null && acronymIndex == i + h && nameAfterHeadsAcronym(text, toks, j, acronymIndex, m, set);
                if (acronym != null && !unnamedYet && (m == null || m.entity().type() == EntityType.PERSON || m.entity().type() == EntityType.ORGANIZATION)) {
                    break; // "Komisi … (KPK) Masinton Pasaribu": after its acronym a name takes only a country or a place
                }
                if (m != null && m.entity().type() == EntityType.ORGANIZATION && names.isDescriptorHead(toks, i)) {
                    described = true; // "kantor berita Korea Utara KCNA" describes KCNA, it is no body of its own
                    break;
                }
                if (m != null && m.entity().type() == EntityType.PERSON && m.end() == tok.end() && extra == 0 && known == null
                        && !names.isNamedAfterPeople(text.substring(head.begin(), toks.get(i + h - 1).end()))
                        && nameWordFollows(text, toks, j, set)) {
                    // "Lembaga Sandi Negara": a word that alone is someone's short name ("Sandi"), inside a body's
                    // name that goes on, is a word of that name
                    set.remove(m);
                    m = null;
                } else if (m != null && m.entity().type() == EntityType.PERSON && m.begin() == tok.begin() && j == i + h && known == null
                        && names.absorbsPersonAfter(text.substring(head.begin(), toks.get(i + h - 1).end()))) {
                    // "Universitas Islam Negeri Syarif Hidayatullah", "Rumah Sakit Cipto Mangunkusumo": named after the person
                    set.remove(m);
                    m = null;
                }
                if (m != null && m.entity().type() == EntityType.PLACE
                        && (placed || known != null && extra == 0 && !names.isUnitHead(head.text()))) {
                    // "Polres Bogor Jawa Barat": a second place locates the body, it does not name it; and a
                    // known body followed by a town ("Partai Golkar Cianjur") is its branch there, the same body
                    if (placed && end == toks.get(j - 1).end() && REGION_WORDS.contains(toks.get(j - 1).text())) {
                        // "Polres Bogor Kabupaten Bogor": the kind of region goes with the place left out
                        name.setLength(name.length() - toks.get(j - 1).text().length() - 1);
                        end = toks.get(j - 2).end();
                        extra--;
                    }
                    break;
                }
                if (m != null) {
                    // a person or another organisation ends this name ("Liga Spanyol" + "Real Madrid"), except
                    // the body a unit belongs to ("Divisi Humas Polri")
                    // a body named by its acronym closes the name of a body inside it ("Komisi Wanita PBB",
                    // "Koalisi Masyarakat Sipil Peduli KPK"); a full name does not ("Liga Spanyol" + "Real Madrid")
                    boolean parentAcronym = m.entity().type() == EntityType.ORGANIZATION && known == null
                            && Gazetteer.isAcronym(m.surface()) && extra > 0;
                    if (m.entity().type() == EntityType.PERSON
                            || (m.entity().type() == EntityType.ORGANIZATION && !names.isUnitHead(head.text()) && !parentAcronym)) {
                        break;
                    }
                    name.append(' ').append(m.surface());
                    end = m.end();
                    j = NameShapes.indexAfter(toks, m.end());
                    extra++;
                    placed |= m.entity().type() == EntityType.PLACE;
                    if (m.entity().type() == EntityType.ORGANIZATION) {
                        break; // the unit's parent body ends its name
                    }
                    if (i > 0 && names.isTitleWord(toks.get(i - 1).text()) && personAfterPlace(text, toks, j, set)) {
                        // "Kepala Dinas Pemuda dan Olahraga Padang Suardi": after an office, the place closes the
                        // body's name; a lone name word after it is the person holding the office
                        if (j + 1 >= toks.size() || !NameShapes.joined(text, toks, j, j + 1) || !toks.get(j + 1).capitalised()) {
                            set.add(text, toks.get(j).begin(), toks.get(j).end(), EntityType.PERSON, index);
                        }
                        break;
                    }
                    continue;
                }
                // "Kementerian Kelautan dan Perikanan" joins; "Pemprov Jawa Tengah dan Pemkot Solo" is two names
                // "Bank of Dandong dan Dalian Global Unity Shipping Co Ltd": a name marked by its own tail is another body
                // "Pengadilan Negeri Bengkulu dan Panitera …": once a place has closed the name, "dan" joins two
                // things, where a descriptive name ("Kementerian Kelautan dan Perikanan") joins nouns of one
                boolean afterPlace = placed && end == toks.get(j - 1).end() && !tok.text().equals("untuk");
                boolean connector = (names.isConnector(tok.text()) && !afterPlace && !tailedNameFollows(toks, j + 1) || MarkedOrganisations.ENGLISH_FUNCTION_WORDS.contains(tok.text()) && extra == 0 && !tok.text().equals("and")
                        || englishHead && ENGLISH_INSIDE.contains(tok.text()))
                        && j + 1 < toks.size() && toks.get(j + 1).capitalised()
                        && names.orgHeadAt(toks, j + 1) == 0 && names.orgTailAt(toks, j + 1) == 0
                        // "Universitas X dan University of Y": two bodies; "University College of London": a place
                        && (set.startingAt(toks.get(j + 1).begin()) == null
                            || englishHead && tok.text().equals("of") && isPlace(set.startingAt(toks.get(j + 1).begin())));
                // "Universitas Gadjah Mada Erwan Agus Purwanto": after a body the knowledge base knows whole, two or
                // three unknown name words are the person who speaks for it
                if (known != null && extra == 0 && personRunAt(text, toks, j, set)) {
                    break;
                }
                Mention personNext = j + 1 < toks.size() && NameShapes.joined(text, toks, j, j + 1) ? set.startingAt(toks.get(j + 1).begin()) : null;
                if (known != null && extra == 0 && personNext != null && personNext.entity().type() == EntityType.PERSON
                        && set.startingAt(tok.begin()) == null && tok.capitalised() && !names.isCommonWord(tok.text())) {
                    set.replacePerson(text, tok.begin(), personNext, index); // "… Mada Erwan" + "Agus Purwanto"
                    break;
                }
                // "pejabat Kementerian Dalam Negeri Irman dan Sugiharto": a lone given name after a body known whole is a person
                if (known != null && extra == 0 && set.startingAt(tok.begin()) == null && names.isGivenName(tok.text())
                        && !names.isCommonWord(tok.text()) && (j + 1 == toks.size() || !toks.get(j + 1).capitalised()
                        || !NameShapes.joined(text, toks, j, j + 1))) {
                    set.add(text, tok.begin(), tok.end(), EntityType.PERSON, index);
                    break;
                }
                // "Kementerian Perindustrian I Gusti Putu …": Balinese names open with "I" or "Ni" before a given name
                boolean balinese = (tok.text().equals("I") || tok.text().equals("Ni")) && j + 1 < toks.size()
                        && names.isGivenName(toks.get(j + 1).text());
                if ((extra > 0 || known != null) && balinese) {
                    break;
                }
                // "Biro Humas … Provinsi Jabar Ade Sukalsah": a given name followed by another name word starts a person
                // (only once the body has a name of its own: "PT Melati Technofo", "Yayasan Nurul Iman" are named after people)
                if ((extra > 0 || known != null) && !names.isNamedAfterPeople(text.substring(head.begin(), toks.get(i + h - 1).end()))
                        && names.isGivenName(tok.text()) && j + 1 < toks.size() && toks.get(j + 1).capitalised()
                        && text.substring(tok.end(), toks.get(j + 1).begin()).equals(" ") && !names.isCommonWord(tok.text())
                        && names.orgTailAt(toks, j + 1) == 0 && set.startingAt(toks.get(j + 1).begin()) == null) {
                    personAfter = true;
                    break;
                }
                // "SMA Negeri 3 Bandung", "SDN Cibubur 01": a school's number sits inside its name
                boolean number = extra > 0 && NUMBER.matcher(tok.text()).matches()
                        && (names.isNumberedHead(head.text()) || NUMBERED_BEFORE.contains(toks.get(j - 1).text()));
                // "Universitas Udayana Tahun 2009": a year ends the name
                boolean year = YEAR_WORDS.contains(tok.text()) && j + 1 < toks.size() && YEAR.matcher(toks.get(j + 1).text()).matches()
                        || CURRENCIES.contains(tok.text()); // "Universitas Negeri Surabaya Rp 120 miliar": a sum, no name
                if ((tok.capitalised() && !year && !names.isCalendarWord(tok.text()) && (names.titleAt(toks, j) == 0 || names.isOccupation(tok.text()) || extra > 0 && titleOfCountry(text, toks, j, set)))
                        || connector || number || names.isArticleJoinedName(tok.text()) // "Jabhat al-Nusra"
                        || (tok.text().equals("al") || tok.text().equals("el")) && j + 1 < toks.size() && toks.get(j + 1).capitalised()
                                && NameShapes.joined(text, toks, j, j + 1)) {
                    name.append(' ').append(tok.text());
                    end = tok.end();
                    j++;
                    extra++;
                    continue;
                }
                break;
            }
            // "Direktur PT Sigap Prima Astrea Agus Pramono": once a person was seen to start, the words before are the body's
            Mention next = j < toks.size() ? set.startingAt(toks.get(j).begin()) : null;
            personAfter |= next != null && next.entity().type() == EntityType.PERSON && NameShapes.joined(text, toks, j - 1, j);
            int officer = known == null && acronym == null && extra >= 3 && end == toks.get(j - 1).end() && !personAfter
                    ? officers.personStart(text, toks, head.begin(), i + h, j, set) : -1;
            if (officer > 0) {
                for (int k = j - 1; k >= officer; k--) {
                    name.setLength(name.length() - toks.get(k).text().length() - 1);
                    extra--;
                }
                end = toks.get(officer - 1).end();
            }
            // a name never ends on a connector
            String trimmed = TRAILING_CONNECTORS.matcher(name.toString()).replaceAll("");
            if (trimmed.length() < name.length()) {
                end -= name.length() - trimmed.length();
                name.setLength(trimmed.length());
                extra--;
            }
            Entity org = known != null ? known.entity() : null;
            Entity byAcronym = acronym != null && known == null ? knownByAcronym(set, acronymBegin, acronym, end == acronymEnd, name) : null;
            if (described) {
                org = null;
            } else if (byAcronym != null) {
                // "Badan Pengkajian dan Penerapan Teknolgi (BPPT)": a known body by its acronym, whatever the spelling;
                // the name is one mention and the acronym, already known, another
                Mention added = set.addKnown(text, head.begin(), beforeBracket(text, head.begin(), acronymBegin), byAcronym);
                org = added != null ? added.entity() : null;
                acronym = null;
            } else if ((extra > 0 || (known == null && h < j - i)) && (known != null || !names.isGenericOrgPhrase(name.toString()))) {
                // "Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki)": the name is one mention, its acronym another
                int nameEnd = acronym != null && end == acronymEnd ? beforeBracket(text, head.begin(), acronymBegin) : end;
                // "Kementrian Kehutanan": news often drops the e; the body is the one spelt in full
                Entity respelt = name.toString().startsWith("Kementrian ") ? index.lookup("Kementerian " + name.substring(11)) : null;
                Mention added = respelt != null && respelt.type() == EntityType.ORGANIZATION
                        ? set.addKnown(text, head.begin(), nameEnd, respelt)
                        : set.add(text, head.begin(), nameEnd, EntityType.ORGANIZATION, index, name.toString());
                org = added != null ? added.entity() : org;
            }
            if (org != null && acronym != null) {
                set.defineAcronym(acronym, acronymBegin, org);
            }
            if (officer > 0) {
                set.add(text, toks.get(officer).begin(), toks.get(j - 1).end(), EntityType.PERSON, index);
            }
            i = Math.max(i, j - 1);
        }
    }
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    /**
     * Whether the word at {@code j}, right after a place closing a body's name, is a person's name instead of more
     * of the body's: a capitalised word that is no ordinary word, head, tail or calendar word, and either a given
     * name or a name standing alone ("Kepala Dinas … Jakarta Pusat Hardisiswan mengatakan").
     */
    private boolean personAfterPlace(String text, List<Token> toks, int j, MentionSet set) {
        if (j >= toks.size() || !toks.get(j).capitalised() || toks.get(j).acronym() || set.startingAt(toks.get(j).begin()) != null
                || !text.substring(toks.get(j - 1).end(), toks.get(j).begin()).equals(" ")) {
            return false;
        }
        Token tok = toks.get(j);
        if (tok.text().length() < 3 || ROMAN.matcher(tok.text()).matches() || names.isCommonWord(tok.text()) || names.isCalendarWord(tok.text()) || names.orgHeadAt(toks, j) > 0
                || names.orgTailAt(toks, j) > 0 || names.titleAt(toks, j) > 0) {
            return false;
        }
        boolean alone = j + 1 >= toks.size() || !toks.get(j + 1).capitalised() || !NameShapes.joined(text, toks, j, j + 1);
        return names.isGivenName(tok.text()) || alone;
    }

    /**
     * The known organisation a bracketed acronym already names, when the name ends with the bracket and starts
     * with the acronym's first letter (so a body's own acronym, not a clash with another body's).
     */
    private static Entity knownByAcronym(MentionSet set, int acronymBegin, String acronym, boolean endsAtAcronym, CharSequence name) {
        Mention m = set.startingAt(acronymBegin);
        if (!endsAtAcronym || m == null || m.entity().type() != EntityType.ORGANIZATION || !m.surface().equals(acronym)
                || name.length() == 0 || Character.toUpperCase(name.charAt(0)) != acronym.charAt(0)) {
            return null;
        }
        return m.entity();
    }

    /** Where the name before a bracketed acronym ends: before the bracket and the spaces ahead of it. */
    private static int beforeBracket(String text, int nameBegin, int acronymBegin) {
        int end = text.lastIndexOf('(', acronymBegin);
        while (end > nameBegin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private boolean personRunAt(String text, List<Token> toks, int from, MentionSet set) {
        int to = from;
        while (to < toks.size() && to - from < 4 && toks.get(to).capitalised() && !toks.get(to).acronym()
                && set.covering(toks.get(to).begin()) == null && !names.isCommonWord(toks.get(to).text())
                && names.titleAt(toks, to) == 0 && !names.isCalendarWord(toks.get(to).text()) && names.orgTailAt(toks, to) == 0
                && (to == from || NameShapes.joined(text, toks, to - 1, to))) {
            to++;
        }
        boolean closed = to == toks.size() || !toks.get(to).capitalised() || !NameShapes.joined(text, toks, to - 1, to);
        return to - from >= 2 && to - from <= 3 && closed && shapes.plausiblePersonName(text, toks, from, to);
    }

    /**
     * "Panitia Khusus (Pansus) Angket KPK": when the acronym followed the head word directly, it was the head's, and
     * the name proper follows it: up to two plain capitalised words that start no person's name, then perhaps the
     * parent body by its acronym.
     */
    private boolean nameAfterHeadsAcronym(String text, List<Token> toks, int j, int acronymIndex, Mention m, MentionSet set) {
        Token tok = toks.get(j);
        if (m != null) {
            return j > acronymIndex + 1 && m.entity().type() == EntityType.ORGANIZATION && Gazetteer.isAcronym(m.surface());
        }
        return tok.capitalised() && !names.isGivenName(tok.text()) && !ROMAN.matcher(tok.text()).matches()
                && names.titleAt(toks, j) == 0 && !names.isCalendarWord(tok.text()) && j - acronymIndex <= 2
                && !personRunAt(text, toks, j, set);
    }

    /**
     * "Asosiasi Pasangan Diplomat Ekuador": inside a body's name, a title word the body's country follows, with no
     * person's name after it, is a word of the name and not the start of someone's title.
     */
    private boolean titleOfCountry(String text, List<Token> toks, int j, MentionSet set) {
        int after = j + names.titleAt(toks, j);
        if (after >= toks.size() || !NameShapes.joined(text, toks, after - 1, after)) {
            return false;
        }
        Mention country = set.startingAt(toks.get(after).begin());
        if (country == null || country.entity().type() != EntityType.COUNTRY) {
            return false;
        }
        int next = NameShapes.indexAfter(toks, country.end());
        return next >= toks.size() || !toks.get(next).capitalised() || toks.get(next).begin() != country.end() + 1
                || text.charAt(country.end()) != ' ';
    }

    /** Whether a capitalised word of no mention, calendar or title follows the token at {@code j} directly. */
    private boolean nameWordFollows(String text, List<Token> toks, int j, MentionSet set) {
        if (j + 1 >= toks.size() || !NameShapes.joined(text, toks, j, j + 1)) {
            return false;
        }
        Token next = toks.get(j + 1);
        return next.capitalised() && set.covering(next.begin()) == null && !names.isCalendarWord(next.text())
                && names.titleAt(toks, j + 1) == 0;
    }

    private boolean tailedNameFollows(List<Token> toks, int from) {
        for (int k = from; k < toks.size() && k < from + 7 && (toks.get(k).capitalised() || toks.get(k).acronym()); k++) {
            if (k > from && names.orgTailAt(toks, k) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlace(Mention m) {
        return m.entity().type() == EntityType.PLACE || m.entity().type() == EntityType.COUNTRY;
    }

    private static boolean isAcronymLike(Token t) {
        return t.text().length() <= 10 && Character.isUpperCase(t.text().charAt(0));
    }
}
