package org.annals.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  private final Configuration conf = new Configuration();

  private Path file(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    return p;
  }

  @Test
  void aDirectoryGivesItsFilesSortedWithPathsAsTheUserWroteThem() throws IOException {
    file("b/2.jsonl");
    file("a.txt");
    file("b/1.json");
    List<InputFile> files = InputFiles.expand(List.of(dir.toString()), conf);
    assertEquals(
        List.of(dir + "/a.txt", dir + "/b/1.json", dir + "/b/2.jsonl"),
        files.stream().map(InputFile::displayPath).toList());
  }

  @Test
  void hiddenAndMarkerFilesInsideDirectoriesAreSkipped() throws IOException {
    file("a.txt");
    file(".staging/x.txt");
    file("_SUCCESS");
    file("part/.part-0.crc");
    assertEquals(1, InputFiles.expand(List.of(dir.toString()), conf).size());
  }

  @Test
  void globsMatchFilesAndTheSameFileIsReadOnce() throws IOException {
    Path a = file("x1.txt");
    file("x2.txt");
    file("y.txt");
    List<InputFile> files = InputFiles.expand(List.of(dir + "/x*.txt", a.toString()), conf);
    assertEquals(2, files.size());
  }

  @Test
  void aMissingInputIsAClearError() {
    FileNotFoundException e =
        assertThrows(
            FileNotFoundException.class,
            () -> InputFiles.expand(List.of(dir.resolve("nope.jsonl").toString()), conf));
    assertTrue(e.getMessage().contains("nope.jsonl"), e.getMessage());
  }
}
