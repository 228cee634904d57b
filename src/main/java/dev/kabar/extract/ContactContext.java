package dev.kabar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the contacts already read in an article settle about the next ones: the inviter of a passive
 * invitation, whether a plain conversation was the phone call just reported, whether discussing a topic is
 * that same conversation, and the dates (of the sentence, the next "Percakapan berlangsung pada …", or the
 * sentence before that names both actors; an undated report of a dated contact in the same article).
 */
final class ContactContext {
    /** How many sentences back a phone call still tells what kind a plain "conversation" was. */
    private static final int CONVERSATION_CONTEXT = 3;
    /** "Percakapan berlangsung pada …": a following sentence that dates the event just reported. */
    private static final Pattern DATING_SENTENCE = Pattern.compile(
            "(?iu)^(?:percakapan|pertemuan|pembicaraan|perundingan|kunjungan|dialog|panggilan)\\b[^.]{0,40}?\\b"
                    + "(?:berlangsung|digelar|dilakukan|diadakan|terjadi|dilaksanakan)\\b");

    private final DateResolver dates;

    ContactContext(DateResolver dates) {
        this.dates = dates;
    }

    /**
     * A headline or caption often reports, undated, the same contact the body dates: within one article, an
     * undated report of the same kind between the same two actors takes the date of the dated one.
     */
    static List<Contact> datedAlike(List<Contact> contacts) {
        Map<String, Contact> dated = new HashMap<>();
        for (Contact c : contacts) {
            if (c.date() != null) {
                dated.putIfAbsent(pairKey(c), c);
            }
        }
        List<Contact> out = new ArrayList<>();
        Contact lastDated = null;
        for (Contact c : contacts) {
            Contact d = c.date() == null ? dated.get(pairKey(c)) : null;
            if (c.date() == null && d == null && lastDated != null && sharesActor(c, lastDated) && c.planned() == lastDated.planned()) {
                // "Phu Trong menemui pimpinan DPD, Selasa (22/8). … pertemuannya dengan Phu Trong …": the same visit
                d = lastDated;
            }
            Contact now = d == null ? c : withKind(c, c.kind(), d.date(), d.endDate());
            lastDated = now.date() != null ? now : lastDated;
            out.add(now);
        }
        return out;
    }

    /**
     * News states the day of its main event in the lead: "Presiden Joko Widodo …, Senin (29/1/2018), akan …". A
     * contact still undated takes the date of the first of the article's first two sentences that gives one, when
     * that sentence names one of its two sides and comes before it.
     */
    List<Contact> leadDated(AnnotatedText at, List<Contact> contacts) {
        if (contacts.stream().allMatch(c -> c.date() != null)) {
            return contacts;
        }
        List<Sentence> all = at.sentences();
        for (int i = 0; i < Math.min(2, all.size()); i++) {
            Sentence lead = all.get(i);
            String leadText = at.text().substring(lead.begin(), lead.end());
            DateResolver.DateRange past = dates.find(leadText, at.reference(), false);
            if (past == null) {
                continue;
            }
            DateResolver.DateRange planned = dates.find(leadText, at.reference(), true);
            List<Entity> named = at.actorsIn(lead.begin(), lead.end()).stream().map(Mention::entity).toList();
            List<Contact> out = new ArrayList<>();
            for (Contact c : contacts) {
                DateResolver.DateRange when = c.date() != null || c.evidence().begin() < lead.begin()
                        || !(named.contains(c.a()) || named.contains(c.b())) ? null : c.planned() ? planned : past;
                out.add(when == null ? c : withKind(c, c.kind(), when.first(), when.last().equals(when.first()) ? null : when.last()));
            }
            return out;
        }
        return contacts;
    }

