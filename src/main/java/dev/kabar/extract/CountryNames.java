package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every ISO country with its name in the article language, from the JDK's CLDR data. */
public final class CountryNames {

    /** A country and the name it is written as in the given language. */
    public record CountryName(Entity country, String localName) {
    }

    private CountryNames() {
    }

    public static List<CountryName> all(String language) {
        Locale local = Locale.forLanguageTag(language);
        List<CountryName> out = new ArrayList<>();
        for (String iso : Locale.getISOCountries()) {
            Locale region = new Locale("", iso);
            String english = region.getDisplayCountry(Locale.ENGLISH);
            String name = region.getDisplayCountry(local);
            out.add(new CountryName(new Entity("country/" + iso, EntityType.COUNTRY, english), name));
        }
        return out;
    }
}
