package dev.kabar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every ISO country with its name in the article language, from the JDK's CLDR data. */
public final class CountryNames {

    /** A country and a name it is written as: in the given language, or in English ({@code english}). */
    public record CountryName(Entity country, String localName, boolean english) {
    }

    private static final java.util.Set<String> ENGLISH_AMBIGUOUS = java.util.Set.of("Jordan", "Georgia", "Chad", "Jersey", "Monaco",
            "Turkey", "Guinea", "Niger", "Dominica", "Guernsey", "Isle of Man", "Christmas Island", "Norfolk Island",
            "Saint Helena", "Montserrat", "Reunion", "Martinique", "Mayotte", "Aruba");

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
            out.add(new CountryName(country, name, false));
            // Indonesian news quotes English names too ("pertemuan negara New Zealand, Australia …"), except
            // those that are also given names, states, garments or words of the text ("Jordan", "Georgia", "Jersey")
            if (!english.equals(name) && !ENGLISH_AMBIGUOUS.contains(english)) {
                out.add(new CountryName(country, english, true));
            }
            // CLDR writes "Myanmar (Burma)": text writes either name alone
            java.util.regex.Matcher alt = java.util.regex.Pattern.compile("^(.+?)\\s*\\((.+)\\)$").matcher(name);
            if (alt.matches()) {
                out.add(new CountryName(country, alt.group(1), false));
                out.add(new CountryName(country, alt.group(2), false));
            }
        }
        return out;
    }
}