    private static boolean sharesActor(Contact c, Contact d) {
        return c.a().equals(d.a()) || c.a().equals(d.b()) || c.b().equals(d.a()) || c.b().equals(d.b());
    }
    static String pairKey(Contact c) {
        String a = c.a().key();
        String b = c.b().key();
        return c.kind() + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }
    static Entity lastInviter(List<Contact> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Contact c = earlier.get(i);
            if (c.kind() == ContactKind.INVITATION && c.initiator() != null) {
                return c.initiator();
            }
        }
        return null;
    }
    static boolean samePairJustBefore(AnnotatedText at, Sentence s, Contact c, List<Contact> earlier) {
        int here = at.sentences().indexOf(s);
        for (Contact e : earlier) {
            Sentence es = at.sentenceAt(e.evidence().begin());
            int there = es == null ? -1 : at.sentences().indexOf(es);
            if (pairKey(e).substring(pairKey(e).indexOf('|')).equals(pairKey(c).substring(pairKey(c).indexOf('|')))
                    && there >= 0 && here - there <= 2) {
                return true;
            }
        }
        return false;
    }
    /** A phone call sharing a participant reported in this sentence or the few before it, or null. */
    static Contact callJustBefore(AnnotatedText at, Sentence s, Contact c, List<Contact> earlier) {
        int here = at.sentences().indexOf(s);
        Contact found = null;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Contact e = earlier.get(i);
            Sentence es = at.sentenceAt(e.evidence().begin());
            int there = es == null ? -1 : at.sentences().indexOf(es);
            boolean shares = e.a().equals(c.a()) || e.a().equals(c.b()) || e.b().equals(c.a()) || e.b().equals(c.b());
            if (e.kind() == ContactKind.CALL && shares && there >= 0 && here - there <= CONVERSATION_CONTEXT) {
                if (e.date() != null) {
                    return e; // the nearest call that says when
                }
                found = found == null ? e : found;
            }
        }
        return found;
    }
    /** The same report with the kind (and the date) that context gave it. */
    static Contact withKind(Contact c, ContactKind kind, LocalDate date, LocalDate endDate) {
        return new Contact(kind, c.a(), c.b(), c.initiator(), date, endDate, c.planned(), c.topic(), c.cue(), c.evidence());
    }
    /**
     * The date of the sentence; else of the next sentence when it dates the event ("Percakapan berlangsung
     * pada …"); else of the sentence before when it names both participants ("X dan Y pada Selasa (14/5) …").
     */
    DateResolver.DateRange dateOf(AnnotatedText at, Sentence s, Entity a, Entity b, boolean planned) {
        String text = at.text();
        DateResolver.DateRange own = dates.find(text.substring(s.begin(), s.end()), at.reference(), planned);
        if (own != null) {
            return own;
        }
        List<Sentence> all = at.sentences();
        int i = all.indexOf(s);
        if (i + 1 < all.size()) {
            Sentence next = all.get(i + 1);
            String nextText = text.substring(next.begin(), next.end());
            if (DATING_SENTENCE.matcher(nextText).find()) {
                DateResolver.DateRange r = dates.find(nextText, at.reference(), planned);
                if (r != null) {
                    return r;
                }
            }
        }
        if (i > 0) {
            Sentence prev = all.get(i - 1);
            List<Entity> named = at.actorsIn(prev.begin(), prev.end()).stream().map(Mention::entity).toList();
            if (named.contains(a) && named.contains(b)) {
                return dates.find(text.substring(prev.begin(), prev.end()), at.reference(), planned);
            }
        }
        return null;
    }

    /** The last meeting reported in this sentence or the four before it, or null. */
    static Contact meetingJustBefore(AnnotatedText at, Sentence s, List<Contact> earlier) {
        int i = at.sentences().indexOf(s);
        int from = at.sentences().get(Math.max(0, i - 4)).begin();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Contact c = earlier.get(k);
            if (c.kind() == ContactKind.MEETING || c.kind() == ContactKind.VISIT) {
                return c.evidence().begin() >= from ? c : null;
            }
        }
        return null;
    }
}
