package dev.kabar.kb;

import dev.kabar.extract.Entity;
import java.util.List;

/** A curated entity and every name it may be written as. */
public record KbEntry(Entity entity, List<String> labels) {
    public KbEntry {
        labels = List.copyOf(labels);
    }
}
