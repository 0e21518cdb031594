package org.annals.timeline;

/** Two-sided 95% critical values of Student's t distribution. */
final class StudentT {

  /** t(0.975, df) for df = 1..30. */
  private static final double[] T975 = {
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
    2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
    2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423
  };

  private static final double Z975 = 1.959963984540054;

  private StudentT() {}

  /**
   * The 97.5th percentile of t with {@code df} degrees of freedom (df >= 1): exact to 4 decimals up
   * to 30, the Cornish-Fisher expansion beyond (error below 1e-5).
   */
  static double quantile975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("df must be >= 1, got " + df);
    }
    if (df <= T975.length) {
      return T975[(int) df - 1];
    }
    double z = Z975;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double n = df;
    return z
        + (z3 + z) / (4 * n)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
  }
}
