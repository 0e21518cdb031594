package org.annals.mention;

import java.io.Serializable;
import java.util.List;
import org.annals.article.Article;
import org.annals.time.EventDate;
import org.annals.time.TemporalExpression;

/**
 * What the language core makes of one article.
 *
 * @param article the article
 * @param nSentences number of sentences
 * @param mentions its event mentions, in text order
 * @param mainEventDate when the article's main reported event happened
 * @param expressions the temporal expressions of its text (key dates use the dates it refers to)
 */
public record AnalyzedArticle(
    Article article,
    int nSentences,
    List<EventMention> mentions,
    EventDate mainEventDate,
    List<TemporalExpression> expressions)
    implements Serializable {}
