package org.annals.job;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param displayPath the path as the user wrote it (a file given directly) or the directory they
 *     gave followed by the file's path inside it; used in ids and rejects, so runs on different
 *     machines give the same ids
 * @param uri the fully qualified Hadoop path to open
 * @param length size in bytes
 */
public record InputFile(String displayPath, String uri, long length) implements Serializable {}
