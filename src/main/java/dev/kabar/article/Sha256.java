package dev.kabar.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digest of a string (its UTF-8 bytes) in lower-case hex: article ids, content hashes, node IRIs. */
public final class Sha256 {
    private Sha256() {
    }

    /** The first {@code hexDigits} hex digits of the digest (64 for all of it). */
    public static String hex(String s, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, hexDigits / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
