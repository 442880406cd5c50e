package io.github.ccbrelations.model;

/** The function a holder has in a role. */
public enum RoleFunction {
  /** National single point of contact for the security of network and information systems. */
  SINGLE_POINT_OF_CONTACT,
  /** Computer security incident response team. */
  CSIRT,
  /** National coordination centre in the network of the European Cybersecurity Competence Centre. */
  NATIONAL_COORDINATION_CENTRE,
  /** Represents a party (usually Belgium) in a body. */
  REPRESENTATIVE,
  /** Is a member of a body. */
  MEMBER,
  /** Sits on the board of a body. */
  BOARD_MEMBER,
  /** Operational point of contact of a party for a body. */
  OPERATIONAL_POINT_OF_CONTACT,
  /** Supports another party with expertise in a body. */
  EXPERT_SUPPORT,
  /** Supports another party with technical knowledge. */
  TECHNICAL_SUPPORT,
  /** Takes part in a body's work or debates. */
  PARTICIPANT,
  /** Is represented in a body, through one of its parts. */
  REPRESENTED,
  /** Takes part in an exercise. */
  EXERCISE_PARTICIPANT,
  /** Coordinates a party's representation. */
  COORDINATOR,
  /** Keeps bilateral relations with counterparts. */
  BILATERAL_RELATIONS,
  /** Follows laws and initiatives and their implementation. */
  MONITORING,
  /** Follows up commitments and prepares positions. */
  FOLLOW_UP,
  /** Supports capacity-building projects. */
  CAPACITY_BUILDING,
  /** Has announced the adoption of a commitment, such as an OSCE confidence-building measure. */
  COMMITMENT
}
