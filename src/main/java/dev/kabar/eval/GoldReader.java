package dev.kabar.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.extract.ContactKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads and checks one gold file. A malformed file is refused with a reason rather than scored half-read:
 * a typo in a kind or an empty name list would otherwise silently change the numbers.
 */
public final class GoldReader {
    private final ObjectMapper mapper = new ObjectMapper()
            // unknown keys (notes, annotator names) are harmless; wrong shapes are not
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    /** The gold annotation in the file; a {@link GoldFormatException} says why it cannot be used. */
    public Gold read(Path file) {
        Gold gold;
        try {
            gold = mapper.readValue(Files.readAllBytes(file), Gold.class);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException("not a valid gold file (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new GoldFormatException("cannot read (" + e.getMessage() + ")");
        }
        if (gold == null) {
            throw new GoldFormatException("empty gold file");
        }
        check(gold);
        return gold;
    }

    private static void check(Gold gold) {
        if (gold.article() == null || gold.article().isBlank()) {
            throw new GoldFormatException("no \"article\" file name");
        }
        if (gold.metadata().published() != null && !gold.metadata().published().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new GoldFormatException("metadata.published must be YYYY-MM-DD (or a prefix), not '"
                    + gold.metadata().published() + "'");
        }
        for (ScoredType type : ScoredType.values()) {
            names(gold.entities(type), type.label());
            names(gold.optionalEntities(type), "optional." + type.label());
        }
        contacts(gold.contacts(), "contacts");
        contacts(gold.optionalContacts(), "optional_contacts");
        statements(gold.statements(), "statements");
        statements(gold.optionalStatements(), "optional_statements");
    }

    private static void names(List<List<String>> entities, String where) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i) == null || NameSet.of(entities.get(i).stream().filter(n -> n != null).toList())
                    .normalised().isEmpty()) {
                throw new GoldFormatException(where + "[" + i + "] has no name");
            }
        }
    }

    private static void contacts(List<Gold.GoldContact> contacts, String where) {
        for (int i = 0; i < contacts.size(); i++) {
            Gold.GoldContact c = contacts.get(i);
            String at = where + "[" + i + "]";
            if (c == null || c.between().size() != 2) {
                throw new GoldFormatException(at + ": \"between\" must hold exactly two participants");
            }
            names(c.between(), at + ".between");
            if (c.kind() == null) {
                throw new GoldFormatException(at + ": no \"kind\"");
            }
            try {
                ContactKind.fromLabel(c.kind());
            } catch (IllegalArgumentException e) {
                throw new GoldFormatException(at + ": unknown kind '" + c.kind() + "'");
            }
            if (c.date() != null) {
                try {
                    LocalDate.parse(c.date());
                } catch (DateTimeParseException e) {
                    throw new GoldFormatException(at + ": date must be YYYY-MM-DD, not '" + c.date() + "'");
                }
            }
        }
    }

    private static void statements(List<Gold.GoldStatement> statements, String where) {
        for (int i = 0; i < statements.size(); i++) {
            Gold.GoldStatement s = statements.get(i);
            String at = where + "[" + i + "]";
            if (s == null) {
                throw new GoldFormatException(at + " is null");
            }
            names(List.of(s.speaker()), at + ".speaker");
            if (s.contains() == null || Names.normalise(s.contains()).isEmpty()) {
                throw new GoldFormatException(at + ": no \"contains\" fragment");
            }
        }
    }

    /** A gold file that cannot be scored; the message is the reason, without the file name. */
    public static final class GoldFormatException extends RuntimeException {
        public GoldFormatException(String message) {
            super(message);
        }
    }
}
