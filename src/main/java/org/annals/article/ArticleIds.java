package org.annals.article;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Article ids and the one rule for repeated ids, applied by the reader within a file and by the job
 * across files. Ids never depend on where a record was read from (its path or position), so the
 * same input read as {@code jobs/samples}, {@code ./jobs/samples}, through a glob or on another
 * machine gives the same ids.
 *
 * <ul>
 *   <li><b>Own id.</b> A record's own id (JSON {@code id}, WARC-Record-ID) is its article id. One
 *       longer than {@link #MAX_ID_CHARS} is replaced by {@link #ofLongId} and the article is
 *       flagged {@link ArticleFlag#ID_REPLACED}.
 *   <li><b>No own id.</b> The id is {@link #ofContent}: the {@link StableId} of url, title, cleaned
 *       text (before truncation) and publication day.
 *   <li><b>Repeats.</b> Records are taken in read order (within a file by position; across files by
 *       input path, then position). A later record whose id <em>and</em> text (the article's
 *       cleaned text as kept) equal an earlier article's is the same article: it becomes a {@link
 *       RejectReason#DUPLICATE_ID} reject naming the earlier record's position. A later record with
 *       the same id but other text is a different article: it gets the id {@link #variant}, that is
 *       {@code <id>~<16 hex digits>} (a hash of id and text, so again independent of where it was
 *       read), and is flagged {@link ArticleFlag#DUPLICATE_ID}; {@link #recordId} gives back the id
 *       it was read with. Texts are compared by a 64-bit SHA-256 fingerprint.
 * </ul>
 *
 * <p>An instance tracks the ids of one file. It records at most {@link #MAX_TRACKED_IDS} ids
 * (memory bound); later articles are still checked against those, but their own ids are not
 * recorded, so a repeat among them is not caught here. They are flagged {@link
 * ArticleFlag#ID_NOT_TRACKED}, and the job's check across all records catches such repeats.
 * Instances are not thread-safe; the static methods are.
 */
public final class ArticleIds {

  /** Own ids longer than this are replaced by {@link #ofLongId}. */
  public static final int MAX_ID_CHARS = 256;

  /** Beyond this many ids in one file, new ids are no longer recorded (memory bound). */
  static final int MAX_TRACKED_IDS = 2_000_000;

  private static final char VARIANT_SEPARATOR = '~';
  private static final int VARIANT_SUFFIX_CHARS = 1 + 16;

  /** What {@link #assign} decided: the article's id, or the position of the record it repeats. */
  record Assigned(String id, long duplicateOf) {

    boolean isDuplicate() {
      return id == null;
    }
  }

  /** An id recorded so far: the text fingerprint of its article and the record's position. */
  private record Seen(long textHash, long position) {}

  private final Map<String, Seen> seen = new HashMap<>();
  private final int maxTracked;

  ArticleIds() {
    this(MAX_TRACKED_IDS);
  }

  /** A table that records at most {@code maxTracked} ids. */
  ArticleIds(int maxTracked) {
    this.maxTracked = maxTracked;
  }

  /** The id of a record without an own id; null parts count as empty. */
  public static String ofContent(String url, String title, String cleanText, LocalDate published) {
    return StableId.of(
        orEmpty(url), orEmpty(title), orEmpty(cleanText), published == null ? "" : published);
  }

  /** The id that replaces an own id longer than {@link #MAX_ID_CHARS}. */
  public static String ofLongId(String ownId) {
    return StableId.of("id", ownId);
  }

  /** The id of a later, different article that has the same id {@code id} as an earlier one. */
  public static String variant(String id, String text) {
    return id + VARIANT_SEPARATOR + StableId.of(id, text);
  }

  /**
   * The id an article had before the repeat rule gave it a {@link #variant}: its id without the
   * {@code ~<16 hex>} suffix when it is flagged {@link ArticleFlag#DUPLICATE_ID}, else its id.
   */
  public static String recordId(Article a) {
    String id = a.id();
    if (!a.flags().contains(ArticleFlag.DUPLICATE_ID) || id.length() <= VARIANT_SUFFIX_CHARS) {
      return id;
    }
    int cut = id.length() - VARIANT_SUFFIX_CHARS;
    return id.charAt(cut) == VARIANT_SEPARATOR ? id.substring(0, cut) : id;
  }

  /**
   * Applies the repeat rule to the record at {@code position} whose id is {@code id} and whose
   * article text is {@code text}.
   *
   * @param flags receives {@link ArticleFlag#DUPLICATE_ID} and {@link ArticleFlag#ID_NOT_TRACKED}
   *     where they apply to the article
   * @return the article's id, or a duplicate naming the position of the earlier record
   */
  Assigned assign(String id, String text, long position, Set<ArticleFlag> flags) {
    long textHash = Long.parseUnsignedLong(StableId.of(text), 16);
    String candidate = id;
    for (int n = 1; ; n++) {
      Seen earlier = seen.get(candidate);
      if (earlier == null) {
        break;
      }
      if (earlier.textHash() == textHash) {
        return new Assigned(null, earlier.position());
      }
      flags.add(ArticleFlag.DUPLICATE_ID);
      // the variant itself is taken by another text only if some record's own id equals it
      candidate = n == 1 ? variant(id, text) : id + VARIANT_SEPARATOR + StableId.of(id, text, n);
    }
    if (seen.size() < maxTracked) {
      seen.put(candidate, new Seen(textHash, position));
    } else {
      flags.add(ArticleFlag.ID_NOT_TRACKED);
    }
    return new Assigned(candidate, -1);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
