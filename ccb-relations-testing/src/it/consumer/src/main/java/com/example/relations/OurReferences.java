package com.example.relations;

import java.util.List;

/** The CCB bodies, legal instruments and roles this project's own records point at. */
public final class OurReferences {
  /** Ids of bodies in the ccb-relations dataset. */
  public static final List<String> BODIES = List.of("ccb", "enisa", "nis-cooperation-group");

  /** Ids of legal instruments in the ccb-relations dataset. */
  public static final List<String> INSTRUMENTS = List.of("nis2-directive", "cybersecurity-act");

  /** Ids of roles in the ccb-relations dataset. */
  public static final List<String> ROLES = List.of("ccb-csirt");

  private OurReferences() {}
}
