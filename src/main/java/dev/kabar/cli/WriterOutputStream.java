package dev.kabar.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Lets byte-oriented RDF writers print through the command's injected {@link PrintWriter}, so tests capture
 * everything a command prints. Bytes are decoded as UTF-8 at each line end and at flush.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') {
            drain();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() {
        drain();
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }

    private void drain() {
        if (pending.size() > 0) {
            out.write(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }
}
