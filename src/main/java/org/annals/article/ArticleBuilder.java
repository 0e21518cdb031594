package org.annals.article;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.text.TextCleaner;

/**
 * Turns the raw fields of one record into an {@link Article} or an {@link RejectReason#EMPTY_TEXT}
 * reject: cleans the text, truncates it at the limit, assigns a unique id. One builder serves one
 * file (ids are unique within it). Not thread-safe.
 */
final class ArticleBuilder {

  /** Ids longer than this are replaced by their hash. */
  static final int MAX_ID_CHARS = 256;
  /** Titles are cut to this length. */
  static final int MAX_TITLE_CHARS = 1000;
  /** Beyond this many records in one file, ids are no longer checked for repeats (memory bound). */
  static final int MAX_TRACKED_IDS = 2_000_000;

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
  private final Set<String> ids = new HashSet<>();

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
    String text = cleaner.clean(f.text());
    if (text.isEmpty()) {
      return reject(
          position, RejectReason.EMPTY_TEXT, "no text left after cleaning", excerpt.get());
    }
    if (text.length() > limits.maxTextChars()) {
      text = truncate(text, limits.maxTextChars());
      flags.add(ArticleFlag.TRUNCATED);
    }
    String title = inline(f.title(), MAX_TITLE_CHARS);
    String url = inline(f.url(), 4096);
    if (hasReplacement(f.text()) || hasReplacement(f.title())) {
      flags.add(ArticleFlag.INVALID_UTF8);
    }
    String id = f.id() == null ? "" : inline(f.id(), Integer.MAX_VALUE);
    if (id.isEmpty() || id.length() > MAX_ID_CHARS) {
      id = StableId.of(path, f.url(), f.title(), f.text());
    }
    id = unique(id, flags);
    PublishedDates.Parsed p = f.published();
    return ReadResult.of(
        new Article(
            id,
            inline(f.source(), 256),
            url,
            title,
            p == null ? null : p.date(),
            p == null ? PublishedBasis.UNKNOWN : p.basis(),
            text,
            path,
            position,
            flags));
  }

  ReadResult reject(long position, RejectReason reason, String detail, String excerpt) {
    return ReadResult.of(new Reject(path, position, reason, detail, excerpt));
  }

  private String unique(String id, Set<ArticleFlag> flags) {
    if (ids.size() >= MAX_TRACKED_IDS) {
      return id;
    }
    if (ids.add(id)) {
      return id;
    }
    flags.add(ArticleFlag.DUPLICATE_ID);
    for (int n = 2; ; n++) {
      String candidate = id + "~" + n;
      if (ids.add(candidate)) {
        return candidate;
      }
    }
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
