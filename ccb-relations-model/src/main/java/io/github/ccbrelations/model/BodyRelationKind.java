package io.github.ccbrelations.model;

/** How a body stands towards another: see {@link BodyRelation}. */
public enum BodyRelationKind {
  /**
   * The body is the other's counterpart, within a partnership where one is given: ECSO, the European Commission's
   * private counterpart in the contractual public-private partnership on cybersecurity.
   */
  COUNTERPART_OF,
  /**
   * The body (a project, a programme) is a cooperation with the other: the CCB's capacity-building project with Niger.
   */
  COOPERATION_WITH
}
