package org.annals.article;

/** The input formats annals reads; detected from content unless forced with {@code --format}. */
public enum InputFormat {
  /** Plain-text articles and blog exports: a title line, an optional "Posted:" line, the body. */
  TEXT,
  /** JSON Lines, one article object a line (news-please field names and common alternatives). */
  JSONL,
  /** One HTML page an article. */
  HTML,
  /** WARC files of news crawls: the HTML responses inside. */
  WARC
}
