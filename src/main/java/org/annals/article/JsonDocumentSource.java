package org.annals.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON file that is not JSON Lines: one (pretty-printed) object, as news-please writes per
 * article, or an array of objects, as Timeline17's {@code articles.json}, or several such values in
 * a row. Each object is a record positioned by its byte offset in the (decompressed) file; each
 * array element that is not an object is a {@link RejectReason#NOT_AN_OBJECT} reject.
 *
 * <p>Streams: memory is bounded by the record limit, not the file. A syntax error cannot be
 * resynchronised in a single JSON value, so it becomes one {@link RejectReason#MALFORMED_JSON}
 * reject standing for the rest of the file (records before it are kept).
 */
final class JsonDocumentSource extends RecordSource {

  private final JsonParser parser;
  private final JsonRecords records;
  private final ArticleBuilder builder;
  private int depth;
  private boolean failed;
  private long offset;

  JsonDocumentSource(
      String path, Closeable input, InputStream in, JsonRecords records, ArticleBuilder builder)
      throws IOException {
    super(path, input);
    this.parser = records.factory().createParser(in);
    this.records = records;
    this.builder = builder;
  }

  @Override
  protected ReadResult readNext() throws IOException {
    if (failed) {
      return null;
    }
    try {
      while (true) {
        JsonToken t = parser.nextToken();
        offset = JsonRecords.offset(parser.currentTokenLocation());
        if (t == null) {
          return null;
        }
        if (t == JsonToken.START_ARRAY && depth == 0) {
          depth = 1;
          continue;
        }
        if (t == JsonToken.END_ARRAY && depth == 1) {
          depth = 0;
          continue;
        }
        if (t == JsonToken.START_OBJECT) {
          return object(offset);
        }
        if (t.isStructStart()) {
          parser.skipChildren();
        }
        return builder.reject(
            offset,
            RejectReason.NOT_AN_OBJECT,
            "a JSON "
                + JsonLinesSource.kind(t)
                + (depth == 1 ? " in the array" : "")
                + ", not an object",
            t.isScalarValue() ? parser.getText() : "");
      }
    } catch (StreamConstraintsException e) {
      failed = true;
      return builder.reject(
          offset,
          RejectReason.TOO_LARGE,
          e.getOriginalMessage() + "; rest of the file skipped",
          "");
    } catch (JsonProcessingException e) {
      failed = true;
      return builder.reject(
          offset,
          RejectReason.MALFORMED_JSON,
          JsonLinesSource.message(e) + "; rest of the file skipped",
          "");
    }
  }

  @Override
  protected long position() {
    return offset;
  }

  private ReadResult object(long at) throws IOException {
    JsonRecords.Found found = records.readObject(parser);
    java.util.function.Supplier<String> excerpt = () -> JsonRecords.excerpt(found.values());
    if (found.tooLarge()) {
      return builder.reject(
          at,
          RejectReason.TOO_LARGE,
          "object of " + found.bytes() + " bytes, limit " + records.maxRecordBytes(),
          excerpt.get());
    }
    ArticleBuilder.Fields f = records.fields(found.values());
    if (f.text() == null) {
      return builder.reject(
          at,
          RejectReason.EMPTY_TEXT,
          "no text: " + records.textFieldNames() + " missing or blank",
          excerpt.get());
    }
    return builder.build(at, f, excerpt);
  }
}
