package io.github.ccbrelations.model;

/** The level at which the source page places a role. */
public enum Level {
  /** The page's introduction: the CCB's international relations in general. */
  GENERAL,
  /** "Au niveau européen": the European Union. */
  EUROPEAN,
  /** "Au niveau international": organisations and initiatives beyond the EU. */
  INTERNATIONAL,
  /** "Au niveau opérationnel": incident response and operational networks. */
  OPERATIONAL
}
