package org.annals.article;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.text.TextCleaner;

/**
 * Turns the raw fields of one record into an {@link Article}, or an {@link RejectReason#EMPTY_TEXT}
 * or {@link RejectReason#DUPLICATE_ID} reject: cleans the text, truncates it at the limit, assigns
 * the id by the rules of {@link ArticleIds}. One builder serves one file (ids are unique within
 * it). Not thread-safe.
 */
final class ArticleBuilder {

  /** Titles are cut to this length. */
  static final int MAX_TITLE_CHARS = 1000;

  /** The raw fields of a record, as found in the input; any may be null except {@code text}. */
  record Fields(
      String id,
      String title,
      String text,
      PublishedDates.Parsed published,
      String url,
      String source) {}

  private final String path;
  private final ReadLimits limits;
  private final TextCleaner cleaner;
  private final ArticleIds ids = new ArticleIds();

  ArticleBuilder(String path, ReadLimits limits, TextCleaner cleaner) {
    this.path = path;
    this.limits = limits;
    this.cleaner = cleaner;
  }

  /**
   * @param excerpt the record's excerpt, computed only if the record is rejected
   */
  ReadResult build(long position, Fields f, Supplier<String> excerpt) {
    if (f.text() == null || f.text().isBlank()) {
      return reject(position, RejectReason.EMPTY_TEXT, "the record has no text", excerpt.get());
    }
    EnumSet<ArticleFlag> flags = EnumSet.noneOf(ArticleFlag.class);
    String clean = cleaner.clean(f.text());
    if (clean.isEmpty()) {
      return reject(
          position, RejectReason.EMPTY_TEXT, "no text left after cleaning", excerpt.get());
    }
    String text = clean;
    if (text.length() > limits.maxTextChars()) {
      text = truncate(text, limits.maxTextChars());
      flags.add(ArticleFlag.TRUNCATED);
    }
    String title = inline(f.title(), MAX_TITLE_CHARS);
    String url = inline(f.url(), 4096);
    if (hasReplacement(f.text()) || hasReplacement(f.title())) {
      flags.add(ArticleFlag.INVALID_UTF8);
    }
    PublishedDates.Parsed p = f.published();
    LocalDate published = p == null ? null : p.date();
    String id = recordId(f.id(), url, title, clean, published, flags);
    ArticleIds.Assigned assigned = ids.assign(id, text, position, flags);
    if (assigned.isDuplicate()) {
      return reject(
          position,
          RejectReason.DUPLICATE_ID,
          "article id "
              + id
              + " and its text were read first at "
              + path
              + ":"
              + assigned.duplicateOf(),
          excerpt.get());
    }
    return ReadResult.of(
        new Article(
            assigned.id(),
            inline(f.source(), 256),
            url,
            title,
            published,
            p == null ? PublishedBasis.UNKNOWN : p.basis(),
            text,
            path,
            position,
            flags));
  }

  /** The record's own id, or its replacement when over-long, or the id of its content. */
  private String recordId(
      String own,
      String url,
      String title,
      String clean,
      LocalDate published,
      Set<ArticleFlag> flags) {
    String id = own == null ? "" : inline(own, Integer.MAX_VALUE);
    if (id.isEmpty()) {
      return ArticleIds.ofContent(url, title, clean, published);
    }
    if (id.length() > ArticleIds.MAX_ID_CHARS) {
      flags.add(ArticleFlag.ID_REPLACED);
      return ArticleIds.ofLongId(id);
    }
    return id;
  }

  ReadResult reject(long position, RejectReason reason, String detail, String excerpt) {
    return ReadResult.of(new Reject(path, position, reason, detail, excerpt));
  }

  /** Cuts cleaned text at the last paragraph, else sentence, else word end before {@code max}. */
  static String truncate(String text, int max) {
    int cut = text.lastIndexOf("\n\n", max);
    if (cut < max / 2) {
      cut = Math.max(text.lastIndexOf(". ", max - 1) + 1, 0);
    }
    if (cut < max / 2) {
      cut = text.lastIndexOf(' ', max);
    }
    if (cut < max / 2) {
      cut = max;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
    }
    return text.substring(0, cut).strip();
  }

  private String inline(String s, int max) {
    if (s == null || s.isBlank()) {
      return "";
    }
    String one = cleaner.cleanInline(s);
    return one.length() > max ? one.substring(0, max).strip() : one;
  }

  private static boolean hasReplacement(String s) {
    return s != null && s.indexOf('\uFFFD') >= 0;
  }
}
