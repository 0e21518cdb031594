package org.annals.time;

/** TIMEX3 types, as TimeML and TempEval-3 define them. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
