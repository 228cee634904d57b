package dev.kabar.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The sample articles shipped in the jar under {@code samples/}, as a readable folder. */
final class BundledSamples implements AutoCloseable {
    private final FileSystem jar;
    private final Path folder;

    BundledSamples() {
        URL url = BundledSamples.class.getClassLoader().getResource("samples");
        if (url == null) {
            throw KabarException.failure("the bundled samples are missing from this build");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                jar = FileSystems.newFileSystem(url.toURI(), Map.of());
                folder = jar.getPath("samples");
            } else {
                jar = null;
                folder = Path.of(url.toURI());
            }
        } catch (IOException | URISyntaxException e) {
            throw KabarException.failure("cannot open the bundled samples: " + e.getMessage());
        }
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }
}
