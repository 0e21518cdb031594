package org.annals.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a run read, what it wrote, and how the counts add up ({@code
 * records_read == articles + rejected}, always). {@code inputPaths} are the files read, as the
 * rows' {@code input_path} names them (a publish replaces what earlier runs read from the same
 * files).
 */
public record Manifest(
    @JsonProperty("annals_version") String annalsVersion,
    @JsonProperty("spark_version") String sparkVersion,
    @JsonProperty("started") String started,
    @JsonProperty("finished") String finished,
    @JsonProperty("inputs") List<String> inputs,
    @JsonProperty("input_files") long inputFiles,
    @JsonProperty("counts") Counts counts,
    @JsonProperty("rejects_by_reason") Map<String, Long> rejectsByReason,
    @JsonProperty("tables") Map<String, Long> tables,
    @JsonProperty("input_paths") List<String> inputPaths) {

  /** The run's record counts. */
  public record Counts(
      @JsonProperty("records_read") long recordsRead,
      @JsonProperty("articles") long articles,
      @JsonProperty("rejected") long rejected,
      @JsonProperty("mentions") long mentions,
      @JsonProperty("events") long events) {}
}
