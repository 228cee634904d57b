package dev.kabar.server;

import dev.kabar.pipeline.Pipeline;

/**
 * What the upload endpoint needs: the pipeline that loads what arrives, who may upload, and how much at once.
 *
 * @param maxBytes the largest upload body accepted (413 beyond it)
 */
public record Uploads(Pipeline pipeline, Credentials credentials, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
}
