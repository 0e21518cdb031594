package org.annals.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A job configuration file (e.g. {@code jobs/conf/monthly.json}): what to read, where to write, and
 * which report to make. Relative paths are resolved against the directory of the config file, so a
 * config works from any working directory. Unknown keys are an error (a typo must not silently do
 * nothing); nothing in a config is executed.
 *
 * @param inputs files, directories or globs
 * @param output output directory
 * @param format input format to force, or null
 * @param fieldMapping JSON field-mapping file, or null
 * @param partitions partitions for the language core, 0 for the default
 * @param reportPeriod a period to report on after the run ({@code 2012-Q2}), or null
 * @param reportOutput where to write that report, or null
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record JobConfig(
    @JsonProperty("inputs") List<String> inputs,
    @JsonProperty("output") String output,
    @JsonProperty("format") String format,
    @JsonProperty("field_mapping") String fieldMapping,
    @JsonProperty("partitions") Integer partitions,
    @JsonProperty("report_period") String reportPeriod,
    @JsonProperty("report_output") String reportOutput) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  static {
    JSON.getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000).build());
  }

  /** Reads a config file; paths in it become relative to the file's directory. */
  public static JobConfig read(Path file) throws IOException {
    JobConfig raw;
    try {
      raw = JSON.readValue(Files.readAllBytes(file), JobConfig.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("config " + file + ": " + e.getOriginalMessage(), e);
    }
    Path base = file.toAbsolutePath().getParent();
    List<String> inputs = new ArrayList<>();
    if (raw.inputs() != null) {
      for (String in : raw.inputs()) {
        inputs.add(resolve(base, in));
      }
    }
    return new JobConfig(
        inputs,
        resolve(base, raw.output()),
        raw.format(),
        resolve(base, raw.fieldMapping()),
        raw.partitions(),
        raw.reportPeriod(),
        resolve(base, raw.reportOutput()));
  }

  private static String resolve(Path base, String path) {
    if (path == null || path.contains("://") || Path.of(path).isAbsolute()) {
      return path;
    }
    return base.resolve(path).normalize().toString();
  }
}
