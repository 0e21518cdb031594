package org.annals.report;

import java.time.LocalDate;

/** What a report cites of an article: its id, outlet, title, address and publication date. */
public record ArticleRef(
    String articleId, String source, String title, String url, LocalDate published) {}
