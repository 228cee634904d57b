package dev.kabar.cli;

import dev.kabar.eval.Evaluation;
import dev.kabar.eval.Evaluator;
import dev.kabar.eval.JsonReport;
import dev.kabar.eval.TableReport;
import dev.kabar.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar evaluate GOLD_DIR}: scores extraction against gold annotation files (format and rules in
 * ../shared/eval/README.md). Each gold file that cannot be scored is named on stderr and skipped; the others
 * are still scored and reported, and the exit code is then 1.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Score extraction (entities, contacts, statements, metadata) against gold annotation files.")
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold annotation files (*.json).")
    Path goldDir;
    @Option(names = "--articles", paramLabel = "DIR",
            description = "Folder holding the articles the gold files name, or a .jsonl file whose ids they name "
                    + "(default: GOLD_DIR).")
    Path articleDir;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--verbose",
            description = "List every false positive, false negative, duplicate, leak and metadata mismatch per article; "
                    + "stack traces with errors.")
    boolean verbose;
    @Mixin
    KbOptions kbOptions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = switch (format) {
            case "table" -> false;
            case "json" -> true;
            default -> throw KabarException.usage("unknown format '" + format + "'; use table or json");
        };
        List<Path> goldFiles = goldFiles();
        Path articles = articleDir == null ? goldDir : articleDir;
        if (!Files.isDirectory(articles) && !(Files.isRegularFile(articles) && articles.toString().endsWith(".jsonl"))) {
            throw KabarException.usage(articles + ": no such articles folder or .jsonl file");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(Workspace.knowledgeBase(kbOptions.kbFiles()));
        Evaluation evaluation = new Evaluator(pipeline).evaluate(goldFiles, articles, line -> {
            err.println("kabar: skipped " + line);
            err.flush();
        });
        if (json) {
            new JsonReport().write(evaluation, verbose, out);
        } else {
            new TableReport().write(evaluation, verbose, out);
        }
        return evaluation.skipped().isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private List<Path> goldFiles() {
        if (!Files.isDirectory(goldDir)) {
            throw KabarException.usage(goldDir + ": no such gold folder");
        }
        List<Path> files;
        try {
            files = Evaluator.goldFilesIn(goldDir);
        } catch (IOException e) {
            throw new KabarException(ExitCode.FAILURE, goldDir + ": cannot list the gold folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw KabarException.usage(goldDir + ": no gold files (*.json) in this folder");
        }
        return files;
    }
}
