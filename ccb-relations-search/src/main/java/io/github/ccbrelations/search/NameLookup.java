package io.github.ccbrelations.search;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a typed name finds, as {@code ccb-relations find} and the {@code LookupByName} example show it: the bodies and
 * instruments it names ({@link Dataset#bodiesNamed}, {@link Dataset#instrumentsNamed}: any label or id in fr, nl, en
 * or de, short forms such as "NIS2", "2021/887" or "PC.DEC/1202", a CELEX number or a numac, case, accents,
 * punctuation and a leading article ignored), for each body the CCB's roles held in it, by it and through it (a name
 * of CERT.be finds the roles the CCB holds through CERT.be), and, when it names nothing, up to {@value #SUGGESTIONS}
 * suggestions of {@link NameSearch} ("did you mean ENISA?" for "ENSIA"). Records are found whatever the dataset's
 * day; the roles are those of its day. Instances are safe to share between threads.
 *
 * <pre>{@code
 * Lookup found = NameLookup.of(CcbRelations.bundled()).lookUp("CERT.be");
 * found.bodies().get(0).rolesHeldThrough();   // the CSIRT role and the memberships held through CERT.be
 * }</pre>
 */
public final class NameLookup {
  /** The most suggestions for a name that names nothing. */
  public static final int SUGGESTIONS = 3;

  private final Dataset data;
  /** Made at the first name that names nothing: a run whose names all name something never compares labels. */
  private @Nullable NameSearch search;

  private NameLookup(Dataset data) {
    this.data = data;
  }

  /**
   * A lookup over a dataset, whose day gives the roles listed.
   *
   * @param data the dataset
   * @return the lookup; never null
   * @throws NullPointerException if {@code data} is null
   */
  public static NameLookup of(Dataset data) {
    return new NameLookup(Objects.requireNonNull(data, "data"));
  }

  /**
   * What the typed name finds.
   *
   * @param typed a name, acronym, short form or id, possibly misspelt
   * @return the bodies and instruments it names, or suggestions; never null
   * @throws NullPointerException if {@code typed} is null
   */
  public Lookup lookUp(String typed) {
    Objects.requireNonNull(typed, "typed");
    List<FoundBody> bodies = data.bodiesNamed(typed).stream().map(this::withRoles).toList();
    List<LegalInstrument> instruments = data.instrumentsNamed(typed);
    List<Match> suggestions = bodies.isEmpty() && instruments.isEmpty() ? search().find(typed, SUGGESTIONS) : List.of();
    return new Lookup(typed, bodies, instruments, suggestions);
  }

  private FoundBody withRoles(Body body) {
    // rolesHeldBy lists the roles held by the body and those held through it; the role says which.
    Map<Boolean, List<Role>> through = data.rolesHeldBy(body.id()).stream()
        .collect(Collectors.partitioningBy(r -> r.via().filter(body.id()::equals).isPresent()));
    return new FoundBody(body, data.rolesInAnyPartOf(body.id()), through.get(false), through.get(true));
  }

  private synchronized NameSearch search() {
    if (search == null) {
      search = NameSearch.of(data);
    }
    return search;
  }
}
