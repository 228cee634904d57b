package dev.kabar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code kabar serve --port 0 ...} from the packaged jar in its own JVM, as a user starts it; stopped on close. */
public final class ServedJar implements AutoCloseable {
    public static final Path JAR = Path.of(System.getProperty("kabar.jar", "target/kabar.jar"));
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://127\\.0\\.0\\.1:\\d+)/kabar/sparql");

    private final Process process;
    private final String base;
    private final List<String> banner;
    private final Path log;

    private ServedJar(Process process, String base, List<String> banner, Path log) {
        this.process = process;
        this.base = base;
        this.banner = List.copyOf(banner);
        this.log = log;
    }

    /** Starts the server on a free port with the given arguments after {@code serve --port 0}. */
    public static ServedJar serve(String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "serve", "--port", "0"));
        command.addAll(List.of(args));
        // stderr (progress, problems) goes to a file so that a full pipe never blocks the server
        Path log = Files.createTempFile("kabar-serve", ".err");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> banner = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            banner.add(line);
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> drain(out), "served-jar-stdout");
                drain.setDaemon(true);
                drain.start();
                return new ServedJar(p, m.group(1), banner, log);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("kabar serve stopped before it served: " + banner + "\n" + Files.readString(log));
    }

    private static void drain(BufferedReader out) {
        try (out) {
            while (out.readLine() != null) {
                // the banner's rest and nothing else
            }
        } catch (IOException e) {
            // the process has gone
        }
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:41234}. */
    public String base() {
        return base;
    }

    /** The lines printed up to and including the SPARQL endpoint's. */
    public List<String> banner() {
        return banner;
    }

    public String stderr() throws IOException {
        return Files.readString(log);
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager would; true when the server ended within 20 s. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (!stop()) {
            process.destroyForcibly();
        }
    }

    /** The java of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
