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
   * @param in the raw bytes of the file, possibly gzip-compressed; the iterator closes it at its
   *     end
   */
  Iterator<ReadResult> read(String path, InputStream in);

  /**
   * annals' reader with format detection by content, or {@code forced} when not null, the default
   * JSON field mapping and the default limits; see {@link StandardArticleReader}.
   */
  static ArticleReader standard(InputFormat forced) {
    return standard(forced, FieldMapping.defaults());
  }

  /**
   * annals' reader with a JSON field mapping (e.g. {@link
   * FieldMapping#fromJson(java.nio.file.Path)}) and the default limits. The reader is serializable
   * and cheap to build.
   */
  static ArticleReader standard(InputFormat forced, FieldMapping mapping) {
    return new StandardArticleReader(forced, mapping, ReadLimits.DEFAULTS);
  }
}
