package dev.kabar.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text, refusing what is not text rather than loading garbage:
 * UTF-8 (a BOM is dropped), UTF-16 with a BOM; NUL bytes mean binary.
 */
public final class TextDecoder {

    /** Why bytes could not be decoded; the message is written for the user. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    public String decode(byte[] bytes) throws NotTextException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failBinary(i);
            }
        }
        return strict(bytes, start, StandardCharsets.UTF_8);
    }

    private static String failBinary(int offset) throws NotTextException {
        throw new NotTextException("binary content (NUL byte at offset " + offset + "), not a text article");
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws NotTextException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid " + charset.name() + " text (bad byte sequence near offset "
                    + in.position() + ")");
        }
    }
}
