package dev.kabar.pipeline;

/**
 * How a load treats the store beyond adding articles.
 *
 * @param prune  afterwards, remove articles whose source files under the inputs are gone or no longer hold them
 * @param batch  articles per write transaction
 * @param threads extraction threads; the store ends up the same whatever the number
 */
public record LoadOptions(boolean prune, int batch, int threads) {
    public static final int DEFAULT_BATCH = 256;
    public static final LoadOptions DEFAULTS = new LoadOptions(false, DEFAULT_BATCH, defaultThreads());

    public LoadOptions {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** One extraction thread per processor: extraction is CPU-bound. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
