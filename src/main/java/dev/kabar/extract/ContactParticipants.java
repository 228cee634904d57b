package dev.kabar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who takes part in a contact, around its cue: the subject before it ("X bertemu …", "Ia juga bertemu …"),
 * the partners after it ("dengan X, Y dan Z", after a role or a description) and the agent of a passive verb.
 * Whom "keduanya" stands for is {@link PairReferences}'.
 */
final class ContactParticipants {
    static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words that open a list of named examples of a described group: "tokoh dunia seperti X, Y dan Z". */
    static final String EXAMPLE_WORDS = "seperti|yakni|yaitu|antara lain|termasuk|di antaranya|diantaranya|baik itu";
    static final Pattern EXAMPLES = Pattern.compile("(?iu)\\b(?:" + EXAMPLE_WORDS + ")\\s+");
    private static final Pattern UNKNOWN_FROM = Pattern.compile("(?u)\\p{Lu}\\p{Ll}+\\s+dari\\s+(?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,3}$");
    static final Pattern OPENING_BRACKET = Pattern.compile("\\s*\\(\\s*");
    /** A place after the subject ("(ITPC) di Jeddah, Arab Saudi,"): where it is. */
    private static final Pattern WHERE_AFTER = Pattern.compile("(?u)\\)?\\s*,?\\s*di\\s+\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,2}"
            + "(?:\\s*,\\s*\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,2})?\\s*,?");
    /** "X dari Dewan Mahasiswa Y", "X asal Y": the body a person comes from, between the person and it. */
    private static final Pattern AFFILIATION = Pattern.compile("(?iu)\\s+(?:dari|asal)\\s+(?:\\p{L}+\\s+){0,4}");
    /** Lower-case words a role may hold ("mantan Menteri Tenaga Kerja dan Transmigrasi"). */
    private static final Set<String> ROLE_LOWER = Set.of("mantan", "dan", "untuk", "bidang", "urusan", "wakil", "ketua",
            "menteri", "presiden", "sekretaris", "jenderal", "kepala", "direktur", "juru", "bicara", "pejabat", "senior",
            "perdana", "duta", "besar", "kediaman", "rumah", "anggota", "politikus", "politisi", "kader", "pimpinan", "petinggi",
            "penasihat", "staf", "utusan", "khusus", "sang", "putra", "putri", "sulung", "bungsu", "ayahnya", "ibunya",
            "istrinya", "suaminya", "anaknya", "putranya", "putrinya", "kakaknya", "adiknya", "ayah", "ibu", "istri", "suami",
            // occupations of sport and entertainment: "pebalap veteran MotoGP X", "pelatih Arema X"
            "pemain", "pelatih", "bintang", "pebalap", "pembalap", "penyanyi", "aktor", "aktris", "veteran", "legenda", "kapten",
            "manajer", "vokalis", "gitaris", "personel", "bos",
            // the people who act for a body: "ia dan manajemen Ajax membicarakan …", "dengan pihak Persib"
            "manajemen", "pihak", "pengurus", "direksi");
    private static final Set<String> JOINING = Set.of("dan", "untuk", "bidang", "urusan");
    /** Who may come along unnamed: "ia bersama istri dan sejumlah rombongan". */
    private static final String COMPANIONS = "(?:istri|suami|rombongan|keluarga|anak|tim|jajaran|staf|delegasi)(?:nya)?";
    /** A pronoun subject right before the cue ("Ia juga bertemu", "Beliau kemudian menelepon"). */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile(
            "(?iu)\\b(dia|ia|beliau|dirinya)\\s+(?:(?:juga|pun|kemudian|lalu|sempat|telah|sudah|akan|mengaku|mengakui|mengklaim|sedang|tengah|masih|baru|segera|"
            + "pernah|bakal|dalam\\s+waktu\\s+dekat|hanya|kembali|akhirnya|sering|kerap|rutin|bahkan|diam-diam|"
            // "Ia hanya bertemu …", "dia tanpa sengaja bertemu …": how or how often, still the pronoun's act
            + "(?:secara\\s+)?(?:langsung|khusus|pribadi|resmi)|(?:tanpa|tidak)\\s+sengaja|pertama\\s+kali)\\s+"
            // "Ia bersama rombongan hendak memenuhi undangan": unnamed companions leave the pronoun the subject
            + "|bersama\\s+(?:sang\\s+)?" + COMPANIONS + "(?:\\s+(?:dan|serta)\\s+(?:sejumlah\\s+|para\\s+)?" + COMPANIONS + ")?\\s+"
            // "ia hendak pergi ke Jepang untuk memenuhi undangan": a journey whose purpose is the contact
            + "|(?:pergi|berangkat|terbang|bertolak|bertandang)\\s+ke\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:untuk|demi|guna|dengan\\s+tujuan)\\s+"
            // "dia memutuskan menerima undangan …": a verb of will whose subject does what follows
            + "|memutuskan\\s+(?:untuk\\s+)?|bersedia\\s+|berencana\\s+(?:untuk\\s+)?|ingin\\s+|hendak\\s+|berniat\\s+(?:untuk\\s+)?){0,4}$");
    private static final Pattern PRONOUN = Pattern.compile("(?iu)\\b(dia|ia|mereka|kami|kita|saya|aku|dirinya|beliau)\\b");

