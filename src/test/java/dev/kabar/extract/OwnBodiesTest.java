package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's stated office ties them to a body they are then not "in contact" with. */
class OwnBodiesTest {
    private static final Entity KIM = new Entity("person/kim", EntityType.PERSON, "Kim");
    private static final Entity RETNO = new Entity("person/retno", EntityType.PERSON, "Retno");
    private static final Entity JA = new Entity("person/ja", EntityType.PERSON, "Ja");
    private static final Entity BANK = new Entity("org/world-bank", EntityType.ORGANIZATION, "World Bank");
    private static final Entity KEMLU = new Entity("org/kemlu", EntityType.ORGANIZATION, "Kemlu");
    private static final Entity UN = new Entity("org/un", EntityType.ORGANIZATION, "United Nations");
    private static final Entity GOLKAR = new Entity("org/golkar", EntityType.ORGANIZATION, "Golkar");

    private final OwnBodies own = new OwnBodies(
            List.of(new StatedRole(KIM, "Presiden Bank Dunia"), new StatedRole(RETNO, "Menteri Luar Negeri"),
                    new StatedRole(JA, "Dubes Korut untuk PBB"), new StatedRole(KIM, "mantan Ketua Umum Golkar")),
            List.of(new Mention(0, 10, "Bank Dunia", BANK), new Mention(20, 43, "Kementerian Luar Negeri", KEMLU),
                    new Mention(50, 53, "PBB", UN), new Mention(60, 66, "Golkar", GOLKAR)));

    @Test
    void anOfficeInTheBodyOrAMinisterOfItsMinistry() {
        assertThat(own.holdsOfficeIn(KIM, BANK)).isTrue();
        assertThat(own.holdsOfficeIn(RETNO, KEMLU)).isTrue();
    }

    @Test
    void aShortTitleStandsForItsFullForm() {
        OwnBodies shortly = new OwnBodies(List.of(new StatedRole(RETNO, "Menlu")),
                List.of(new Mention(20, 43, "Kementerian Luar Negeri", KEMLU)), w -> w.equalsIgnoreCase("menlu") ? "menteri luar negeri" : null);
        assertThat(shortly.holdsOfficeIn(RETNO, KEMLU)).isTrue();
    }

    @Test
    void notAnEnvoyToTheBodyNorAFormerHeadNorTheOtherWayRound() {
        assertThat(own.holdsOfficeIn(JA, UN)).isFalse();
        assertThat(own.holdsOfficeIn(KIM, GOLKAR)).isFalse();
        assertThat(own.holdsOfficeIn(BANK, KIM)).isFalse();
        assertThat(own.holdsOfficeIn(RETNO, BANK)).isFalse();
    }
}
