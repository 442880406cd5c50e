package io.github.ccbrelations.model;

/** What kind of organisation, group or thing a {@link Body} is. */
public enum BodyKind {
  /** An institution of the European Union, such as the Council. */
  EU_INSTITUTION,
  /** A decentralised agency of the EU, such as ENISA. */
  EU_AGENCY,
  /** Another EU body or office, such as the European Cybersecurity Competence Centre. */
  EU_BODY,
  /** A network or group set up under EU law, such as the NIS Cooperation Group or the CSIRTs network. */
  EU_NETWORK_OR_GROUP,
  /** A working party or group of the Council of the EU. */
  COUNCIL_WORKING_PARTY,
  /** The governing or management board of a body. */
  BOARD,
  /** A working group, sub-group or task force within a body. */
  WORKING_GROUP,
  /** An international organisation, such as the OSCE or the United Nations. */
  INTERNATIONAL_ORGANISATION,
  /** An intergovernmental forum or initiative, such as the GFCE or the Counter Ransomware Initiative. */
  INTERGOVERNMENTAL_FORUM_OR_INITIATIVE,
  /** An association or organisation under private law, such as ECSO or FIRST. */
  ASSOCIATION,
  /** A community or informal group of practitioners, such as TF-CSIRT or the EGC group. */
  COMMUNITY,
  /** A national public authority, such as the CCB. */
  NATIONAL_AUTHORITY,
  /** A national public agency, such as Enabel. */
  NATIONAL_AGENCY,
  /** An operational department or service of an authority, such as CERT.be. */
  DEPARTMENT,
  /** An office held by a person, such as the CCB's Director General. */
  OFFICE,
  /** A diplomatic mission or representation of a state. */
  DIPLOMATIC_MISSION,
  /**
   * A partnership between public and private parties, such as the contractual public-private partnership on
   * cybersecurity.
   */
  PARTNERSHIP,
  /** A cooperation or capacity-building project, such as the CCB's project with Niger. */
  PROJECT,
  /** An exercise, such as Cyber Europe. */
  EXERCISE,
  /** A sovereign state. */
  COUNTRY
}
