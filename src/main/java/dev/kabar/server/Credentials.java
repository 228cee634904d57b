package dev.kabar.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * The one user allowed to upload, read from a password file: its first non-blank line is {@code user:password},
 * or just {@code password} for the user {@code kabar}. Checks HTTP Basic headers in constant time.
 */
public final class Credentials {
    public static final String DEFAULT_USER = "kabar";
    /** Shorter passwords are too easy to guess over a network. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final byte[] expected;
    private final String user;

    public Credentials(String user, String password) {
        if (user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("the user name must be non-empty and without ':'");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        this.user = user;
        this.expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the password file; the message of the exception says what is wrong with it, for the user. */
    public static Credentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the password file (" + e.getMessage() + ")");
        }
        String line = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + ": the password file is empty"));
        int colon = line.indexOf(':');
        try {
            return colon < 0 ? new Credentials(DEFAULT_USER, line)
                    : new Credentials(line.substring(0, colon), line.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    public String user() {
        return user;
    }

    /** Whether an {@code Authorization} header carries these credentials. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // constant time: a wrong guess must not reveal how many leading bytes were right
        return MessageDigest.isEqual(given, expected);
    }
}
