package dev.kabar.article;

/** Recognises common binary files by their first bytes, so a renamed PDF or zip is named, not decoded. */
final class BinaryFormats {
    private record Magic(String name, byte[] prefix) {
    }

    private static final Magic[] KNOWN = {
        new Magic("a PDF document", new byte[] {'%', 'P', 'D', 'F', '-'}),
        new Magic("a zip archive or Office document", new byte[] {'P', 'K', 3, 4}),
        new Magic("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        new Magic("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        new Magic("a GIF image", new byte[] {'G', 'I', 'F', '8'}),
        new Magic("a gzip archive", new byte[] {0x1F, (byte) 0x8B}),
        new Magic("an executable", new byte[] {0x7F, 'E', 'L', 'F'}),
        new Magic("a WebP or RIFF file", new byte[] {'R', 'I', 'F', 'F'}),
    };

    private BinaryFormats() {
    }

    /** What the bytes are, or null when they do not start like a known binary format. */
    static String name(byte[] bytes) {
        for (Magic m : KNOWN) {
            if (bytes.length >= m.prefix.length && startsWith(bytes, m.prefix)) {
                return m.name;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
