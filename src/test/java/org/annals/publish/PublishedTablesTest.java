package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.job.OutputTables;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class PublishedTablesTest {

  @Test
  void columnsAreTheContractsInItsOrder() {
    List<TableSpec> specs = PublishedTables.all();
    assertEquals(
        List.copyOf(OutputTables.ALL.keySet()), specs.stream().map(TableSpec::name).toList());
    for (TableSpec t : specs) {
      StructField[] fields = OutputTables.ALL.get(t.name()).fields();
      assertEquals(fields.length, t.columns().size(), t.name());
      for (int i = 0; i < fields.length; i++) {
        Column c = t.columns().get(i);
        assertEquals(fields[i].name(), c.name());
        assertEquals(ColumnType.of(fields[i].dataType()), c.type());
        assertEquals(fields[i].nullable(), c.nullable());
      }
    }
  }

  @Test
  void everyContractTableHasItsKeysAndIndexesOnItsColumns() {
    for (TableSpec t : PublishedTables.all()) {
      assertTrue(PublishedTables.hasKeys(t.name()), t.name() + " has no keys declared");
      Set<String> names = t.columns().stream().map(Column::name).collect(Collectors.toSet());
      assertTrue(names.containsAll(t.primaryKey()), t.name() + " key " + t.primaryKey());
      for (List<String> index : t.indexes()) {
        assertTrue(names.containsAll(index), t.name() + " index " + index);
      }
    }
  }

  @Test
  void ddlHasTheContractTypesKeysAndIndexes() {
    TableSpec dyads =
        PublishedTables.all().stream()
            .filter(t -> t.name().equals("dyads"))
            .findFirst()
            .orElseThrow();
    TableDdl pg = new TableDdl(Dialect.POSTGRESQL, "annals");
    String create = pg.createTable(dyads);
    assertTrue(create.contains("\"directed\" boolean NOT NULL"), create);
    assertTrue(create.contains("\"period_start\" date NOT NULL"), create);
    assertTrue(create.contains("\"sentiment_ci_low\" double precision,"), create);
    assertTrue(create.contains("\"n_events\" bigint NOT NULL"), create);
    assertTrue(
        create.contains(
            "PRIMARY KEY (\"actor_a\", \"actor_b\", \"directed\", \"period_type\", \"period\")"),
        create);
    assertTrue(
        pg.createIndexes(dyads)
            .contains(
                "CREATE INDEX IF NOT EXISTS \"dyads_period_type_period_idx\" ON"
                    + " \"annals\".\"dyads\" (\"period_type\", \"period\")"));
    assertEquals(List.of(), new TableDdl(Dialect.DUCKDB, "main").createIndexes(dyads));
    TableSpec timeline =
        PublishedTables.all().stream()
            .filter(t -> t.name().equals("timeline"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        new TableDdl(Dialect.DUCKDB, "main")
            .createTable(timeline)
            .contains("\"article_ids\" VARCHAR[] NOT NULL"));
    assertTrue(pg.createTable(timeline).contains("\"article_ids\" text[] NOT NULL"));
  }

  @Test
  void aPublishDeletesEveryRowOfATableInsideItsTransaction() {
    TableSpec timeline = PublishedTables.all().get(2);
    assertEquals(
        "DELETE FROM \"annals\".\"timeline\"",
        new TableDdl(Dialect.POSTGRESQL, "annals").deleteAll(timeline));
  }

  @Test
  void addedContractColumnsAreAddedToExistingTables() {
    TableSpec articles = PublishedTables.all().get(0);
    Set<String> old =
        articles.columns().stream().map(Column::name).limit(11).collect(Collectors.toSet());
    List<String> alters =
        new TableDdl(Dialect.POSTGRESQL, "annals").addMissingColumns(articles, old);
    assertEquals(articles.columns().size() - 11, alters.size());
    assertTrue(
        alters.get(0).startsWith("ALTER TABLE \"annals\".\"articles\" ADD COLUMN "), alters.get(0));
  }

  @Test
  void everyViewHasItsDefinitionInTheSchema() {
    List<String> views = Views.create(new TableDdl(Dialect.POSTGRESQL, "newsroom"));
    assertEquals(Views.NAMES.size(), views.size());
    for (int i = 0; i < views.size(); i++) {
      assertTrue(
          views.get(i).startsWith("CREATE OR REPLACE VIEW \"newsroom\".\"" + Views.NAMES.get(i)),
          views.get(i));
      assertTrue(!views.get(i).contains("{s}"), views.get(i));
    }
  }
}
