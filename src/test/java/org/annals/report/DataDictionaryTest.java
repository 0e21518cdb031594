package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.article.RejectReason;
import org.annals.job.Manifest;
import org.annals.job.OutputTables;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/data-dictionary.md} documents every column, type, manifest field and reject reason.
 */
class DataDictionaryTest {

  static final Path DICTIONARY = Path.of("docs/data-dictionary.md");

  /** Column rows ("| `name` | TYPE | ...") under each "### `table`" heading, in order. */
  static Map<String, Map<String, String>> documentedColumns() throws IOException {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line : Files.readAllLines(DICTIONARY)) {
      if (line.startsWith("### `")) {
        current = new LinkedHashMap<>();
        tables.put(line.substring(5, line.indexOf('`', 5)), current);
      } else if (line.startsWith("#")) {
        current = null;
      } else if (current != null && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        current.put(cells[1].strip().replace("`", ""), cells[2].strip());
      }
    }
    return tables;
  }

  @Test
  void everyDeclaredColumnIsDocumentedWithItsSqlType() throws IOException {
    Map<String, Map<String, String>> documented = documentedColumns();
    for (Map.Entry<String, StructType> table : OutputTables.ALL.entrySet()) {
      Map<String, String> doc = documented.get(table.getKey());
      assertTrue(doc != null, "no section ### `" + table.getKey() + "`");
      List<String> declared = new ArrayList<>();
      for (StructField f : table.getValue().fields()) {
        declared.add(f.name());
        assertTrue(
            doc.containsKey(f.name()), table.getKey() + "." + f.name() + " is not documented");
        assertEquals(
            OutputFixture.duckType(f.dataType()),
            doc.get(f.name()),
            table.getKey() + "." + f.name() + " type");
      }
      assertEquals(
          declared, List.copyOf(doc.keySet()), table.getKey() + ": documented columns and order");
    }
  }

  @Test
  void everyRejectReasonIsDocumented() throws IOException {
    String text = Files.readString(DICTIONARY);
    for (RejectReason r : RejectReason.values()) {
      assertTrue(text.contains("| `" + r.label() + "` |"), "reject reason " + r.label());
    }
  }

  @Test
  void everyManifestFieldIsDocumented() throws IOException {
    String text = Files.readString(DICTIONARY);
    for (Class<?> type : List.of(Manifest.class, Manifest.Counts.class)) {
      for (RecordComponent c : type.getRecordComponents()) {
        String name = c.getAccessor().getAnnotation(JsonProperty.class).value();
        String row = type == Manifest.class ? "| `" + name + "` |" : "| `counts." + name + "` |";
        assertTrue(text.contains(row), "manifest field " + name);
      }
    }
  }
}
