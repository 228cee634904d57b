package dev.kabar.explorer;

import dev.kabar.support.ServedJar;
import java.nio.file.Path;

/**
 * Headless Chromium and {@code kabar serve --port 0 INPUT} from the packaged jar, started together for a browser
 * test class and stopped together; the browser comes first, so that a machine without it skips before the
 * server's load.
 */
record ExplorerSession(Browser browser, ServedJar server) implements AutoCloseable {

    static ExplorerSession start(Path input) throws Exception {
        Browser browser = Browser.start();
        try {
            return new ExplorerSession(browser, ServedJar.serve(input.toString()));
        } catch (Exception | Error e) {
            browser.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try (ServedJar s = server) {
            browser.close();
        }
    }
}
