package com.example.relations;

import java.util.List;

/** The CCB bodies this project's own records point at. */
public final class OurReferences {
  /** Ids of bodies in the ccb-relations dataset. */
  public static final List<String> BODIES = List.of("ccb", "enisa", "nis-cooperation-group");

  private OurReferences() {}
}
