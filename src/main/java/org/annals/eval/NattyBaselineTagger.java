package org.annals.eval;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.annals.time.DateBasis;
import org.annals.time.TemporalExpression;
import org.annals.time.TemporalTagger;
import org.annals.time.TimexType;

/**
 * The "before" of the evaluation: Natty run naively over each line of the text, every date group
 * taken as a DATE at day precision (TIME when it carries an explicit clock time). Not for
 * production use; single-threaded.
 */
public final class NattyBaselineTagger implements TemporalTagger {

  private final Parser parser = new Parser(TimeZone.getTimeZone("UTC"));

  @Override
  public List<TemporalExpression> tag(String text, LocalDate referenceDate) {
    List<TemporalExpression> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    LocalDate ref = referenceDate == null ? LocalDate.of(2000, 1, 1) : referenceDate;
    Date refDate = Date.from(ref.atTime(12, 0).toInstant(ZoneOffset.UTC));
    PrintStream err = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    try {
      int lineStart = 0;
      for (String line : text.split("\n", -1)) {
        if (!line.isBlank()) {
          for (DateGroup g : parser.parse(line, refDate)) {
            int b = lineStart + g.getPosition() - 1;
            int e = b + g.getText().length();
            if (b < 0 || e > text.length() || g.getDates().isEmpty()) {
              continue;
            }
            ZonedDateTime d = g.getDates().get(0).toInstant().atZone(ZoneOffset.UTC);
            boolean time = !g.isTimeInferred();
            String value =
                time ? d.toLocalDateTime().toString().substring(0, 16) : d.toLocalDate().toString();
            out.add(
                new TemporalExpression(
                    b,
                    e,
                    text.substring(b, e),
                    time ? TimexType.TIME : TimexType.DATE,
                    value,
                    null,
                    DateBasis.RELATIVE));
          }
        }
        lineStart += line.length() + 1;
      }
    } catch (RuntimeException ex) {
      // a baseline: keep what was found
    } finally {
      System.setErr(err);
    }
    return out;
  }
}
