package org.annals.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article in an HTML page: title, source, canonical url, publication date from the page's
 * metadata, and the main text as paragraphs without navigation, scripts, footers, share bars and
 * comment sections. Stateless and thread-safe.
 *
 * <p>Date sources, first found wins: {@code article:published_time} (property or name), {@code
 * og:published_time}, {@code itemprop=datePublished}, {@code datePublished} in JSON-LD, the common
 * {@code date}/{@code pubdate}/Dublin Core/Parse.ly meta names, then the first {@code <time
 * datetime>} of the article.
 *
 * <p>Main text: the {@code itemprop=articleBody} element, else the {@code <article>} with the most
 * paragraph text, else {@code <main>}, else the element whose {@code <p>} children hold the most
 * text; inside it, block elements (paragraphs, headings, list items, quotes) in document order.
 */
final class HtmlExtractor {

  /** What was found in a page; any field may be null except {@code text} (possibly empty). */
  record Extracted(
      String title, String source, String url, PublishedDates.Parsed published, String text) {}

  private static final String[] DATE_SELECTORS = {
    "meta[property=article:published_time]",
    "meta[name=article:published_time]",
    "meta[property=og:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=date]",
    "meta[name=DC.date.issued]",
    "meta[name=dc.date.issued]",
    "meta[name=dcterms.created]",
    "meta[name=parsely-pub-date]",
    "meta[name=sailthru.date]",
    "meta[name=original-publish-date]",
  };

  private static final String JUNK_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, form, button, input, select,"
          + " textarea, nav, header, footer, aside, figcaption, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=complementary], [role=contentinfo]";
  private static final Pattern JUNK_NAME =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:comments?|share|sharing|social|related|sidebar|footer|nav|navigation"
              + "|menu|breadcrumbs?|cookies?|subscribe|newsletter|advert|advertisement|ads?|promo"
              + "|sponsored|popup|modal|banner|recommended|outbrain|taboola|signup|paywall"
              + "|tags)(?:$|[-_\\s])");
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd");
  private static final Pattern TITLE_SITE =
      Pattern.compile(
          "(.{3,}?)\\s+(?:\\||–|—|-|::)\\s+([^|–—]{2,60})", Pattern.UNICODE_CHARACTER_CLASS);

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
          .build();

  private HtmlExtractor() {}

  static Extracted extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri), baseUri);
  }

  static Extracted extract(Document doc, String baseUri) {
    String pageTitle = doc.title();
    String title = firstContent(doc, "meta[property=og:title]", "meta[name=twitter:title]");
    String source = firstContent(doc, "meta[property=og:site_name]", "meta[name=application-name]");
    Matcher ts = TITLE_SITE.matcher(pageTitle == null ? "" : pageTitle.strip());
    if (title == null || title.isBlank()) {
      Element h1 = doc.selectFirst("h1");
      title =
          ts.matches() ? ts.group(1) : (pageTitle.isBlank() && h1 != null ? h1.text() : pageTitle);
    }
    if ((source == null || source.isBlank()) && ts.matches()) {
      source = ts.group(2).strip();
    }
    String url = firstAttr(doc, "link[rel=canonical]", "href");
    if (url == null) {
      url = firstContent(doc, "meta[property=og:url]");
    }
    if (url == null && baseUri != null && !baseUri.isBlank()) {
      url = baseUri;
    }
    if ((source == null || source.isBlank()) && url != null) {
      source = host(url);
    }
    PublishedDates.Parsed published = published(doc);
    return new Extracted(title, source, url, published, mainText(doc));
  }

  private static PublishedDates.Parsed published(Document doc) {
    for (String sel : DATE_SELECTORS) {
      Element e = doc.selectFirst(sel);
      if (e != null) {
        PublishedDates.Parsed p = PublishedDates.parse(e.attr("content"));
        if (p != null) {
          return p;
        }
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      PublishedDates.Parsed p = PublishedDates.parse(jsonLdDatePublished(script.data()));
      if (p != null) {
        return p;
      }
    }
    Element scope = doc.selectFirst("article");
    Element time = (scope != null ? scope : doc).selectFirst("time[datetime]");
    if (time == null) {
      time = doc.selectFirst("time[datetime]");
    }
    return time == null ? null : PublishedDates.parse(time.attr("datetime"));
  }

  /** The first {@code datePublished} string anywhere in a JSON-LD block, or null. */
  static String jsonLdDatePublished(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && "datePublished".equals(p.currentName())) {
          if (p.nextToken() == JsonToken.VALUE_STRING) {
            return p.getText();
          }
        }
      }
    } catch (IOException e) {
      // a broken JSON-LD block gives no date
    }
    return null;
  }

  static String mainText(Document doc) {
    Element root = mainElement(doc);
    if (root == null) {
      return "";
    }
    root.select(JUNK_TAGS).remove();
    // Page furniture by class or id; never an element holding half the text or more, so that a
    // container named "post has-comments" is not mistaken for its comment section.
    int rootChars = root.text().length();
    List<Element> junk = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e != root
          && (JUNK_NAME.matcher(e.className()).find() || JUNK_NAME.matcher(e.id()).find())
          && e.text().length() * 2 < rootChars) {
        junk.add(e);
      }
    }
    junk.forEach(Element::remove);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (hasBlockAncestor(block, root)) {
        continue;
      }
      String t = block.text();
      if (!t.isBlank()) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty()) {
      // No block elements: text separated by line breaks, e.g. "<br><br>" between paragraphs.
      for (Element br : root.select("br")) {
        br.after(new TextNode("\n"));
      }
      for (Element div : root.select("div, section, tr")) {
        div.after(new TextNode("\n"));
      }
      return root.wholeText();
    }
    return String.join("\n\n", paragraphs);
  }

  private static boolean hasBlockAncestor(Element e, Element root) {
    for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
      if (BLOCK_TAGS.contains(a.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static Element mainElement(Document doc) {
    Element body = doc.selectFirst("[itemprop=articleBody]");
    if (body != null) {
      return body;
    }
    Elements articles = doc.select("article");
    Element best = null;
    int bestScore = -1;
    for (Element a : articles) {
      int score = paragraphText(a);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (best != null && bestScore > 0) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null && paragraphText(main) > 0) {
      return main;
    }
    Map<Element, Integer> scores = new LinkedHashMap<>(); // jsoup elements: identity equality
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element top = null;
    int topScore = 0;
    for (Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > topScore) {
        top = e.getKey();
        topScore = e.getValue();
      }
    }
    return top != null ? top : doc.body();
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static String firstContent(Document doc, String... selectors) {
    for (String sel : selectors) {
      Element e = doc.selectFirst(sel);
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content");
      }
    }
    return null;
  }

  private static String firstAttr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.absUrl(attr);
    if (v.isBlank()) {
      v = e.attr(attr);
    }
    return v.isBlank() ? null : v;
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
