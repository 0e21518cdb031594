package org.annals.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadBalanceTest {

  private static InputFile file(String name, long bytes) {
    return new InputFile(name, "file:/" + name, bytes);
  }

  @Test
  void oneLargeFileGetsATaskOfItsOwnAndTheSmallOnesShareTheRest() {
    List<InputFile> files = new ArrayList<>();
    files.add(file("big.jsonl.gz", 7_000_000));
    for (int i = 0; i < 20; i++) {
      files.add(file("small-" + i + ".json", 10_000));
    }
    List<List<InputFile>> groups = RunJob.balanced(files, 3);
    assertEquals(3, groups.size());
    assertEquals(List.of(files.get(0)), groups.get(0));
    assertEquals(20, groups.get(1).size() + groups.get(2).size());
    assertEquals(10, groups.get(1).size());
  }

  @Test
  void everyFileIsReadExactlyOnce() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      files.add(file("f" + i, i * 1000L));
    }
    List<InputFile> all = new ArrayList<>();
    RunJob.balanced(files, 8).forEach(all::addAll);
    assertEquals(37, all.size());
    assertEquals(37, all.stream().distinct().count());
  }
}
