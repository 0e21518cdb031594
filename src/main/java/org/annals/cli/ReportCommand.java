package org.annals.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.report.HtmlReport;
import org.annals.report.MarkdownReport;
import org.annals.report.Report;
import org.annals.report.ReportPeriod;
import org.annals.report.ReportReader;
import org.annals.timeline.PeriodType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code annals report}: the periodic report of a run, as one self-contained HTML file with charts
 * or as Markdown. Reads the run's Parquet tables with DuckDB; needs no Spark.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the report of one period of a run: its key events on a time axis, dyad sentiment"
            + " over time with 95%% intervals, the top dyads, key dates, counts and the evidence"
            + " sentences with their articles. HTML (one self-contained file with inline SVG"
            + " charts) or Markdown. Reads the run's Parquet tables with DuckDB; needs no Spark.")
public final class ReportCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    html,
    md
  }

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "Output directory of 'annals run' (with manifest.json and parquet/).")
  Path from;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description = "Year (2012), quarter (2012-Q2), month (2012-04) or ISO week (2012-W17).")
  ReportPeriod period;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The report file to write; '-' for standard output.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html or md (default: md for an output ending in .md, else html).")
  Format format;

  @Option(
      names = "--series",
      paramLabel = "TYPE",
      description =
          "Period of the sentiment series: week or month (default: month for a year or"
              + " quarter, week for a month or week).")
  String series;

  @Option(
      names = "--top-events",
      paramLabel = "N",
      defaultValue = "15",
      description = "Key events listed with their evidence (default: ${DEFAULT-VALUE}).")
  int topEvents;

  @Option(
      names = "--top-dyads",
      paramLabel = "N",
      defaultValue = "6",
      description = "Dyads charted and tabulated (default: ${DEFAULT-VALUE}).")
  int topDyads;

  @Override
  public Integer call() throws IOException {
    PeriodType seriesType = seriesType();
    Report report = new ReportReader(from, topEvents, topDyads).read(period, seriesType);
    Format f = format != null ? format : output.endsWith(".md") ? Format.md : Format.html;
    String text = f == Format.md ? MarkdownReport.render(report) : HtmlReport.render(report);
    if ("-".equals(output)) {
      System.out.print(text);
      System.out.flush();
    } else {
      Path file = Path.of(output);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      System.err.printf(
          Locale.ROOT,
          "annals: report of %s: %d events, %d dyads, %d key dates -> %s%n",
          period.label(),
          report.events().size(),
          report.dyads().size(),
          report.keyDates().size(),
          output);
    }
    return 0;
  }

  private PeriodType seriesType() {
    if (series == null || series.isBlank()) {
      return period.seriesType();
    }
    return switch (series.strip().toLowerCase(Locale.ROOT)) {
      case "week" -> PeriodType.WEEK;
      case "month" -> PeriodType.MONTH;
      default ->
          throw new IllegalArgumentException("series: use week or month, was '" + series + "'");
    };
  }

  /** Parses {@code --period} so that picocli reports a malformed period as a usage error. */
  static final class PeriodConverter implements ITypeConverter<ReportPeriod> {
    @Override
    public ReportPeriod convert(String value) {
      return ReportPeriod.parse(value);
    }
  }
}
