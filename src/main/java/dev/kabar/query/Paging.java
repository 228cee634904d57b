package dev.kabar.query;

/**
 * A page of a canned query's rows: set on the parsed query (LIMIT and OFFSET), so lists that grow with the corpus
 * can be read a page at a time. {@link #ALL} leaves the query as written.
 */
public record Paging(long limit, long offset) {
    public static final Paging ALL = new Paging(-1, 0);

    public Paging {
        if (offset < 0) {
            throw new QueryParameterException("offset must be 0 or more, not " + offset);
        }
        if (limit < -1 || limit == 0) {
            throw new QueryParameterException("limit must be 1 or more, not " + limit);
        }
    }

    /** From text values as a caller gives them (null when not given). */
    public static Paging parse(String limit, String offset) {
        return new Paging(limit == null ? -1 : number("limit", limit), offset == null ? 0 : number("offset", offset));
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new QueryParameterException(name + " must be a whole number, not '" + value + "'");
        }
    }

    boolean isAll() {
        return limit < 0 && offset == 0;
    }
}
