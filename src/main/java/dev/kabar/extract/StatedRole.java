package dev.kabar.extract;

/** A role an article gives an entity ("Wakil Menteri Luar Negeri Rusia"), kept with that article. */
public record StatedRole(Entity entity, String role) {
}
