package dev.kabar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Benchmark results as a Markdown table: one row per measurement, with the figures that matter for it. */
final class BenchReport {
    /** One measured row. */
    record Row(String store, int articles, String what, String figures) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String machine;

    BenchReport(String machine) {
        this.machine = machine;
    }

    void add(String store, int articles, String what, String format, Object... args) {
        rows.add(new Row(store, articles, what, String.format(Locale.ROOT, format, args)));
    }

    List<Row> rows() {
        return rows;
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("Machine: ").append(machine).append("\n\n");
        sb.append("| store | articles | measurement | result |\n|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.store()).append(" | ").append(String.format(Locale.ROOT, "%,d", r.articles()))
                    .append(" | ").append(r.what()).append(" | ").append(r.figures()).append(" |\n");
        }
        return sb.toString();
    }
}
