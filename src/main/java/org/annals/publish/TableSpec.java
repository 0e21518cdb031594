package org.annals.publish;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How one table of the output contract is published: its columns (from {@code OutputTables}), its
 * primary key, the columns BI queries filter on (indexed), and which rows of the database a newer
 * run replaces.
 *
 * @param name the table's contract name
 * @param columns the contract's columns, in order
 * @param primaryKey primary key columns; empty for none
 * @param indexes column lists to index (PostgreSQL only, see {@link Dialect#secondaryIndexes()})
 * @param coverage a SQL predicate over the published table selecting the rows a run replaces;
 *     {@code ${table}} stands for the run's staged rows of a table, e.g. {@code ${articles}}
 * @param coverageDoc the same rule in words, for {@code --help} and the documentation
 */
public record TableSpec(
    String name,
    List<Column> columns,
    List<String> primaryKey,
    List<List<String>> indexes,
    String coverage,
    String coverageDoc) {

  private static final Pattern STAGE_REF = Pattern.compile("\\$\\{([a-z_]+)\\}");

  public TableSpec {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = indexes.stream().map(List::copyOf).toList();
  }

  /** The staged copy of a table's new rows, a temporary table of the publishing transaction. */
  public static String stageName(String table) {
    return "annals_stage_" + table;
  }

  /** The column names, quoted and comma-separated, in contract order. */
  public String columnList() {
    return columns.stream().map(c -> Dialect.quote(c.name())).collect(Collectors.joining(", "));
  }

  /** The coverage predicate with the staged tables' names filled in. */
  public String coveragePredicate() {
    Matcher m = STAGE_REF.matcher(coverage);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(stageName(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
