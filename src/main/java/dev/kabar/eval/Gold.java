package dev.kabar.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One gold annotation file, as written (see ../shared/eval/README.md). Entities are lists of acceptable
 * names, the first canonical. Missing lists read as empty, so a file only states what it annotates.
 */
public record Gold(String article, Metadata metadata, List<List<String>> people, List<List<String>> organizations,
                   List<List<String>> countries, OptionalEntities optional, List<String> forbidden, List<GoldContact> contacts,
                   @JsonProperty("optional_contacts") List<GoldContact> optionalContacts,
                   List<GoldStatement> statements,
                   @JsonProperty("optional_statements") List<GoldStatement> optionalStatements) {
    public Gold {
        metadata = metadata == null ? new Metadata(null, null, null) : metadata;
        people = orEmpty(people);
        organizations = orEmpty(organizations);
        countries = orEmpty(countries);
        optional = optional == null ? new OptionalEntities(null, null, null) : optional;
        forbidden = orEmpty(forbidden);
        contacts = orEmpty(contacts);
        optionalContacts = orEmpty(optionalContacts);
        statements = orEmpty(statements);
        optionalStatements = orEmpty(optionalStatements);
    }

    /** Title, publisher and date (ISO {@code YYYY-MM-DD}); a null field is not stated in the text and not scored. */
    public record Metadata(String title, String publisher, String published) {
    }

    /** Entities that may be reported without penalty, per type. */
    public record OptionalEntities(List<List<String>> people, List<List<String>> organizations, List<List<String>> countries) {
        public OptionalEntities {
            people = orEmpty(people);
            organizations = orEmpty(organizations);
            countries = orEmpty(countries);
        }
    }

    /** Two participants (each a list of acceptable names, order free), a kind label and an optional day. */
    public record GoldContact(List<List<String>> between, String kind, String date) {
        public GoldContact {
            between = orEmpty(between);
        }
    }

    /** A statement: who said it and a fragment its text must contain. */
    public record GoldStatement(List<String> speaker, String contains) {
        public GoldStatement {
            speaker = orEmpty(speaker);
        }
    }

    public List<List<String>> entities(ScoredType type) {
        return switch (type) {
            case PEOPLE -> people;
            case ORGANIZATIONS -> organizations;
            case COUNTRIES -> countries;
        };
    }

    public List<List<String>> optionalEntities(ScoredType type) {
        return switch (type) {
            case PEOPLE -> optional.people();
            case ORGANIZATIONS -> optional.organizations();
            case COUNTRIES -> optional.countries();
        };
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
