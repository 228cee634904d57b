package dev.kabar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kabar} command: news articles in, a knowledge graph out. */
@Command(name = "kabar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns news articles into an RDF knowledge graph (people, organizations, countries, "
                + "who talked to whom, who said what) and serves it over SPARQL.",
        subcommands = {ServeCommand.class, LoadCommand.class, QueryCommand.class, QueriesCommand.class,
                ExportCommand.class, ValidateCommand.class, EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Kabar implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the given writers (tests capture them) and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Kabar());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("kabar: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        return cmd.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line on stderr, the stack trace only with --verbose. */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
            if (ex instanceof KabarException ke) {
                err.println("kabar: " + ke.getMessage());
                if (verbose && ke.getCause() != null) {
                    ke.getCause().printStackTrace(err);
                }
                err.flush();
                return ke.exitCode();
            }
            err.println("kabar: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCode.FAILURE;
        }
    }
}
