package io.github.ccbrelations.search;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Role;
import java.util.List;
import java.util.Objects;

/**
 * A body that a typed name found, with the roles it leads to on the dataset's day.
 *
 * @param body the body; never null
 * @param rolesIn the roles held in the body or in any body part of it, as {@code Dataset.rolesInAnyPartOf} lists
 *     them (for ENISA, also those in its Management Board); never null, empty when none
 * @param rolesHeld the roles the body holds itself; never null, empty when none
 * @param rolesHeldThrough the roles held through the body by another one (for CERT.be, those the CCB holds through
 *     its part CERT.be: the CSIRT role, the memberships of FIRST and of the CSIRTs network); never null, empty when
 *     none
 */
public record FoundBody(Body body, List<Role> rolesIn, List<Role> rolesHeld, List<Role> rolesHeldThrough) {
  /**
   * Makes the value, copying the lists.
   *
   * @throws NullPointerException if an argument or an element is null
   */
  public FoundBody {
    Objects.requireNonNull(body, "body");
    rolesIn = List.copyOf(rolesIn);
    rolesHeld = List.copyOf(rolesHeld);
    rolesHeldThrough = List.copyOf(rolesHeldThrough);
  }

  /**
   * Whether the body leads to no role at all on the dataset's day.
   *
   * @return true when the three lists are empty
   */
  public boolean hasNoRole() {
    return rolesIn.isEmpty() && rolesHeld.isEmpty() && rolesHeldThrough.isEmpty();
  }
}
