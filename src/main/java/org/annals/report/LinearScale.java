package org.annals.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a numeric domain linearly onto a pixel range, as chart axes need; the range may be inverted
 * (SVG's y grows downwards). Immutable.
 */
public record LinearScale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

  public LinearScale {
    if (!(domainMax > domainMin)) {
      throw new IllegalArgumentException(
          "domain: max must exceed min, was " + domainMin + ".." + domainMax);
    }
  }

  /** The pixel position of {@code v}; values outside the domain are clamped to the range. */
  public double apply(double v) {
    double c = Math.max(domainMin, Math.min(domainMax, v));
    return rangeMin + (c - domainMin) / (domainMax - domainMin) * (rangeMax - rangeMin);
  }

  /**
   * About {@code count} round tick values (steps of 1, 2 or 5 times a power of ten, the one nearest
   * to span / count on a log scale) inside the domain, ascending.
   */
  public List<Double> ticks(int count) {
    double span = domainMax - domainMin;
    double raw = span / Math.max(1, count);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double error = raw / power;
    double step =
        power
            * (error >= Math.sqrt(50)
                ? 10
                : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
    List<Double> out = new ArrayList<>();
    double first = Math.ceil(domainMin / step - 1e-9) * step;
    for (double v = first; v <= domainMax + step * 1e-9; v += step) {
      out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return out;
  }
}
