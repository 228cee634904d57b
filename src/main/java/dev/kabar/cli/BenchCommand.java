package dev.kabar.cli;

import dev.kabar.bench.Benchmark;
import dev.kabar.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar bench}: load-speed and query-latency figures on a corpus grown to N articles. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Benchmark: extraction alone, end-to-end load, the same quads loaded by Jena alone, and "
                + "every canned query, on a JSON Lines corpus replicated to N articles.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/corpus/indosum-3463.jsonl",
            description = "JSON Lines corpus to replicate (default: ${DEFAULT-VALUE}).")
    Path corpus;
    @Option(names = "--articles", paramLabel = "N", split = ",", defaultValue = "1000",
            description = "Corpus sizes, comma-separated (default: ${DEFAULT-VALUE}); e.g. 1000,10000,100000.")
    List<Integer> sizes = new ArrayList<>();
    @Option(names = "--stores", paramLabel = "KIND", split = ",", defaultValue = "memory,tdb2",
            description = "memory (in-memory, as the commands and the server use), memory-txn (Jena's transactional in-memory, to compare) "
                    + "and/or tdb2 (default: ${DEFAULT-VALUE}).")
    List<String> stores = new ArrayList<>();
    @Option(names = "--runs", paramLabel = "N", defaultValue = "21",
            description = "Timed runs per query (default: ${DEFAULT-VALUE}; p95 is then the second slowest).")
    int runs;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "kabar-bench.md",
            description = "Where the table is written too (default: ${DEFAULT-VALUE}).")
    Path output;
    @Mixin
    ThreadsOption threads;
    @Mixin
    VerboseOption verbose;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw KabarException.usage(corpus + ": no such corpus file (give --corpus FILE.jsonl)");
        }
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || runs < 1) {
            throw KabarException.usage("--articles and --runs must be positive");
        }
        List<Benchmark.StoreKind> kinds = new ArrayList<>();
        for (String s : stores) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "memory" -> kinds.add(Benchmark.StoreKind.MEMORY);
                case "memory-txn" -> kinds.add(Benchmark.StoreKind.MEMORY_TXN);
                case "tdb2" -> kinds.add(Benchmark.StoreKind.TDB2);
                default -> throw KabarException.usage("--stores takes memory, memory-txn and/or tdb2, not '" + s + "'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("kabar-bench");
        try {
            Benchmark bench = new Benchmark(new Pipeline(Workspace.knowledgeBase(List.of())), threads.threads(), runs,
                    work, err);
            String table = bench.run(corpus, sizes, kinds, machine());
            out.print(table);
            out.flush();
            Files.writeString(output, table);
            err.println("kabar: wrote " + output);
        } finally {
            deleteQuietly(work);
        }
        return ExitCode.OK;
    }

    private String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d processors, max heap %,d MB, %s %s, Java %s, %d extraction threads",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), threads.threads());
    }

    private static void deleteQuietly(Path dir) {
        try {
            Benchmark.deleteTree(dir);
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
