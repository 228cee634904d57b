package dev.kabar.network;

import java.util.List;

/** A hand-made network with names that break naive writers: markup characters, commas, non-Latin scripts, emoji. */
final class SampleNetwork {
    static final String KOPI = "https://w3id.org/kabar/id/org/kopi-co";
    static final String OBRIEN = "https://w3id.org/kabar/id/person/sean-obrien";
    static final String ABBAS = "https://w3id.org/kabar/id/person/mahmoud-abbas";
    static final String XI = "https://w3id.org/kabar/id/person/xi-jinping";
    static final String RUSSIA = "https://w3id.org/kabar/id/country/RU";

    static final String KOPI_NAME = "Kopi \"Luwak\" & Co <Ltd> 'Tbk'";
    static final String OBRIEN_NAME = "Seán O'Brien, Jr.";
    static final String ABBAS_NAME = "محمود عباس";
    static final String XI_NAME = "习近平";
    static final String RUSSIA_NAME = "Россия 🇷🇺";

    private SampleNetwork() {
    }

    /** Kopi and O'Brien have two kinds of contact: two parallel edges. O'Brien's Wikidata id and articles are unknown. */
    static Network tricky() {
        return new Network(
                List.of(new NetworkNode(KOPI, KOPI_NAME, "organization", "Q1", 3),
                        new NetworkNode(OBRIEN, OBRIEN_NAME, "person", null, null),
                        new NetworkNode(ABBAS, ABBAS_NAME, "person", "Q127998", 1),
                        new NetworkNode(XI, XI_NAME, "person", "Q15031", 2),
                        new NetworkNode(RUSSIA, RUSSIA_NAME, "country", "Q159", 4)),
                List.of(new NetworkEdge(KOPI, OBRIEN, "meeting", 3, 2, "2024-01-02", "2024-03-04"),
                        new NetworkEdge(KOPI, OBRIEN, "call", 1, 1, null, null),
                        new NetworkEdge(ABBAS, XI, "visit", 2, 1, "2023-12-22", "2023-12-22"),
                        new NetworkEdge(XI, RUSSIA, "talks", 1, 1, "2024-05-16", "2024-05-16")));
    }
}
