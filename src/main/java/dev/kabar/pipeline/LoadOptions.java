package dev.kabar.pipeline;

/**
 * How a load treats the store beyond adding articles.
 *
 * @param prune  afterwards, remove articles whose source files under the inputs are gone or no longer hold them
 * @param batch  articles per write transaction
 */
public record LoadOptions(boolean prune, int batch) {
    public static final int DEFAULT_BATCH = 256;
    public static final LoadOptions DEFAULTS = new LoadOptions(false, DEFAULT_BATCH);

    public LoadOptions {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
    }
}
