package dev.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Entity US = new Entity("country/US", EntityType.COUNTRY, "United States");
    private static final Entity CHILE = new Entity("country/CL", EntityType.COUNTRY, "Chile");
    private static final Entity PBB = new Entity("org/united-nations", EntityType.ORGANIZATION, "United Nations");
    private static final Entity DK = new Entity("org/un-security-council", EntityType.ORGANIZATION, "UN Security Council");

    private final Gazetteer gazetteer = Gazetteer.of(List.<Map.Entry<String, Entity>>of(
            new SimpleEntry<>("AS", US), new SimpleEntry<>("Amerika Serikat", US), new SimpleEntry<>("Chili", CHILE),
            new SimpleEntry<>("PBB", PBB), new SimpleEntry<>("Dewan Keamanan PBB", DK)));

    private List<String> surfaces(String text) {
        return gazetteer.find(text).stream().map(Mention::surface).toList();
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(surfaces("Pemerintah AS dan as roda")).containsExactly("AS");
    }

    @Test
    void shortMixedCaseLabelsMatchOnlyInTheirOwnCase() {
        Entity boe = new Entity("org/bank-of-england", EntityType.ORGANIZATION, "Bank of England");
        Gazetteer g = Gazetteer.of(List.<Map.Entry<String, Entity>>of(new SimpleEntry<>("BoE", boe)));
        // "Boe" is a surname (the Danish doubles player), "BoE" the bank
        assertThat(g.find("Mathias Boe menang, kata BoE dan BOE").stream().map(Mention::surface)).containsExactly("BoE");
    }

    @Test
    void capitalisedNamesDoNotMatchLowerCaseWords() {
        assertThat(surfaces("saus chili dari Chili dan CHILI")).containsExactly("Chili", "CHILI");
    }

    @Test
    void aLowerCaseSpellingOfTheSameEntityLetsLowerCaseTextMatch() {
        Entity outlet = new Entity("org/tempo", EntityType.ORGANIZATION, "Tempo.co");
        Gazetteer g = Gazetteer.of(List.<Map.Entry<String, Entity>>of(new SimpleEntry<>("Tempo.co", outlet),
                new SimpleEntry<>("tempo.co", outlet)));
        assertThat(g.find("dikutip dari tempo.co dan Tempo.co")).hasSize(2);
    }

    @Test
    void longestMatchWinsAndWordsMustBeWhole() {
        List<Mention> found = gazetteer.find("Dewan Keamanan PBB bersidang; PBBX bukan; amerika serikat ditulis kecil.");
        assertThat(found).extracting(m -> m.entity().key()).containsExactly("org/un-security-council");
        assertThat(surfaces("Amerika Serikat")).containsExactly("Amerika Serikat");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Kata AS.";
        Mention m = gazetteer.find(text).get(0);
        assertThat(text.substring(m.begin(), m.end())).isEqualTo("AS");
    }
}
