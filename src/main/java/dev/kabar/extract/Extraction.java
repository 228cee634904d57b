package dev.kabar.extract;

import dev.kabar.article.Article;
import java.util.List;

/** Everything Kabar draws from one article; plain data, turned into RDF by the mapper. */
public record Extraction(Article article, String contentHash, ArticleMetadata metadata, List<Mention> mentions,
                         List<StatedRole> roles, List<Contact> contacts, List<Statement> statements) {
    public Extraction {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        contacts = List.copyOf(contacts);
        statements = List.copyOf(statements);
    }
}
