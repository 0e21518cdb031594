package org.annals.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which top-level JSON fields of a record hold an article's id, text, publication date, title, url
 * and source. Each role has a list of candidate names, tried in order; the first field present with
 * a non-blank scalar value wins. Names are case-sensitive and match top-level fields only.
 *
 * <p>The defaults cover news-please and common alternatives (NewsAPI, RSS-derived dumps, schema.org
 * names): {@code id|dId|uid|guid|uuid|doc_id}, {@code
 * text|maintext|body|content|article|full_text|articleBody}, {@code
 * date_publish|published|date|dct|publishedAt|pubDate|datePublished|date_published|publish_date|
 * published_at}, {@code title|headline}, {@code url|link}, {@code
 * source_domain|source|domain|publisher|site_name}, {@code dateline}. A field whose value is an
 * array of strings (paragraphs) is joined with blank lines; an object value gives its {@code name}
 * member (NewsAPI's {@code "source": {"name": "Reuters"}}). A dateline ("SALVADOR, Feb 26 -", a
 * field of the Reuters-21578 conversion) is put back at the start of the text, where newswire
 * prints it, unless the text already starts with it.
 *
 * <p>A mapping file is a JSON object from role to a name or a list of names, e.g. {@code {"text":
 * ["content", "text"], "published": "pubDate"}}; roles it leaves out keep their defaults.
 * Immutable, serializable and thread-safe.
 */
public record FieldMapping(
    List<String> id,
    List<String> text,
    List<String> published,
    List<String> title,
    List<String> url,
    List<String> source,
    List<String> dateline)
    implements Serializable {

  /** The roles, as written in mapping files. */
  public static final List<String> ROLES =
      List.of("id", "text", "published", "title", "url", "source", "dateline");

  private static final FieldMapping DEFAULTS =
      new FieldMapping(
          List.of("id", "dId", "uid", "guid", "uuid", "doc_id"),
          List.of("text", "maintext", "body", "content", "article", "full_text", "articleBody"),
          List.of(
              "date_publish",
              "published",
              "date",
              "dct",
              "publishedAt",
              "pubDate",
              "datePublished",
              "date_published",
              "publish_date",
              "published_at"),
          List.of("title", "headline"),
          List.of("url", "link"),
          List.of("source_domain", "source", "domain", "publisher", "site_name"),
          List.of("dateline"));

  public FieldMapping {
    id = List.copyOf(id);
    text = List.copyOf(text);
    published = List.copyOf(published);
    title = List.copyOf(title);
    url = List.copyOf(url);
    source = List.copyOf(source);
    dateline = dateline == null ? List.of() : List.copyOf(dateline);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text: a mapping needs at least one text field");
    }
  }

  /** A mapping without a dateline field. */
  public FieldMapping(
      List<String> id,
      List<String> text,
      List<String> published,
      List<String> title,
      List<String> url,
      List<String> source) {
    this(id, text, published, title, url, source, List.of());
  }

  public static FieldMapping defaults() {
    return DEFAULTS;
  }

  /** A mapping read from a JSON file; see the class comment for the format. */
  public static FieldMapping fromJson(Path file) throws IOException {
    return fromJson(Files.readString(file));
  }

  /**
   * A mapping from JSON text; see the class comment for the format.
   *
   * @throws IllegalArgumentException if the JSON is not an object of roles to names
   */
  public static FieldMapping fromJson(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "field mapping: not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("field mapping: expected a JSON object of roles to names");
    }
    Map<String, List<String>> roles = new LinkedHashMap<>(DEFAULTS.asMap());
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!roles.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "field mapping: unknown role '" + e.getKey() + "', expected one of " + ROLES);
      }
      roles.put(e.getKey(), names(e.getKey(), e.getValue()));
    }
    return new FieldMapping(
        roles.get("id"),
        roles.get("text"),
        roles.get("published"),
        roles.get("title"),
        roles.get("url"),
        roles.get("source"),
        roles.get("dateline"));
  }

  private static List<String> names(String role, JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value.isTextual()) {
      names.add(value.asText());
    } else if (value.isArray()) {
      for (JsonNode n : value) {
        if (!n.isTextual()) {
          throw new IllegalArgumentException("field mapping: " + role + ": names must be strings");
        }
        names.add(n.asText());
      }
    } else {
      throw new IllegalArgumentException(
          "field mapping: " + role + ": expected a field name or a list of names");
    }
    return names;
  }

  /** Role to candidate names, in {@link #ROLES} order. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("text", text);
    m.put("published", published);
    m.put("title", title);
    m.put("url", url);
    m.put("source", source);
    m.put("dateline", dateline);
    return m;
  }

  /** This mapping as JSON, in the format {@link #fromJson(String)} reads. */
  public String toJson() {
    try {
      return new ObjectMapper().writeValueAsString(asMap());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
