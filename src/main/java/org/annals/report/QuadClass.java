package org.annals.report;

/**
 * GDELT's four quad classes of CAMEO events with the colours the report draws them in (a
 * colour-blind-safe blue/orange scale: cooperation blue, conflict orange to red).
 */
enum QuadClass {
  VERBAL_COOPERATION(1, "Verbal cooperation", "#6baed6"),
  MATERIAL_COOPERATION(2, "Material cooperation", "#2166ac"),
  VERBAL_CONFLICT(3, "Verbal conflict", "#f4a442"),
  MATERIAL_CONFLICT(4, "Material conflict", "#c2372b");

  final int code;
  final String label;
  final String colour;

  QuadClass(int code, String label, String colour) {
    this.code = code;
    this.label = label;
    this.colour = colour;
  }

  /** The class of a {@code quad_class} value; unknown values count as verbal cooperation. */
  static QuadClass of(int code) {
    for (QuadClass q : values()) {
      if (q.code == code) {
        return q;
      }
    }
    return VERBAL_COOPERATION;
  }
}
