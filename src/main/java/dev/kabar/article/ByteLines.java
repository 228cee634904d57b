package dev.kabar.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLine} bytes: a longer line is
 * consumed and reported as overlong, so one giant line cannot exhaust memory.
 */
final class ByteLines {
    /** One line: its bytes (null when it was overlong), its 1-based number and its full length. */
    record Line(byte[] bytes, int number, long length) {
        boolean overlong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private int number;

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its line break (a trailing CR is dropped too), or null at the end. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (length <= maxLine) {
                line.write(buffer, start, n);
            }
            if (pos < end) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        if (length > maxLine) {
            return new Line(null, number, length);
        }
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, len - 1);
        }
        return new Line(bytes, number, length);
    }
}
