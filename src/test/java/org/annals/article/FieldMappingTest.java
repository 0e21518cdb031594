package org.annals.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldMappingTest {

  @Test
  void defaultsCoverNewsPleaseAndCommonAlternatives() {
    FieldMapping d = FieldMapping.defaults();
    assertEquals(List.of("id", "dId", "uid"), d.id().subList(0, 3));
    assertEquals(List.of("text", "maintext", "body"), d.text().subList(0, 3));
    assertEquals(List.of("date_publish", "published", "date", "dct"), d.published().subList(0, 4));
    assertEquals(List.of("source_domain", "source"), d.source().subList(0, 2));
  }

  @Test
  void aMappingFileOverridesOnlyTheRolesItNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapping.json");
    Files.writeString(file, "{\"text\": [\"content\", \"summary\"], \"published\": \"pubDate\"}");
    FieldMapping m = FieldMapping.fromJson(file);
    assertEquals(List.of("content", "summary"), m.text());
    assertEquals(List.of("pubDate"), m.published());
    assertEquals(FieldMapping.defaults().id(), m.id());
    assertEquals(m, FieldMapping.fromJson(m.toJson()), "round trip through JSON");
  }

  @Test
  void badMappingsAreRefusedWithTheRoleNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FieldMapping.fromJson("{\"txt\": \"a\"}"));
    assertTrue(e.getMessage().contains("txt"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromJson("[\"text\"]"));
    assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromJson("{\"text\": 3}"));
    assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromJson("{\"text\": []}"));
    assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromJson("{not json"));
  }
}
