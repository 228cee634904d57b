package dev.kabar.cli;

import dev.kabar.pipeline.LoadOptions;
import dev.kabar.pipeline.LoadReport;
import dev.kabar.pipeline.Pipeline;
import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import dev.kabar.query.Paging;
import dev.kabar.query.QueryParameterException;
import dev.kabar.query.QueryRunner;
import dev.kabar.query.ResultFormat;
import dev.kabar.store.KabarStore;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar query NAME}: runs a canned query on a store, or on inputs extracted in memory in one step. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a canned query (see 'kabar queries') on a store or on INPUT files extracted in memory.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Canned query name.")
    String name;
    // NAME takes index 0, so the inputs cannot come from the shared mixin (it starts at index 0)
    @Parameters(index = "1..*", paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt, .html, .jsonl) or folders (read recursively), extracted in memory.")
    List<Path> inputs = new ArrayList<>();
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;
    @Mixin
    StrictOption strict;
    @Mixin
    ThreadsOption threads;
    @Option(names = "--param", paramLabel = "K=V", description = "A query parameter; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (a page, with --offset).")
    Long limit;
    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows.")
    Long offset;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit.")
    long timeoutSeconds;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CannedQuery query = CannedQueryCatalog.bundled().get(name);
        if (query == null) {
            throw KabarException.usage("no canned query named '" + name + "'; 'kabar queries' lists them");
        }
        ResultFormat resultFormat = ResultFormat.parse(format);
        if (resultFormat == null) {
            throw KabarException.usage("unknown format '" + format + "'; use table, csv, tsv or json");
        }
        Workspace.requireExistingStore(storeOptions, inputs);
        PrintWriter err = spec.commandLine().getErr();
        LoadReport loadReport = null;
        try (KabarStore store = Workspace.open(storeOptions)) {
            if (!inputs.isEmpty()) {
                loadReport = Workspace.load(new Pipeline(Workspace.knowledgeBase(storeOptions)), inputs, store,
                        threads.loadOptions(), strict.strict(), err);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.flush();
            OutputStream stream = new WriterOutputStream(out);
            Paging paging = Paging.parse(limit == null ? null : limit.toString(), offset == null ? null : offset.toString());
            new QueryRunner(timeoutSeconds * 1000).run(store.queryView(), query, params, paging, resultFormat, stream);
            out.flush();
        } catch (QueryParameterException e) {
            throw KabarException.usage(e.getMessage());
        } catch (QueryCancelledException e) {
            throw KabarException.failure("query '" + name + "' took longer than " + timeoutSeconds + " s and was stopped");
        }
        return loadReport == null ? ExitCode.OK : Workspace.exitCode(loadReport);
    }
}
