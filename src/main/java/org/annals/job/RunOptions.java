package org.annals.job;

import java.io.Serializable;
import java.util.List;
import org.annals.article.InputFormat;

/**
 * What a run reads and where it writes.
 *
 * @param inputs files, directories or globs, as the user wrote them
 * @param output the output directory (replaced atomically)
 * @param format the input format to force, or null to detect it from each file's content
 * @param fieldMapping a JSON field-mapping file for JSON inputs, or null for the built-in names
 * @param partitions partitions for the language core, 0 for twice the default parallelism
 */
public record RunOptions(
    List<String> inputs, String output, InputFormat format, String fieldMapping, int partitions)
    implements Serializable {

  public RunOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("inputs: at least one input path is needed");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("output: an output directory is needed");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions: must be >= 0, was " + partitions);
    }
  }
}
