package dev.kabar.query;

import java.util.Locale;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;

/** How query results are written. */
public enum ResultFormat {
    TABLE(null, "text/plain"), CSV(ResultSetLang.RS_CSV, "text/csv"), TSV(ResultSetLang.RS_TSV, "text/tab-separated-values"),
    JSON(ResultSetLang.RS_JSON, "application/sparql-results+json");

    private final Lang lang;
    private final String mediaType;

    ResultFormat(Lang lang, String mediaType) {
        this.lang = lang;
        this.mediaType = mediaType;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By name (table, csv, tsv, json) or media type; null if neither. */
    public static ResultFormat parse(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (ResultFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(v) || f.mediaType.equals(v)) {
                return f;
            }
        }
        return null;
    }

}
