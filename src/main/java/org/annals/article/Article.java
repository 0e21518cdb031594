package org.annals.article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One news article after reading and cleaning: the unit the language core analyses.
 *
 * <p>{@code text} is the cleaned body; every character offset elsewhere in annals points into it.
 * {@code published} may be null when neither the metadata nor the text gives a usable date; then
 * {@code publishedBasis} is {@link PublishedBasis#UNKNOWN} and relative dates cannot be resolved.
 *
 * @param id the input record's own id where it has one, else a stable hash of its content; unique
 *     by the rules of {@link ArticleIds}
 * @param source outlet or domain ("reuters.com"), may be empty
 * @param url may be empty
 * @param title may be empty
 * @param published publication date, the writer's local calendar day (see {@link PublishedDates}),
 *     or null
 * @param publishedBasis where {@code published} came from
 * @param text cleaned body text
 * @param inputPath the file the record came from
 * @param inputPosition line number (1-based) for line formats, byte offset for WARC records and for
 *     the objects of a JSON document (array), 0 for whole files
 * @param flags what the reader had to do to the record (truncate it, replace invalid bytes), never
 *     null; an unmodifiable set
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    LocalDate published,
    PublishedBasis publishedBasis,
    String text,
    String inputPath,
    long inputPosition,
    Set<ArticleFlag> flags)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    title = title == null ? "" : title;
    Objects.requireNonNull(publishedBasis, "publishedBasis");
    Objects.requireNonNull(text, "text");
    inputPath = inputPath == null ? "" : inputPath;
    flags =
        flags == null || flags.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /** An article without flags. */
  public Article(
      String id,
      String source,
      String url,
      String title,
      LocalDate published,
      PublishedBasis publishedBasis,
      String text,
      String inputPath,
      long inputPosition) {
    this(
        id,
        source,
        url,
        title,
        published,
        publishedBasis,
        text,
        inputPath,
        inputPosition,
        Set.of());
  }

  /** The flags' lower-case labels, in declaration order ("truncated", "invalid_utf8"). */
  public List<String> flagLabels() {
    return flags.stream().sorted().map(ArticleFlag::label).toList();
  }
}
