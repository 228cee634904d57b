package dev.kabar.rdf;

import dev.kabar.article.Sha256;
import dev.kabar.extract.ArticleMetadata;
import dev.kabar.extract.Contact;
import dev.kabar.extract.ContactKind;
import dev.kabar.extract.Entity;
import dev.kabar.extract.Extraction;
import dev.kabar.extract.Mention;
import dev.kabar.extract.SpeechMode;
import dev.kabar.extract.Span;
import dev.kabar.extract.StatedRole;
import dev.kabar.extract.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** The one place where extraction results become RDF: one graph per article, per ontology/MODEL in README. */
public final class ExtractionMapper {
    // used for every article and statement: compiled once (String.matches and replaceAll compile on each call)
    private static final java.util.regex.Pattern WEB_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\d]+");
    /** Opening words that identify a claim across outlets. */
    private static final int CLAIM_WORDS = 10;
    /** xsd:dateTime needs seconds, which OffsetDateTime.toString() leaves out when they are zero. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** The article's IRI, which is also the name of its graph. */
    public Node graphName(Extraction x) {
        return NodeFactory.createURI(Vocab.articleIri(x.article().id()));
    }

    public Graph map(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        String articleIri = Vocab.articleIri(x.article().id());
        Node article = NodeFactory.createURI(articleIri);
        Node context = NodeFactory.createURI(articleIri + "/text");
        Set<Entity> entities = new LinkedHashSet<>();

        g.add(article, RDF.type.asNode(), Vocab.NEWS_ARTICLE);
        g.add(article, Vocab.IDENTIFIER, NodeFactory.createLiteralString(x.article().id()));
        g.add(article, Vocab.CONTENT_HASH, NodeFactory.createLiteralString(x.contentHash()));
        g.add(article, Vocab.IN_LANGUAGE, NodeFactory.createLiteralString("id"));
        metadata(g, article, x.metadata(), entities);

        g.add(context, RDF.type.asNode(), Vocab.NIF_CONTEXT);
        g.add(context, Vocab.BEGIN_INDEX, index(0));
        g.add(context, Vocab.END_INDEX, index(x.article().text().length()));
        g.add(context, Vocab.SOURCE_URL, article);

        for (Mention m : x.mentions()) {
            Node mention = textSpan(g, articleIri + "/m/", Vocab.NIF_PHRASE, context, m.begin(), m.end(), m.surface());
            g.add(mention, Vocab.TA_IDENT_REF, entity(m.entity()));
            g.add(article, Vocab.MENTIONS, entity(m.entity()));
            entities.add(m.entity());
        }
        for (StatedRole r : x.roles()) {
            g.add(entity(r.entity()), Vocab.STATED_ROLE, NodeFactory.createLiteralString(r.role()));
            entities.add(r.entity());
        }
        for (Contact c : x.contacts()) {
            contact(g, articleIri, article, context, c, entities);
        }
        for (Statement s : x.statements()) {
            statement(g, articleIri, article, context, s, entities);
        }
        for (Entity e : entities) {
            Node node = entity(e);
            g.add(node, RDF.type.asNode(), Vocab.classOf(e.type()));
            g.add(node, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString(e.name()));
        }
        return g;
    }

    /** An http(s) URL that is also a valid IRI: a scraped URL with, say, two '#' would make every export invalid. */
    private static boolean isWebIri(String url) {
        if (url == null || !WEB_URL.matcher(url.strip()).matches()) {
            return false;
        }
        try {
            return !org.apache.jena.irix.IRIx.create(url.strip()).hasViolations();
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }

    private void metadata(Graph g, Node article, ArticleMetadata md, Set<Entity> entities) {
        if (md.title() != null) {
            g.add(article, Vocab.HEADLINE, NodeFactory.createLiteralString(md.title()));
        }
        if (md.publisher() != null) {
            g.add(article, Vocab.PUBLISHER, entity(md.publisher()));
            entities.add(md.publisher());
        }
        if (md.published() != null) {
            g.add(article, Vocab.DATE_PUBLISHED, temporal(md.published()));
        }
        if (isWebIri(md.url())) {
            g.add(article, Vocab.URL, NodeFactory.createURI(md.url().strip()));
        }
        if (md.dateline() != null) {
            g.add(article, Vocab.LOCATION_CREATED, entity(md.dateline()));
            entities.add(md.dateline());
        }
        for (Entity a : md.authors()) {
            g.add(article, Vocab.AUTHOR, entity(a));
            entities.add(a);
        }
        for (Entity e : md.editors()) {
            g.add(article, Vocab.EDITOR, entity(e));
            entities.add(e);
        }
        for (Entity s : md.sources()) {
            g.add(article, Vocab.CITES_SOURCE, entity(s));
            entities.add(s);
        }
    }

    private void contact(Graph g, String articleIri, Node article, Node context, Contact c, Set<Entity> entities) {
        String id = hash(c.kind() + "|" + c.a().key() + "|" + c.b().key() + "|" + c.evidence().begin() + "|" + c.cue());
        Node node = NodeFactory.createURI(articleIri + "/contact/" + id);
        g.add(node, RDF.type.asNode(), Vocab.CONTACT);
        g.add(node, Vocab.KIND, kind(c.kind()));
        g.add(node, Vocab.PARTICIPANT, entity(c.a()));
        g.add(node, Vocab.PARTICIPANT, entity(c.b()));
        entities.add(c.a());
        entities.add(c.b());
        if (c.initiator() != null) {
            Entity recipient = c.initiator().equals(c.a()) ? c.b() : c.a();
            g.add(node, Vocab.AGENT, entity(c.initiator()));
            g.add(node, Vocab.RECIPIENT, entity(recipient));
        }
        if (c.date() != null) {
            g.add(node, Vocab.START_TIME, temporal(c.date()));
        }
        if (c.endDate() != null) {
            g.add(node, Vocab.END_TIME, temporal(c.endDate()));
        }
        if (c.planned()) {
            g.add(node, Vocab.PLANNED, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        if (c.topic() != null) {
            g.add(node, Vocab.ABOUT, NodeFactory.createLiteralString(c.topic()));
        }
        g.add(node, Vocab.CUE, NodeFactory.createLiteralString(c.cue()));
        g.add(node, Vocab.EVIDENCE, span(g, articleIri, context, c.evidence()));
        g.add(node, Vocab.WAS_DERIVED_FROM, article);
        g.add(node, Vocab.REPORT_OF, event(g, c));
    }

    /**
     * The event a contact report is about, the same node for every article that reports it: same kind, same
     * two participants, same day (or both undated). The union of all graphs then counts its sources.
     */
    private static Node event(Graph g, Contact c) {
        String a = c.a().key();
        String b = c.b().key();
        String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        String when = c.date() == null ? "undated" : c.date().toString();
        Node event = NodeFactory.createURI(Vocab.ID + "event/" + hash(c.kind() + "|" + pair + "|" + when));
        g.add(event, RDF.type.asNode(), Vocab.CONTACT_EVENT);
        g.add(event, Vocab.KIND, kind(c.kind()));
        g.add(event, Vocab.PARTICIPANT, entity(c.a()));
        g.add(event, Vocab.PARTICIPANT, entity(c.b()));
        if (c.date() != null) {
            g.add(event, Vocab.START_TIME, temporal(c.date()));
        }
        return event;
    }

    /**
     * What a statement claims, the same node for every outlet that reports it: the same speaker and the same
     * opening words (case, punctuation and spacing aside), so slightly different quotations still meet.
     */
    private static Node claim(Graph g, Statement s) {
        String[] words = NOT_WORD.matcher(s.text().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip().split(" ");
        String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, CLAIM_WORDS)));
        Node claim = NodeFactory.createURI(Vocab.ID + "claim/" + hash(s.speaker().key() + "|" + opening));
        g.add(claim, RDF.type.asNode(), Vocab.CLAIM);
        g.add(claim, Vocab.SPEAKER, entity(s.speaker()));
        return claim;
    }

    private void statement(Graph g, String articleIri, Node article, Node context, Statement s, Set<Entity> entities) {
        Span ev = s.evidence();
        Node node = NodeFactory.createURI(articleIri + "/statement/" + ev.begin() + "-" + ev.end() + "-"
                + hash(s.speaker().key() + "|" + s.text()).substring(0, 8));
        g.add(node, RDF.type.asNode(), Vocab.STATEMENT);
        g.add(node, Vocab.SPEAKER, entity(s.speaker()));
        entities.add(s.speaker());
        g.add(node, Vocab.TEXT, NodeFactory.createLiteralString(s.text()));
        g.add(node, Vocab.MODE, s.mode() == SpeechMode.DIRECT ? Vocab.DIRECT_SPEECH : Vocab.REPORTED_SPEECH);
        if (s.cue() != null) {
            g.add(node, Vocab.CUE, NodeFactory.createLiteralString(s.cue()));
        }
        if (s.speakerRole() != null) {
            g.add(node, Vocab.SPEAKER_ROLE, NodeFactory.createLiteralString(s.speakerRole()));
        }
        for (Entity e : s.mentions()) {
            g.add(node, Vocab.MENTIONS, entity(e));
            entities.add(e);
        }
        g.add(node, Vocab.EVIDENCE, span(g, articleIri, context, ev));
        g.add(node, Vocab.WAS_DERIVED_FROM, article);
        g.add(node, Vocab.REPORT_OF, claim(g, s));
    }

    private Node span(Graph g, String articleIri, Node context, Span span) {
        return textSpan(g, articleIri + "/s/", Vocab.NIF_SENTENCE, context, span.begin(), span.end(), span.text());
    }

    /** A NIF string of the article text: mentions are nif:Phrase, evidence spans nif:Sentence. */
    private static Node textSpan(Graph g, String iriPrefix, Node type, Node context, int begin, int end, String text) {
        Node node = NodeFactory.createURI(iriPrefix + begin + "-" + end);
        g.add(node, RDF.type.asNode(), type);
        g.add(node, Vocab.REFERENCE_CONTEXT, context);
        g.add(node, Vocab.BEGIN_INDEX, index(begin));
        g.add(node, Vocab.END_INDEX, index(end));
        g.add(node, Vocab.ANCHOR_OF, NodeFactory.createLiteralString(text));
        return node;
    }

    private static Node kind(ContactKind kind) {
        String local = kind.label().substring(0, 1).toUpperCase() + kind.label().substring(1);
        return NodeFactory.createURI(Vocab.NS + local);
    }

    static Node entity(Entity e) {
        return NodeFactory.createURI(Vocab.iriOf(e.key()));
    }

    private static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node temporal(Temporal t) {
        if (t instanceof OffsetDateTime odt) {
            return NodeFactory.createLiteralDT(odt.format(DATE_TIME), XSDDatatype.XSDdateTime);
        }
        if (t instanceof LocalDate d) {
            return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
        }
        throw new IllegalArgumentException("unsupported date value " + t);
    }

    private static String hash(String s) {
        return Sha256.hex(s, 16);
    }
}
