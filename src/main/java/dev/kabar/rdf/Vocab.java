package dev.kabar.rdf;

import dev.kabar.extract.EntityType;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The IRIs Kabar writes: its own terms (ontology/kabar.ttl) and the reused vocabularies. */
public final class Vocab {
    public static final String NS = "https://w3id.org/kabar/ns#";
    public static final String ID = "https://w3id.org/kabar/id/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Node KB_GRAPH = NodeFactory.createURI(ID + "graph/kb");
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(ID + "graph/ontology");
    /** Store bookkeeping: which file each article was loaded from (for replacing and pruning), not a fact. */
    public static final Node SOURCES_GRAPH = NodeFactory.createURI(ID + "graph/sources");
    /** Store bookkeeping: each mentioned entity's type, name and article count, so lists need not count. */
    public static final Node STATS_GRAPH = NodeFactory.createURI(ID + "graph/stats");

    public static final Node SCHEMA_NAME = schema("name");
    public static final Node NEWS_ARTICLE = schema("NewsArticle");
    public static final Node PERSON = schema("Person");
    public static final Node ORGANIZATION = schema("Organization");
    public static final Node COUNTRY = schema("Country");
    public static final Node PLACE = schema("Place");
    public static final Node IDENTIFIER = schema("identifier");
    public static final Node HEADLINE = schema("headline");
    public static final Node PUBLISHER = schema("publisher");
    public static final Node DATE_PUBLISHED = schema("datePublished");
    public static final Node URL = schema("url");
    public static final Node IN_LANGUAGE = schema("inLanguage");
    public static final Node MENTIONS = schema("mentions");
    public static final Node AUTHOR = schema("author");
    public static final Node EDITOR = schema("editor");
    public static final Node LOCATION_CREATED = schema("locationCreated");
    public static final Node PARTICIPANT = schema("participant");
    public static final Node AGENT = schema("agent");
    public static final Node RECIPIENT = schema("recipient");
    public static final Node START_TIME = schema("startTime");
    public static final Node END_TIME = schema("endTime");
    public static final Node ABOUT = schema("about");
    public static final Node TEXT = schema("text");

    public static final Node NIF_CONTEXT = nif("Context");
    public static final Node NIF_PHRASE = nif("Phrase");
    public static final Node NIF_SENTENCE = nif("Sentence");
    public static final Node BEGIN_INDEX = nif("beginIndex");
    public static final Node END_INDEX = nif("endIndex");
    public static final Node ANCHOR_OF = nif("anchorOf");
    public static final Node REFERENCE_CONTEXT = nif("referenceContext");
    public static final Node SOURCE_URL = nif("sourceUrl");
    public static final Node TA_IDENT_REF = NodeFactory.createURI(ITSRDF + "taIdentRef");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    public static final Node CONTACT = kabar("Contact");
    public static final Node STATEMENT = kabar("Statement");
    public static final Node KIND = kabar("kind");
    public static final Node PLANNED = kabar("planned");
    public static final Node CUE = kabar("cue");
    public static final Node EVIDENCE = kabar("evidence");
    public static final Node SPEAKER = kabar("speaker");
    public static final Node MODE = kabar("mode");
    public static final Node SPEAKER_ROLE = kabar("speakerRole");
    public static final Node STATED_ROLE = kabar("statedRole");
    /** A knowledge-base person's standing role or occupation ("Presiden Indonesia"@id, "penyanyi"@id). */
    public static final Node ROLE = kabar("role");
    public static final Node CITES_SOURCE = kabar("citesSource");
    public static final Node CONTENT_HASH = kabar("contentHash");
    public static final Node LOADED_FROM = kabar("loadedFrom");
    public static final Node ARTICLE_COUNT = kabar("articleCount");
    public static final Node STATS_VERSION = kabar("statsVersion");
    public static final Node PUBLICATION_DAY = kabar("publicationDay");
    public static final Node NAME_KEY = kabar("nameKey");
    public static final Node REPORT_COUNT = kabar("reportCount");
    public static final Node EVENT_COUNT = kabar("eventCount");
    public static final Node INITIATOR_KEPT = kabar("initiatorKept");
    public static final Node SOURCE_COUNT = kabar("sourceCount");
    public static final Node EDGE_FROM = kabar("edgeFrom");
    public static final Node EDGE_TO = kabar("edgeTo");
    public static final Node FIRST_DATE = kabar("firstDate");
    public static final Node LAST_DATE = kabar("lastDate");
    public static final Node COUNT_VALUE = kabar("countValue");
    public static final Node MOST_MENTIONED = kabar("mostMentioned");
    public static final Node DAY_ARTICLE = kabar("dayArticle");
    public static final Node NEWEST_FIRST = kabar("newestFirst");
    public static final Node STATEMENTS_NEWEST_FIRST = kabar("statementsNewestFirst");
    public static final Node NEWEST_MENTIONING = kabar("newestMentioning");
    public static final Node NEWEST_REPORTING = kabar("newestReporting");
    public static final Node TIMELINE_OF = kabar("timelineOf");
    public static final Node MOST_REPORTED = kabar("mostReported");
    public static final Node STATEMENTS_ABOUT = kabar("statementsAbout");
    public static final Node STATEMENTS_BY = kabar("statementsBy");
    public static final Node DIRECT_SPEECH = kabar("DirectSpeech");
    public static final Node CONTACT_EVENT = kabar("ContactEvent");
    public static final Node CLAIM = kabar("Claim");
    public static final Node REPORT_OF = kabar("reportOf");
    public static final Node REPORTED_SPEECH = kabar("ReportedSpeech");

    /** Entity classes and the type each stands for. */
    public static final Map<Node, EntityType> ENTITY_CLASSES = Map.of(
            PERSON, EntityType.PERSON, ORGANIZATION, EntityType.ORGANIZATION,
            COUNTRY, EntityType.COUNTRY, PLACE, EntityType.PLACE);

    private Vocab() {
    }

    public static Node classOf(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case COUNTRY -> COUNTRY;
            case PLACE -> PLACE;
        };
    }

    /** The IRI of an entity key: keys are relative to {@link #ID} unless already absolute. */
    public static String iriOf(String key) {
        return key.contains(":") ? key : ID + key;
    }

    /** The key of an entity IRI (inverse of {@link #iriOf}). */
    public static String keyOf(String iri) {
        return iri.startsWith(ID) ? iri.substring(ID.length()) : iri;
    }

    public static String articleIri(String articleId) {
        return ID + "article/" + articleId;
    }

    /** The prefixes every written graph and export uses. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("kabar", NS);
        pm.setNsPrefix("kid", ID);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("nif", NIF);
        pm.setNsPrefix("itsrdf", ITSRDF);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("wd", WD);
        pm.lock();
        return pm;
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    private static Node nif(String local) {
        return NodeFactory.createURI(NIF + local);
    }

    private static Node kabar(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
