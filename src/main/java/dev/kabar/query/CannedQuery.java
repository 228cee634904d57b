package dev.kabar.query;

import java.util.List;

/**
 * A query shipped in {@code queries/NAME.rq}: the header comments give its title, description and
 * parameters ({@code # @param NAME description}); parameters are variables bound on the parsed query.
 */
public record CannedQuery(String name, String title, String description, List<Param> params, String sparql) {
    public CannedQuery {
        params = List.copyOf(params);
    }

    /**
     * A parameter: a variable of the query that the caller binds to a string value.
     *
     * @param defaultValue used when the caller gives none, or null when the parameter is required
     */
    public record Param(String name, String description, String defaultValue) {
        public Param(String name, String description) {
            this(name, description, null);
        }
    }
}
