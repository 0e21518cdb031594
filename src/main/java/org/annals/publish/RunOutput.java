package org.annals.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.job.OutputTables;
import org.annals.publish.PublishException.Kind;

/**
 * A finished run's output directory, checked before anything is published: {@code manifest.json} is
 * there and parses, every contract table has readable Parquet part files under {@code
 * parquet/<table>/} with the contract's columns and types, and each table has as many rows as the
 * manifest says. A run writes its manifest last, so a directory without one is not a finished run.
 */
public final class RunOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final String manifestText;
  private final JsonNode manifest;
  private final String runId;
  private final Map<String, List<Path>> parts;
  private final Map<String, Long> rows;
  private final Map<String, Long> months;
  private final Map<String, Long> inputs;

  private RunOutput(
      Path dir,
      String manifestText,
      JsonNode manifest,
      String runId,
      Map<String, List<Path>> parts,
      Map<String, Long> rows,
      Map<String, Long> months,
      Map<String, Long> inputs) {
    this.dir = dir;
    this.manifestText = manifestText;
    this.manifest = manifest;
    this.runId = runId;
    this.parts = parts;
    this.rows = rows;
    this.months = months;
    this.inputs = inputs;
  }

  /**
   * Opens and checks a run's output directory.
   *
   * @throws PublishException of kind {@link Kind#INPUT} naming the first problem found
   */
  public static RunOutput open(Path dir, List<TableSpec> tables) throws PublishException {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw input(root + ": no such directory");
    }
    Path manifestFile = root.resolve("manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      throw input(
          root + ": no manifest.json, so not a finished run (a run writes its manifest last)");
    }
    byte[] bytes;
    JsonNode manifest;
    try {
      bytes = Files.readAllBytes(manifestFile);
      manifest = JSON.readTree(bytes);
    } catch (IOException e) {
      throw input(manifestFile + ": not readable JSON: " + firstLine(e.getMessage()));
    }
    if (manifest == null || !manifest.isObject() || !manifest.hasNonNull("started")) {
      throw input(manifestFile + ": not an annals manifest (no \"started\")");
    }
    Map<String, List<Path>> parts = new LinkedHashMap<>();
    for (TableSpec t : tables) {
      parts.put(t.name(), partFiles(root, t.name()));
    }
    Map<String, Long> rows = checkParquet(root, tables, parts, manifest.path("tables"));
    Map<String, Long> months = new TreeMap<>();
    Map<String, Long> inputs = new TreeMap<>();
    coverage(parts, manifest, months, inputs);
    return new RunOutput(
        root,
        new String(bytes, StandardCharsets.UTF_8),
        manifest,
        sha256(bytes),
        parts,
        rows,
        months,
        inputs);
  }

  /**
   * The calendar months ({@code yyyy-MM}) of the run's articles' publication dates, with the number
   * of articles of each: the periods whose published articles a publish of this run replaces.
   */
  public Map<String, Long> months() {
    return months;
  }

  /**
   * The input files the run read ({@code input_path} as its rows name them: the manifest's {@code
   * input_paths}, and the files its articles and rejects came from), with the articles and rejects
   * read from each: a publish of this run replaces the published undated articles and the rejects
   * of these files.
   */
  public Map<String, Long> inputs() {
    return inputs;
  }

  private static void coverage(
      Map<String, List<Path>> parts,
      JsonNode manifest,
      Map<String, Long> months,
      Map<String, Long> inputs)
      throws PublishException {
    for (JsonNode p : manifest.path("input_paths")) {
      if (p.isTextual()) {
        inputs.put(p.asText(), 0L);
      }
    }
    List<Path> articles = parts.get(OutputTables.ARTICLES);
    List<Path> rejects = parts.get(OutputTables.REJECTS);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement()) {
      if (articles != null) {
        String from = " FROM read_parquet([" + literals(articles) + "])";
        try (ResultSet r =
            s.executeQuery(
                "SELECT strftime(published, '%Y-%m'), count(*)"
                    + from
                    + " WHERE published IS NOT NULL GROUP BY 1")) {
          while (r.next()) {
            months.put(r.getString(1), r.getLong(2));
          }
        }
      }
      List<String> sources = new ArrayList<>();
      for (List<Path> files : java.util.Arrays.asList(articles, rejects)) {
        if (files != null) {
          sources.add("SELECT input_path FROM read_parquet([" + literals(files) + "])");
        }
      }
      if (!sources.isEmpty()) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT input_path, count(*) FROM ("
                    + String.join(" UNION ALL ", sources)
                    + ") GROUP BY 1")) {
          while (r.next()) {
            inputs.put(r.getString(1), r.getLong(2));
          }
        }
      }
    } catch (SQLException e) {
      throw input("cannot read the run's Parquet: " + firstLine(e.getMessage()));
    }
  }

  private static String literals(List<Path> files) {
    return files.stream().map(RunOutput::literal).collect(Collectors.joining(", "));
  }

  /** The directory, absolute. */
  public Path dir() {
    return dir;
  }

  /** The manifest as written by the run. */
  public String manifestText() {
    return manifestText;
  }

  public JsonNode manifest() {
    return manifest;
  }

  /**
   * Identifies the run: the SHA-256 of its manifest, which records when it started and finished.
   */
  public String runId() {
    return runId;
  }

  /** Rows in a table's Parquet. */
  public long rows(String table) {
    return rows.get(table);
  }

  /** A DuckDB query reading a table's contract columns, in order, from the run's Parquet. */
  public String parquetQuery(TableSpec table) {
    String files = literals(parts.get(table.name()));
    return "SELECT " + table.columnList() + " FROM read_parquet([" + files + "])";
  }

  private static List<Path> partFiles(Path root, String table) throws PublishException {
    Path tableDir = root.resolve("parquet").resolve(table);
    if (!Files.isDirectory(tableDir)) {
      throw input(
          tableDir
              + ": missing, so the run's output is incomplete (or was written by a version of"
              + " annals without this table: run it again)");
    }
    try (Stream<Path> files = Files.list(tableDir)) {
      List<Path> found =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      if (found.isEmpty()) {
        throw input(tableDir + ": no .parquet part files, so the run's output is incomplete");
      }
      return found;
    } catch (IOException e) {
      throw input(tableDir + ": cannot list: " + e.getMessage());
    }
  }

  private static Map<String, Long> checkParquet(
      Path root, List<TableSpec> tables, Map<String, List<Path>> parts, JsonNode declared)
      throws PublishException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement()) {
      for (TableSpec t : tables) {
        long n = 0;
        for (Path part : parts.get(t.name())) {
          n += countRows(s, root, part);
        }
        checkColumns(s, root, t, parts.get(t.name()).get(0));
        JsonNode expected = declared.path(t.name());
        if (expected.isIntegralNumber() && expected.asLong() != n) {
          throw input(
              root.relativize(root.resolve("parquet").resolve(t.name()))
                  + " has "
                  + n
                  + " rows but manifest.json says "
                  + expected.asLong()
                  + ": the output is not the run's");
        }
        rows.put(t.name(), n);
      }
    } catch (SQLException e) {
      throw input("cannot read the run's Parquet: " + firstLine(e.getMessage()));
    }
    return rows;
  }

  private static long countRows(Statement s, Path root, Path part) throws PublishException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + literal(part) + ")")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw input(
          root.relativize(part)
              + ": not a readable Parquet file (truncated or still being written?): "
              + firstLine(e.getMessage()));
    }
  }

  private static void checkColumns(Statement s, Path root, TableSpec t, Path part)
      throws PublishException, SQLException {
    Map<String, String> found = new HashMap<>();
    try (ResultSet r =
        s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + literal(part) + ")")) {
      while (r.next()) {
        found.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    for (Column c : t.columns()) {
      String type = found.get(c.name());
      if (type == null) {
        throw input(root.relativize(part) + ": no column " + c.name() + " (the contract has it)");
      }
      if (!type.equals(c.type().duckdbName())) {
        throw input(
            root.relativize(part)
                + ": column "
                + c.name()
                + " is "
                + type
                + ", the contract says "
                + c.type().duckdbName());
      }
    }
  }

  private static String literal(Path p) {
    return "'" + p.toString().replace("'", "''") + "'";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }

  private static PublishException input(String message) {
    return new PublishException(Kind.INPUT, message);
  }
}
