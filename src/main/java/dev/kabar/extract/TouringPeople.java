package dev.kabar.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * People the knowledge base or the article knows as performers or athletes and not as office holders: their trip to a
 * country ("Ed Sheeran akan menyambangi Meksiko") is a tour or a match, not a visit between the two.
 */
final class TouringPeople {
    private static final Pattern PERFORMER = Pattern.compile("(?iu)(?:^|;\\s*)(?:penyanyi|aktor|aktris|pemain|pebalap|rapper|"
            + "youtuber|komika|model|pelawak|musisi|petenis|pegolf|pebulu\\s*tangkis|pesepak\\s*bola|atlet|petinju|pegulat|"
            + "disjoki|selebgram|presenter|pembawa\\s+acara|penari|komedian|sutradara)\\b");
    private static final Pattern OFFICE = Pattern.compile("(?iu)\\b(?:presiden|menteri|perdana|raja|ratu|pangeran|putri\\s+mahkota|"
            + "putra\\s+mahkota|duta|dubes|gubernur|wali\\s+kota|bupati|ketua|kepala|sekretaris|panglima|jenderal|senator|kanselir|"
            + "anggota\\s+(?:dpr|parlemen|kongres)|utusan)\\b");
    private final Map<String, String> knownRoles;

    TouringPeople(Map<String, String> knownRoles) {
        this.knownRoles = knownRoles;
    }

    /** Whether a visit between {@code a} and {@code b} is only a performer's or an athlete's trip to a country. */
    boolean tripOnly(Entity a, Entity b, List<StatedRole> stated) {
        return a.type() == EntityType.PERSON && b.type() == EntityType.COUNTRY && touring(a, stated)
                || b.type() == EntityType.PERSON && a.type() == EntityType.COUNTRY && touring(b, stated);
    }

    private boolean touring(Entity person, List<StatedRole> stated) {
        boolean performer = false;
        String known = knownRoles.get(person.key());
        if (known != null) {
            if (OFFICE.matcher(known).find()) {
                return false;
            }
            performer = PERFORMER.matcher(known).find();
        }
        for (StatedRole r : stated) {
            if (r.entity().equals(person)) {
                if (OFFICE.matcher(r.role()).find()) {
                    return false;
                }
                performer |= PERFORMER.matcher(r.role()).find();
            }
        }
        return performer;
    }
}
