package org.annals.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

/**
 * Writes a table as Parquet ({@code parquet/<table>/}) and as RFC 4180 CSV with a header ({@code
 * csv/<table>/}), sorted by the table's keys into one part file each with a stable name, so that
 * the same input gives byte-identical files. In CSV, array columns are joined with {@code ;} (CSV
 * has no arrays); Parquet keeps them as arrays.
 */
public final class TableWriter {

  private final Path root;
  private final FileSystem fs;

  public TableWriter(Path root, FileSystem fs) {
    this.root = root;
    this.fs = fs;
  }

  public void write(String table, Dataset<Row> rows) throws IOException {
    List<String> keys = OutputTables.SORT_KEYS.get(table);
    Column[] order = keys.stream().map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> sorted = rows.repartition(1).sortWithinPartitions(order).cache();
    try {
      Path parquet = new Path(root, "parquet/" + table);
      sorted.write().mode(SaveMode.ErrorIfExists).parquet(parquet.toString());
      tidy(parquet, "parquet");
      Path csv = new Path(root, "csv/" + table);
      csvColumns(sorted)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .option("header", "true")
          .option("escape", "\"")
          .option("quote", "\"")
          .option("dateFormat", "yyyy-MM-dd")
          .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
          .option("lineSep", "\n")
          .csv(csv.toString());
      tidy(csv, "csv");
    } finally {
      sorted.unpersist();
    }
  }

  private static Dataset<Row> csvColumns(Dataset<Row> rows) {
    StructField[] fields = rows.schema().fields();
    Column[] cols = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      cols[i] =
          fields[i].dataType() instanceof ArrayType
              ? concat_ws(";", col(name)).as(name)
              : col(name);
    }
    return rows.select(cols);
  }

  /**
   * The contract's {@code <out>/rejects/}: the rejects as CSV with a header, beside the tables,
   * where a user looks first when counts do not match expectations.
   */
  public void writeRejectsAlias() throws IOException {
    Path from = new Path(root, "csv/" + OutputTables.REJECTS);
    Path to = new Path(root, "rejects");
    fs.mkdirs(to);
    for (FileStatus f : fs.listStatus(from)) {
      org.apache.hadoop.fs.FileUtil.copy(
          fs, f.getPath(), fs, new Path(to, f.getPath().getName()), false, fs.getConf());
    }
  }

  /** Gives part files stable names and removes checksum side files. */
  private void tidy(Path dir, String extension) throws IOException {
    int n = 0;
    FileStatus[] files = fs.listStatus(dir);
    java.util.Arrays.sort(files, java.util.Comparator.comparing(f -> f.getPath().getName()));
    for (FileStatus f : files) {
      String name = f.getPath().getName();
      if (name.endsWith(".crc")) {
        fs.delete(f.getPath(), false);
      } else if (name.startsWith("part-")) {
        String stable = String.format("part-%05d.%s", n++, extension);
        fs.rename(f.getPath(), new Path(dir, stable));
      }
    }
  }
}
