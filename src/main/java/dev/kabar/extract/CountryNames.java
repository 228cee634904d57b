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
            String english = region.getDisplayCountry(Locale.ENGLISH).replaceAll("\\s*\\(.*\\)$", "");
            String name = region.getDisplayCountry(local);
            Entity country = new Entity("country/" + iso, EntityType.COUNTRY, english);
            out.add(new CountryName(country, name));
            // CLDR writes "Myanmar (Burma)": text writes either name alone
            java.util.regex.Matcher alt = java.util.regex.Pattern.compile("^(.+?)\\s*\\((.+)\\)$").matcher(name);
            if (alt.matches()) {
                out.add(new CountryName(country, alt.group(1)));
                out.add(new CountryName(country, alt.group(2)));
            }
        }
        return out;
    }
}
