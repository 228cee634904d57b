package dev.kabar.cli;

import dev.kabar.query.CannedQuery;
import dev.kabar.query.CannedQueryCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar queries}: the canned queries, their descriptions and parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the canned queries with their descriptions and parameters.")
final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (CannedQuery q : CannedQueryCatalog.bundled().all()) {
            StringBuilder usage = new StringBuilder(q.name());
            for (CannedQuery.Param p : q.params()) {
                usage.append(" --param ").append(p.name()).append("=…");
            }
            out.println(usage);
            out.println("    " + q.title() + ": " + q.description());
            for (CannedQuery.Param p : q.params()) {
                out.println("    param " + p.name() + ": " + p.description());
            }
        }
        return ExitCode.OK;
    }
}
