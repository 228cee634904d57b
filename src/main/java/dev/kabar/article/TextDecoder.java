package dev.kabar.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text, refusing what is not text rather than loading garbage: UTF-8 (a BOM is dropped),
 * UTF-16 with a BOM, and, when the bytes are not UTF-8 but read as plausible Windows-1252 (the legacy encoding
 * of older Indonesian sites), Windows-1252 with a warning. Known binary formats, NUL bytes and control
 * characters mean binary.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Legacy text has a few accented letters and curly quotes, not a high byte in every few characters. */
    private static final double MAX_LEGACY_HIGH_BYTES = 0.05;
    private static final double MAX_CONTROL_CHARS = 0.001;

    /** Decoded text, and whether it came from a legacy encoding (worth a warning). */
    public record Decoded(String text, boolean legacy) {
    }

    /** Why bytes could not be decoded; the message is written for the user. */
    public static final class NotTextException extends Exception {
        private final ReadProblem.Kind kind;

        public NotTextException(ReadProblem.Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public ReadProblem.Kind kind() {
            return kind;
        }
    }

    public Decoded decode(byte[] bytes) throws NotTextException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), false);
        }
        String format = BinaryFormats.name(bytes);
        if (format != null) {
            throw new NotTextException(ReadProblem.Kind.BINARY, "binary content (" + format + "), not a text article");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int controls = 0;
        int high = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new NotTextException(ReadProblem.Kind.BINARY,
                        "binary content (NUL byte at offset " + i + "), not a text article");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            } else if (b >= 0x80) {
                high++;
            }
        }
        int length = Math.max(1, bytes.length - start);
        if (controls > 8 && controls > length * MAX_CONTROL_CHARS) {
            throw new NotTextException(ReadProblem.Kind.BINARY,
                    "binary content (" + controls + " control bytes), not a text article");
        }
        try {
            return new Decoded(decodeOrThrow(bytes, start, StandardCharsets.UTF_8), false);
        } catch (CharacterCodingException e) {
            int offset = firstBadUtf8(bytes, start);
            if (high <= length * MAX_LEGACY_HIGH_BYTES && !hasUndefinedWindows1252(bytes, start)) {
                return new Decoded(strict(bytes, start, WINDOWS_1252), true);
            }
            throw new NotTextException(ReadProblem.Kind.BAD_ENCODING,
                    "not valid UTF-8 text (bad byte sequence at offset " + offset + ")");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes that Windows-1252 leaves undefined: their presence means some other encoding, or binary. */
    private static boolean hasUndefinedWindows1252(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return true;
            }
        }
        return false;
    }

    private static int firstBadUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws NotTextException {
        try {
            return decodeOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new NotTextException(ReadProblem.Kind.BAD_ENCODING, "not valid " + charset.name() + " text");
        }
    }
}