    /** "X mengaku sempat bertemu …": an admission of the act, not a report about someone else's. */
    private static final Pattern ADMITS = Pattern.compile("(?iu),?\\s*(?:juga\\s+)?(?:mengaku|mengakui|mengklaim|membenarkan)\\s+(?:\\p{L}+\\s+){0,4}$");
    /**
     * "X mengatakan sudah beberapa kali bertemu …": a speech verb, then only time words before the cue; the clause has
     * no subject of its own, so the speaker did it.
     */
    private static final Pattern OWN_ACT = Pattern.compile("(?iu),?\\s*(?:juga\\s+)?(?:mengatakan|menyatakan|menyebut|mengungkapkan|"
            + "menuturkan|bercerita|menjelaskan)\\s+(?:bahwa\\s+)?(?:(?:pihaknya|dirinya|ia|dia)\\s+)?(?:(?:sudah|telah|pernah|sempat|akan|"
            + "juga|beberapa kali|berkali-kali|sering|kerap|baru saja|baru|berencana|bakal|hendak|ingin|melakukan|menggelar|mengadakan)\\s+){1,3}$");
    /** "X yang hadir dalam acara itu, mengaku sempat bertemu …": a subject with a relative clause, then the cue. */
    private static final Pattern RELATIVE_SUBJECT = Pattern.compile(
            "(?iu)\\s*,?\\s*yang\\b[^,.;\"“”]{1,100},\\s*(?:(?:juga|pun|kemudian|lalu|sempat|telah|sudah|pernah|mengaku|mengakui)\\s+){0,3}$");
    /** "Menurut X", "menurut pernyataan X", "seperti dilansir X": X tells of the event, it is not a side of it. */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?iu)\\b(?:menurut|dilansir|dikutip dari|mengutip)\\s+(?:\\p{Ll}+\\s+){0,2}$");
    /**
     * A dateline of capitalised words before the sentence proper: "Jakarta, CNN Indonesia -- ", "Jakarta (ANTARA News) - ".
     * A plain hyphen has a space on one side at least: the one in "Kim Jong-un" or "Jean-Claude" joins a name.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.]*(?:[\\s,]+\\(?[\\p{Lu}\\d][\\p{L}\\d.]*\\)?){0,4}(?:\\s*(?:--|—|–)|\\s+-|-(?=\\s))\\s*");
    private static final Pattern PURPOSE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:demi|guna|untuk)\\s+$");
    /** "mendatangi", "datang ke", "tiba di" right before a body or a place: where the subject went. */
    private static final Pattern WENT_TO = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:mendatangi|mengunjungi|menyambangi|datang\\s+ke|tiba\\s+di|berkunjung\\s+ke|bertandang\\s+ke)\\s+"
            + "(?:(?:gedung|kantor|markas|mako|kompleks|pabrik)\\s+)?$"); // "datang ke Mako Brimob": its building
    /** Between the place someone went to and the cue: nothing, or where the place is and a word of purpose. */
    private static final Pattern WENT_FOR = Pattern.compile(
            "(?iu)\\s*|(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}){0,3}\\s*,?\\s*(?:untuk|guna|demi)\\s+");
    /** After the subject, a last list item the text does not know as a name: "…, dan Qi NS". */
    private static final Pattern UNKNOWN_LAST_ITEM = Pattern.compile("(?u)\\s*,?\\s*(?:dan|serta)\\s+\\p{Lu}");
    /** "X menyampaikan terima kasih atas undangan Y": between the subject and the cue, thanks for it. */
    private static final Pattern THANKS = Pattern.compile("(?iu)\\s*(?:(?:juga|pun|lalu|kemudian)\\s+)?(?:menyampaikan|mengucapkan|berterima)?\\s*"
            + "(?:rasa\\s+|ucapan\\s+)?(?:terima\\s*kasih(?:nya)?|kasih)\\s+(?:\\p{Ll}+\\s+){0,2}(?:atas\\s+)?$");
    private static final Pattern AGENT_WORD = Pattern.compile("(?iu)^\\s*oleh\\s+");
    /** A cue right after "yang": its subject is the word before "yang". */
    private static final Pattern RELATIVE_CUE = Pattern.compile("(?iu)\\s*\\byang\\s+(?:(?:sudah|telah|sempat|juga|akan)\\s+)?$");

    /** "X dan keempat tersangka lainnya -- A, B …": a joint subject introduced by a description. */
    private static final Pattern DESCRIBED_LIST = Pattern.compile("(?iu)\\s*(?:dan|serta)\\s+(?:\\p{L}+\\s+){1,4}(?:--|—|–)\\s*");
    /** "X dan Presiden Korsel Y": a connector, then the second subject's role. */
    private static final Pattern JOINED_WITH_ROLE = Pattern.compile("(?iu)\\s*(?:,\\s*)?(?:dan|serta|bersama|beserta)\\s+(.+)");
    /** "ia dan Pemerintah Indonesia telah berdiskusi": a pronoun joined to the named subject. */
    private static final Pattern PRONOUN_AND = Pattern.compile("(?iu)\\b(ia|dia|beliau)\\s+(?:dan|bersama)\\s+((?-i:[a-z]+\\s+){0,2})$");

    private final SpeechLexicon speech;
    private final ParticipantLists lists;

    ContactParticipants(SpeechLexicon speech, NameLexicon names) {
        this.lists = new ParticipantLists(names);
        this.speech = speech;
    }

    /** Where the sentence's own words start, after a dateline ("Jakarta, CNN Indonesia -- "). */
    static int datelineEnd(AnnotatedText at, Sentence s, int limit) {
        Matcher dateline = DATELINE.matcher(at.text()).region(s.begin(), Math.max(s.begin(), Math.min(s.end(), limit)));
        return dateline.lookingAt() ? dateline.end() : s.begin();
    }

    /** "bertanya apakah …": whoever the pronoun after it is, it is not the one asking. */
    private static final Pattern ASKED_WHETHER = Pattern.compile("(?iu)\\b(?:bertanya|menanyakan|mempertanyakan)\\s+(?:apakah\\s+)?$");

    /** The actor (or "X dan Y") closest before the cue in the same sentence, with few words between. */
    List<Mention> subjects(AnnotatedText at, int from, int cueBegin) {
        String text = at.text();
        List<Mention> before = new ArrayList<>(at.actorsIn(from, cueBegin));
        before.removeIf(m -> !actor(at, m) || SubjectQualifiers.locative(at, m) || SubjectQualifiers.countryOfPlace(at, m)
                || SubjectQualifiers.bracketGloss(at, m) || SubjectQualifiers.reportingAside(at, m) || SubjectQualifiers.attributionAside(at, m, speech)
                || SubjectQualifiers.relativeOfNamed(text, m));
        before = SubjectQualifiers.withoutQualifiers(text, before);
        List<Mention> out = new ArrayList<>();
        Matcher pronoun = SUBJECT_PRONOUN.matcher(text).region(Math.max(from, cueBegin - 90), cueBegin);
        if (pronoun.find() && (before.isEmpty() || before.get(before.size() - 1).end() <= pronoun.start())) {
            if (ASKED_WHETHER.matcher(text).region(Math.max(from, pronoun.start() - 30), pronoun.start()).find()) {
                return out; // "Hakim X bertanya apakah dia bertemu Y": the one asked, not the asker
            }
            // "Ia juga bertemu dengan X": the person named just before
            Entity person = PronounSubjects.referent(at, pronoun.start());
            if (person != null) {
                out.add(new Mention(pronoun.start(), pronoun.end(), pronoun.group(1), person));
            }
            return out;
        }
        if (before.isEmpty()) {
            return out;
        }
        Mention last = before.get(before.size() - 1);
        Matcher went = WENT_TO.matcher(text).region(Math.max(from, last.begin() - 30), last.begin());
        if (WENT_FOR.matcher(text).region(last.end(), cueBegin).matches() && went.find()) {
            // "X mendatangi Kementerian Luar Negeri menemui Y", "X datang ke Mako Brimob, Depok, untuk menjenguk Y": the
            // place of a visit, then the verb of what was done there; whoever went is the subject of both
            return subjects(at, from, went.start());
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (RELATIVE_SUBJECT.matcher(text.substring(before.get(i).end(), cueBegin)).matches()) {
                last = before.get(i); // the actors inside the relative clause are not the subject
                before = before.subList(0, i + 1);
                break;
            }
        }
        int lastEnd = last.end(); // where the subject's words end: a body it comes from is part of them
        int j = before.size() - 1;
        while (j >= 0 && before.get(j).entity().type() != EntityType.PERSON) {
            j--;
        }
        if (j >= 0 && j < before.size() - 1 && AFFILIATION.matcher(text).region(before.get(j).end(), last.begin()).matches()) {
            // "Hariman Siregar dari Dewan Mahasiswa Universitas Indonesia ingin berdialog …": where he comes from
            last = before.get(j);
            before = before.subList(0, j + 1);
        }
        int unit = SubjectQualifiers.unitOfBody(text, before);
        if (unit < before.size() - 1) {
            // "Direktorat Jenderal Pajak (DJP) Kementerian Keuangan dijadwalkan bertemu …": the ministry's directorate
            last = before.get(unit);
            before = before.subList(0, unit + 1);
        }
        int head = Appositions.head(text, before, cueBegin);
        if (head >= 0) {
            // "X, presiden klub Y, bertemu …": the described person met, not the body
            last = before.get(head);
            before = before.subList(0, head + 1);
        }
        if (last.entity().type() != EntityType.PERSON
                && UNKNOWN_FROM.matcher(text).region(Math.max(from, last.begin() - 60), last.begin()).find()) {
            return out; // "Hariman Siregar dari Dewan Mahasiswa UI ingin berdialog": someone unknown from the body, not the body
        }
        // "Partai Hijau yang memimpin koalisi juga telah dikirimi undangan": a relative clause may sit between
        String between = text.substring(lastEnd, cueBegin);
        // "A, B dan C adalah beberapa korban yang dikunjungi X": the list is the group the relative clause tells of
        boolean copulaGroup = PassiveRelatives.copulaGroup(between);
        if (!copulaGroup && RELATIVE_CUE.matcher(between).find() && !RELATIVE_CUE.matcher(between).matches()) {
            return out; // "TNI yang dikerahkan di tiga lokasi yang dikunjungi Raja": the visited are the places
        }
        Matcher admits = ADMITS.matcher(between);
        if (!admits.find()) {
            admits = OWN_ACT.matcher(between); // "Deddy mengatakan sudah beberapa kali bertemu dengan Zulkifli"
        } else {
            admits.reset();
        }
        String said = admits.find() ? between.substring(0, admits.start()) : between;
        // "Gatot bersama istrinya dijadwalkan pergi ke AS demi memenuhi undangan": a purpose shares the subject
        int reach = copulaGroup || between.matches("(?isu)\\s*,?\\s*yang\\b.*") ? 10 : PURPOSE_BEFORE.matcher(between).find() ? 9 : 5;
        int nameEnd = SubjectQualifiers.regionalEnd(at, lastEnd, cueBegin);
        Matcher where = WHERE_AFTER.matcher(text).region(nameEnd, cueBegin);
        // "KJRI dan ITPC di Jeddah, Arab Saudi, telah melakukan pembicaraan": where they are is no part of the gap
        int gapFrom = where.lookingAt() ? where.end() : nameEnd;
        // "X menyampaikan terima kasih atas undangan Y": thanking for it, X was invited
        boolean thanks = THANKS.matcher(between).matches();
        if (!thanks && (words(text, gapFrom, cueBegin) > reach
                || PRONOUN.matcher(said).find() || saysSomething(said) || SubjectQualifiers.sentSomeone(between))) {
            return out; // "X mengatakan, pertemuan …", "X bertanya apakah dia bertemu …": X is not who met
        }
        out.add(0, last);
        // "A, B, dan Qi NS menyambangi": the list's last name is unknown, but its "dan" was read
        boolean commasOnly = UNKNOWN_LAST_ITEM.matcher(between).lookingAt();
        for (int i = before.size() - 2; i >= 0; i--) {
            String gap = text.substring(before.get(i).end(), out.get(0).begin());
            if (before.get(i).entity().equals(out.get(0).entity()) && OPENING_BRACKET.matcher(gap).matches()) {
                out.set(0, before.get(i)); // "Indonesian Trade Promotion Center (ITPC)": one subject, named twice
                continue;
            }
            // "Konsulat Jenderal RI (KJRI) dan ITPC": the bracket closes the first subject's short name
            gap = gap.startsWith(")") ? gap.substring(1) : gap;
            // a list is "A, B dan C": read backwards, a comma before any "dan" ends a clause ("… dan IOM, Retno …")
            // "A sebagai koordinator, B, serta C": a role in lower case after a listed subject, then the comma
            boolean comma = gap.matches("\\s*,\\s*") || commasOnly && gap.matches("(?u)\\s+sebagai(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,4}\\s*,\\s*");
            if (comma && before.get(i).entity().type() != EntityType.PERSON && out.size() >= 2
                    && out.stream().allMatch(m -> m.entity().type() == EntityType.PERSON)) {
                break; // "Dua bintang Liga Primer Inggris, Michael Essien dan Didier Zokora": the body describes the two
            }
            Matcher joinedWithRole = JOINED_WITH_ROLE.matcher(gap);
            if ((comma && commasOnly) || DESCRIBED_LIST.matcher(gap).matches()
                    || (!comma && !commasOnly && gap.matches("(?iu)\\s*(dan|serta|bersama|beserta|,\\s*dan|,\\s*serta|-|/)\\s*"))
                    || (!commasOnly && joinedWithRole.matches() && roleWords(joinedWithRole.group(1)))) {
                // "Presiden AS X dan Presiden Korsel Y": the second's role sits in the gap
                commasOnly = true;
                out.add(0, before.get(i));
            } else if (gap.matches("(?iu)\\s+\\p{L}+\\s+(\\p{L}+\\s+)?") && out.size() == 1 && roleLike(before.get(i), out.get(0))) {
                // "Perdana Menteri Jepang Fumio Kishida": a country in the role before the person is not a subject
                continue;
            } else {
                break;
            }
        }
        // "ia dan manajemen Ajax": the body's people may stand between the pronoun and the body
        Matcher pronounAnd = PRONOUN_AND.matcher(text).region(Math.max(from, out.get(0).begin() - 40), out.get(0).begin());
        Entity person = pronounAnd.find() && (pronounAnd.group(2).isBlank() || roleWords(pronounAnd.group(2)))
                ? PronounSubjects.referent(at, pronounAnd.start()) : null;
        if (person != null) {
            out.add(0, new Mention(pronounAnd.start(), pronounAnd.end(1), pronounAnd.group(1), person));
        }
        return dedupe(out);
    }
    /** "Menurut pernyataan Bank Dunia, dalam pertemuan dengan …": the actor tells of the event, it is no side of it. */
    static boolean attributed(AnnotatedText at, Mention m) {
        Sentence s = at.sentenceAt(m.begin());
        return ATTRIBUTED.matcher(at.text()).region(Math.max(s == null ? 0 : s.begin(), m.begin() - 40), m.begin()).find();
    }

    /** The actors right after a passive verb ("diwawancarai Zane Lowe", "ditemui oleh X"). */
    List<Mention> agentAfter(AnnotatedText at, int cueEnd, int end) {
        List<Mention> after = list(at, cueEnd, end);
        if (after.isEmpty()) {
            return after;
        }
        String gap = withoutAgentWord(at.text().substring(cueEnd, after.get(0).begin()));
        return gap.isBlank() || roleWords(gap) ? after : List.of(); // "ditemui oleh Menlu Belanda"
    }
    /** The gap before a passive verb's agent without its "oleh" ("ditemui oleh X"). */
    static String withoutAgentWord(String gap) {
        return AGENT_WORD.matcher(gap).replaceFirst("");
    }

    private boolean saysSomething(String text) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (speech.isReported(w.group()) || speech.isDirect(w.group())) {
                return true;
            }
        }
        return false;
    }
    private static boolean roleLike(Mention before, Mention person) {
        return before.entity().type() == EntityType.COUNTRY && person.entity().type() == EntityType.PERSON;
    }

    /** Only title words, capitalised words, connectors and punctuation: a role in front of a name. */
    static boolean roleWords(String gap) {
        Matcher w = WORD.matcher(gap);
        boolean any = false;
        while (w.find()) {
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(word.charAt(0)) && !ROLE_LOWER.contains(lower)) {
                return false;
            }
            any |= !JOINING.contains(lower); // "dan" alone joins two names, it is no role

        }
        return any;
    }
    static List<Mention> dedupe(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Set<Entity> seen = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (seen.add(m.entity())) {
                out.add(m);
            }
        }
        return out;
    }
    static long words(String text, int begin, int end) {
        return end <= begin ? 0 : WORD.matcher(text.substring(begin, end)).results().count();
    }

    /** @see ParticipantLists#actor */
    boolean actor(AnnotatedText at, Mention m) {
        return lists.actor(at, m);
    }

    /** @see ParticipantLists#list */
    List<Mention> list(AnnotatedText at, int from, int end) {
        return lists.list(at, from, end);
    }
}
