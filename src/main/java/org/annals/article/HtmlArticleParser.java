package org.annals.article;

/** An HTML file as one article, through {@link HtmlExtractor}. */
final class HtmlArticleParser implements WholeFileSource.Parser {

  private final ArticleBuilder builder;

  HtmlArticleParser(ArticleBuilder builder) {
    this.builder = builder;
  }

  @Override
  public ReadResult parse(String html, String excerpt) {
    HtmlExtractor.Extracted e = HtmlExtractor.extract(html, null);
    return builder.build(
        0,
        new ArticleBuilder.Fields(null, e.title(), e.text(), e.published(), e.url(), e.source()),
        () -> excerpt);
  }
}
