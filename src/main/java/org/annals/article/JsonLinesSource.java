package org.annals.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * JSON Lines: every non-blank line is one record, positioned by its 1-based line number. Blank
 * lines are not records. A line that does not parse is {@link RejectReason#MALFORMED_JSON} (or
 * {@link RejectReason#BINARY_CONTENT} when it holds NUL bytes or mostly non-text), a value that is
 * not an object {@link RejectReason#NOT_AN_OBJECT}, a line over the record limit {@link
 * RejectReason#TOO_LARGE}; reading goes on with the next line.
 */
final class JsonLinesSource extends RecordSource {

  private final LineReader lines;
  private final Deque<LineReader.Line> prefetched;
  private final JsonRecords records;
  private final ArticleBuilder builder;
  private final int maxRecordBytes;
  private long lineNumber;

  JsonLinesSource(
      String path,
      Closeable input,
      LineReader lines,
      List<LineReader.Line> prefetched,
      JsonRecords records,
      ArticleBuilder builder,
      int maxRecordBytes) {
    super(path, input);
    this.lines = lines;
    this.prefetched = new ArrayDeque<>(prefetched);
    this.records = records;
    this.builder = builder;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  protected ReadResult readNext() throws IOException {
    while (true) {
      LineReader.Line line = prefetched.isEmpty() ? lines.next() : prefetched.poll();
      if (line == null) {
        return null;
      }
      lineNumber = line.number();
      if (!line.isBlank()) {
        return record(line);
      }
    }
  }

  @Override
  protected long position() {
    return lineNumber;
  }

  private ReadResult record(LineReader.Line line) {
    long n = line.number();
    byte[] bytes = line.bytes();
    if (line.tooLong()) {
      return builder.reject(
          n,
          RejectReason.TOO_LARGE,
          "line of " + line.length() + " bytes, limit " + maxRecordBytes,
          excerpt(bytes));
    }
    if (TextBytes.looksBinary(bytes, 0, bytes.length)) {
      return builder.reject(
          n,
          RejectReason.BINARY_CONTENT,
          "NUL bytes or non-text bytes in the line",
          excerpt(bytes));
    }
    try (JsonParser p = records.factory().createParser(bytes)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        if (t != null && t.isStructStart()) {
          p.skipChildren();
        }
        ensureEnd(p);
        return builder.reject(
            n, RejectReason.NOT_AN_OBJECT, "a JSON " + kind(t) + ", not an object", excerpt(bytes));
      }
      JsonRecords.Found found = records.readObject(p);
      ensureEnd(p);
      ArticleBuilder.Fields f = records.fields(found.values());
      if (f.text() == null) {
        return builder.reject(
            n,
            RejectReason.EMPTY_TEXT,
            "no text: " + records.textFieldNames() + " missing or blank",
            excerpt(bytes));
      }
      return builder.build(n, f, () -> excerpt(bytes));
    } catch (StreamConstraintsException e) {
      return builder.reject(n, RejectReason.TOO_LARGE, e.getOriginalMessage(), excerpt(bytes));
    } catch (JsonProcessingException e) {
      return builder.reject(n, RejectReason.MALFORMED_JSON, message(e), excerpt(bytes));
    } catch (IOException e) {
      return builder.reject(n, RejectReason.MALFORMED_JSON, e.getMessage(), excerpt(bytes));
    }
  }

  private static void ensureEnd(JsonParser p) throws IOException {
    JsonToken after = p.nextToken();
    if (after != null) {
      throw new IOException("more than one JSON value on the line (then " + after + ")");
    }
  }

  static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m != null && m.length() > 300) {
      m = m.substring(0, 300);
    }
    return e.getLocation() == null ? m : m + " at column " + e.getLocation().getColumnNr();
  }

  static String excerpt(byte[] bytes) {
    int n = Math.min(bytes.length, Reject.EXCERPT_CHARS * 4);
    return Reject.excerpt(new String(bytes, 0, n, StandardCharsets.UTF_8));
  }
}
