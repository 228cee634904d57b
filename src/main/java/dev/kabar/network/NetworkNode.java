package dev.kabar.network;

import java.util.Objects;

/**
 * An actor of the contact network: a person, organization or country.
 *
 * @param iri      the entity's IRI, its identity across exports
 * @param name     its canonical name
 * @param type     person, organization or country
 * @param wikidata its Wikidata id (Q7747), or null when not known
 * @param articles the number of articles that mention it, or null when not known
 */
public record NetworkNode(String iri, String name, String type, String wikidata, Integer articles) {
    public NetworkNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
