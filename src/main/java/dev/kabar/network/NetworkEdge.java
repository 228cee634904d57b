package dev.kabar.network;

import java.util.Objects;

/**
 * One kind of contact between two actors, undirected: the graph tools' edge. Two actors with contacts of two
 * kinds have two edges.
 *
 * @param source    one actor's IRI
 * @param target    the other actor's IRI
 * @param kind      call, meeting, visit, invitation or talks
 * @param sources   the number of articles that report such contacts between the two: the edge's weight
 * @param events    the number of distinct contact events behind the edge
 * @param firstDate the earliest date (YYYY-MM-DD), or null when no report is dated
 * @param lastDate  the latest date, or null when no report is dated
 */
public record NetworkEdge(String source, String target, String kind, int sources, int events, String firstDate,
        String lastDate) {
    public NetworkEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
    }
}
