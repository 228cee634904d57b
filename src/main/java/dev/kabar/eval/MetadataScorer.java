package dev.kabar.eval;

import java.util.List;

/**
 * Title, publisher and date, each scored only when the gold value is not null (null means the text does not
 * state it). Title and publisher must equal the gold value after normalisation; the publisher may go by its
 * canonical name or any surface form. The date must start with the gold value, so a gold "2023-12" would
 * accept any day of that month, and the time of day never matters.
 */
final class MetadataScorer {
    Ratio score(Reported.Meta reported, Gold.Metadata gold, List<Finding> findings) {
        Ratio r = Ratio.ZERO;
        if (gold.title() != null) {
            boolean ok = reported.title() != null && Names.normalise(reported.title()).equals(Names.normalise(gold.title()));
            r = r.plus(check(ok, "title", gold.title(), reported.title(), findings));
        }
        if (gold.publisher() != null) {
            boolean ok = reported.publisher() != null && reported.publisher().contains(gold.publisher());
            r = r.plus(check(ok, "publisher", gold.publisher(),
                    reported.publisher() == null ? null : reported.publisher().label(), findings));
        }
        if (gold.published() != null) {
            boolean ok = reported.published() != null && reported.published().startsWith(gold.published().strip());
            r = r.plus(check(ok, "published", gold.published(), reported.published(), findings));
        }
        return r;
    }

    private static Ratio check(boolean ok, String field, String expected, String got, List<Finding> findings) {
        if (ok) {
            return new Ratio(1, 1);
        }
        findings.add(new Finding("metadata", field, "expected \"" + expected + "\", got "
                + (got == null ? "nothing" : "\"" + got + "\"")));
        return new Ratio(0, 1);
    }
}
