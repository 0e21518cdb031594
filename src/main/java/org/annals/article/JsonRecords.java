package org.annals.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads article fields out of JSON objects with a streaming parser: only the scalar values of the
 * mapped top-level fields are kept; nested values and other fields are skipped without being
 * materialised. Jackson runs with safe defaults: no data binding to classes (so no polymorphic
 * typing), strings up to twice the record limit, nesting up to {@value #MAX_NESTING}. Not
 * thread-safe.
 */
final class JsonRecords {

  static final int MAX_NESTING = 200;

  /** The mapped values of one object, and whether it was over the record limit. */
  record Found(Map<String, String> values, boolean tooLarge, long bytes) {}

  private final FieldMapping mapping;
  private final Set<String> wanted = new HashSet<>();
  private final JsonFactory factory;
  private final long maxRecordBytes;

  JsonRecords(FieldMapping mapping, ReadLimits limits) {
    this.mapping = mapping;
    mapping.asMap().values().forEach(wanted::addAll);
    this.maxRecordBytes = limits.maxRecordBytes();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(maxStringLength(limits))
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(1000)
                    .maxNameLength(10_000)
                    .build())
            .build();
  }

  /**
   * Twice the record limit: a string over the limit is still read (memory stays bounded) so that
   * the record it belongs to can be rejected alone; a longer one ends a JSON document.
   */
  static int maxStringLength(ReadLimits limits) {
    return (int) Math.min(Integer.MAX_VALUE - 16, 2L * limits.maxRecordBytes());
  }

  long maxRecordBytes() {
    return maxRecordBytes;
  }

  JsonFactory factory() {
    return factory;
  }

  /**
   * Reads the object whose {@code START_OBJECT} is the parser's current token, leaving the parser
   * on its {@code END_OBJECT}.
   */
  Found readObject(JsonParser p) throws IOException {
    long start = offset(p.currentTokenLocation());
    Map<String, String> values = new HashMap<>();
    boolean tooLarge = false;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t == null) {
        throw new IOException("unexpected end of input inside an object");
      }
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == null) {
        throw new IOException("unexpected end of input inside an object");
      }
      if (v.isStructStart()) {
        if (!tooLarge && wanted.contains(name) && !values.containsKey(name)) {
          String composite = v == JsonToken.START_ARRAY ? joinStrings(p) : nameMember(p);
          if (composite != null) {
            values.put(name, composite);
          }
        } else {
          p.skipChildren();
        }
      } else if (!tooLarge
          && v != JsonToken.VALUE_NULL
          && wanted.contains(name)
          && !values.containsKey(name)) {
        values.put(name, p.getText());
      }
      if (!tooLarge && offset(p.currentLocation()) - start > maxRecordBytes) {
        tooLarge = true;
        values.clear();
      }
    }
    return new Found(values, tooLarge, offset(p.currentLocation()) - start);
  }

  /** The string elements of the array at the parser, joined by blank lines; null if none. */
  private static String joinStrings(JsonParser p) throws IOException {
    StringBuilder b = new StringBuilder();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IOException("unexpected end of input inside an array");
      }
      if (t.isStructStart()) {
        p.skipChildren();
      } else if (t == JsonToken.VALUE_STRING) {
        if (b.length() > 0) {
          b.append("\n\n");
        }
        b.append(p.getText());
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** The string {@code name} member of the object at the parser; null if none. */
  private static String nameMember(JsonParser p) throws IOException {
    String found = null;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t == null) {
        throw new IOException("unexpected end of input inside an object");
      }
      String member = p.currentName();
      JsonToken v = p.nextToken();
      if (v == null) {
        throw new IOException("unexpected end of input inside an object");
      }
      if (v.isStructStart()) {
        p.skipChildren();
      } else if (found == null && v == JsonToken.VALUE_STRING && "name".equals(member)) {
        found = p.getText();
      }
    }
    return found;
  }

  /** The record's fields by role; {@code published} is parsed, the others raw. */
  ArticleBuilder.Fields fields(Map<String, String> values) {
    String text = first(values, mapping.text());
    String dateline = first(values, mapping.dateline());
    if (text != null && dateline != null && !text.stripLeading().startsWith(dateline.strip())) {
      text = dateline.strip() + " " + text;
    }
    return new ArticleBuilder.Fields(
        first(values, mapping.id()),
        first(values, mapping.title()),
        text,
        PublishedDates.parse(first(values, mapping.published())),
        first(values, mapping.url()),
        first(values, mapping.source()));
  }

  /** Text fields tried, for reject details ("text|maintext|body"). */
  String textFieldNames() {
    return String.join("|", mapping.text());
  }

  private static String first(Map<String, String> values, List<String> names) {
    for (String n : names) {
      String v = values.get(n);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static long offset(JsonLocation loc) {
    long b = loc.getByteOffset();
    return b >= 0 ? b : loc.getCharOffset();
  }

  /** A short excerpt of what the values hold, for rejects of records that were not kept whole. */
  static String excerpt(Map<String, String> values) {
    StringBuilder b = new StringBuilder();
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.append(e.getKey()).append('=').append(e.getValue()).append(' '));
    return b.length() > Reject.EXCERPT_CHARS ? b.substring(0, Reject.EXCERPT_CHARS) : b.toString();
  }

  static Map<String, String> emptyValues() {
    return new HashMap<>();
  }
}
