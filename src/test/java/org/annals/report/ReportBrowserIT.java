package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: rendered by a real headless Chromium, whose screenshot must
 * show the charts drawn in their colours. Skipped only when Chromium is absent outside CI; in CI
 * (the {@code CI} variable set) a missing browser fails the test.
 */
class ReportBrowserIT {

  @TempDir static Path tmp;
  static String chromium;

  @BeforeAll
  static void findChromium() {
    chromium = which("chromium", "chromium-browser");
    if (System.getenv("CI") == null) {
      assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
    }
    assertTrue(chromium != null, "chromium is needed in CI: apt-get install -y chromium");
  }

  @Test
  void theReportOfAPeriodShowsDrawnCharts() throws Exception {
    BufferedImage shot = screenshot("2012-Q2", "full");
    assertEquals(1200, shot.getWidth());
    // With the fixture, the header and counts take the first ~280 px and the two charts the next
    // ~700; the tables below have only a few coloured chips and numbers.
    int charts = coloured(shot, 250, 1000);
    assertTrue(charts > 3000, "too few coloured pixels in the chart region: " + charts);
    assertTrue(near(shot, 0xf4a442) > 400, "the verbal-conflict lane's orange marks");
    assertTrue(
        near(shot, 0x2166ac) > 100, "the blue of positive sentiment and material cooperation");
    assertTrue(near(shot, 0xc2372b) > 60, "the red of negative sentiment and material conflict");
  }

  @Test
  void anEmptyPeriodShowsNoChartButIsAPage() throws Exception {
    BufferedImage shot = screenshot("2013-Q1", "empty");
    assertTrue(coloured(shot, 0, shot.getHeight()) < 300, "an empty report draws no chart");
    assertTrue(dark(shot) > 2000, "the page shows its text");
  }

  static BufferedImage screenshot(String period, String name) throws Exception {
    ReportPeriod p = ReportPeriod.parse(period);
    Path out = OutputFixture.seed(tmp.resolve("out-" + name));
    Path html = tmp.resolve(name + ".html");
    Files.writeString(
        html, HtmlReport.render(new ReportReader(out, 10, 4).read(p, p.seriesType())));
    Path png = tmp.resolve(name + ".png");
    Path profile = Files.createTempDirectory(tmp, "profile-");
    Process chrome =
        new ProcessBuilder(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--screenshot=" + png,
                "--window-size=1200,1600",
                html.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve(name + ".log").toFile())
            .start();
    assertTrue(chrome.waitFor(90, TimeUnit.SECONDS), "chromium did not finish in 90 s");
    assertEquals(0, chrome.exitValue(), Files.readString(tmp.resolve(name + ".log")));
    assertTrue(Files.size(png) > 0, "no screenshot");
    return ImageIO.read(png.toFile());
  }

  /** Pixels with a clear hue: not white, not grey, not black. */
  static int coloured(BufferedImage img, int y0, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          n++;
        }
      }
    }
    return n;
  }

  static int near(BufferedImage img, int colour) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff)) < 14
            && Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff)) < 14
            && Math.abs((rgb & 0xff) - (colour & 0xff)) < 14) {
          n++;
        }
      }
    }
    return n;
  }

  static int dark(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xff) < 100) {
          n++;
        }
      }
    }
    return n;
  }

  static String which(String... names) {
    for (String name : names) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }
}
