package dev.kabar.eval;

import dev.kabar.extract.ArticleMetadata;
import dev.kabar.extract.Contact;
import dev.kabar.extract.Entity;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Mention;
import dev.kabar.extract.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link Extraction} into what counts as "reported" for scoring:
 * <ul>
 * <li>entities: every distinct entity among the mentions, plus the metadata's publisher (unless only the source
 * record gives it and the text never names it), authors, editors and sources (in that order, so messages follow the
 * text). Contact participants, statement speakers and the
 * dateline are not added: the gold set scores what the text was found to name, and those are mentions too
 * whenever extraction works from the text.</li>
 * <li>names: an entity's canonical name plus every surface form it has in this article, because gold lists
 * the ways an article may name something, and a knowledge-base name may never appear in the text.</li>
 * <li>contacts: one unordered pair per pair of entities, carrying every kind and date reported for it, so the
 * same contact found in two sentences counts once.</li>
 * <li>metadata: title, publisher names, and the local date part of the publication date.</li>
 * </ul>
 */
public final class ReportedReader {
    public Reported read(Extraction x) {
        Map<Entity, Set<String>> surfaces = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            surfaces.computeIfAbsent(m.entity(), e -> new LinkedHashSet<>()).add(m.surface());
        }
        Map<Entity, Reported.Entity> entities = new LinkedHashMap<>();
        for (Entity e : surfaces.keySet()) {
            entities.put(e, entity(e, surfaces));
        }
        ArticleMetadata md = x.metadata();
        List<Entity> fromMetadata = new ArrayList<>();
        // a publisher only the source record gives ("source": "kumparan") is not named by the text
        boolean publisherGiven = x.article().given().publisher() != null && !x.article().given().publisher().isBlank();
        if (md.publisher() != null && (!publisherGiven || surfaces.containsKey(md.publisher()))) {
            fromMetadata.add(md.publisher());
        }
        fromMetadata.addAll(md.authors());
        fromMetadata.addAll(md.editors());
        fromMetadata.addAll(md.sources());
        for (Entity e : fromMetadata) {
            entities.computeIfAbsent(e, k -> entity(k, surfaces));
        }
        List<Reported.Said> statements = new ArrayList<>();
        for (Statement s : x.statements()) {
            statements.add(new Reported.Said(entity(s.speaker(), surfaces), s.text()));
        }
        NameSet publisher = md.publisher() == null ? null : entity(md.publisher(), surfaces).names();
        Reported.Meta meta = new Reported.Meta(md.title(), publisher, localDate(md.published()));
        return new Reported(List.copyOf(entities.values()), pairs(x.contacts(), surfaces), statements, meta);
    }

    private static List<Reported.Pair> pairs(List<Contact> contacts, Map<Entity, Set<String>> surfaces) {
        Map<Set<Entity>, List<Contact>> byPair = new LinkedHashMap<>();
        for (Contact c : contacts) {
            // a set, so {a, b} and {b, a} are one pair (and a self-contact a one-element set)
            Set<Entity> pair = new HashSet<>(Arrays.asList(c.a(), c.b()));
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(c);
        }
        List<Reported.Pair> pairs = new ArrayList<>();
        for (List<Contact> reports : byPair.values()) {
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> dates = new LinkedHashSet<>();
            for (Contact c : reports) {
                kinds.add(c.kind().label());
                if (c.date() != null) {
                    dates.add(c.date().toString());
                }
            }
            Contact first = reports.get(0);
            pairs.add(new Reported.Pair(entity(first.a(), surfaces), entity(first.b(), surfaces), kinds, dates));
        }
        return pairs;
    }

    private static Reported.Entity entity(Entity e, Map<Entity, Set<String>> surfaces) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(surfaces.getOrDefault(e, Set.of()));
        return new Reported.Entity(e.key(), e.type(), NameSet.of(names));
    }

    /** The day part of a LocalDate or OffsetDateTime (any date-based temporal), as YYYY-MM-DD. */
    static String localDate(Temporal t) {
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.from(t).toString();
        } catch (DateTimeException e) {
            return t.toString();
        }
    }
}
