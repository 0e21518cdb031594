package org.annals.article;

import java.io.InputStream;
import java.util.Iterator;

/**
 * Turns one input file into records: articles and rejects. Every record of the file appears exactly
 * once in the result, so counts add up; an unreadable file gives one reject, never an exception.
 *
 * <p>Streams: memory use is bounded by the largest record allowed, not by the file. Gzip input is
 * recognised by its magic bytes. Implementations are thread-safe; the returned iterator is not.
 */
public interface ArticleReader {

  /**
   * @param path the file's path as the user gave it (used in ids and rejects)
   * @param in the raw bytes of the file, possibly gzip-compressed; the iterator closes it at its end
   */
  Iterator<ReadResult> read(String path, InputStream in);

  /** annals' reader with format detection by content, or {@code forced} when not null. */
  static ArticleReader standard(InputFormat forced) {
    throw new UnsupportedOperationException("ArticleReader.standard() is not implemented yet");
  }
}
