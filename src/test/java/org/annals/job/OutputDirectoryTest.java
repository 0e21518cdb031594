package org.annals.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir Path dir;

  private final Configuration conf = new Configuration();

  private long siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void commitReplacesThePreviousOutputWhole() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("stale.txt"), "old run");
    OutputDirectory o = OutputDirectory.stage(out.toString(), conf);
    Files.writeString(Path.of(o.staging().toUri()).resolve("manifest.json"), "{}");
    assertTrue(Files.exists(out.resolve("stale.txt")), "old output visible until commit");
    o.commit();
    assertTrue(Files.exists(out.resolve("manifest.json")));
    assertFalse(Files.exists(out.resolve("stale.txt")));
    assertEquals(1, siblings(), "nothing left beside the output");
  }

  @Test
  void abandonLeavesThePreviousOutputAndNoStaging() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("manifest.json"), "previous");
    OutputDirectory o = OutputDirectory.stage(out.toString(), conf);
    Files.writeString(Path.of(o.staging().toUri()).resolve("half.parquet"), "partial");
    o.abandon();
    assertEquals("previous", Files.readString(out.resolve("manifest.json")));
    assertEquals(1, siblings());
  }
}
