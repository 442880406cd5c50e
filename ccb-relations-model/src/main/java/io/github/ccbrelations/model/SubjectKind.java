package io.github.ccbrelations.model;

/** How a role relates to an instrument it is about, as opposed to one it rests on: see {@link RoleSubject}. */
public enum SubjectKind {
  /** The role carries out the instrument or a provision of it: the CCB's support for OSCE CBM 14. */
  IMPLEMENTS,
  /** The role is about the instrument or is set within it, without resting on it: the EU laws the CCB follows. */
  CONCERNS,
  /** The instrument is the yardstick the role follows: the national strategy for the follow-up of EU laws. */
  GUIDED_BY
}
