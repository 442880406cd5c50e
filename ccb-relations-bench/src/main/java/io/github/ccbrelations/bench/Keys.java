package io.github.ccbrelations.bench;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The keys a query benchmark cycles through: {@value #SIZE} records drawn with a fixed seed from the whole dataset,
 * so every size is queried with the same number of distinct keys spread over the whole file.
 */
final class Keys {
  static final int SIZE = 256;

  final Body[] bodies = new Body[SIZE];
  final Body[] holders = new Body[SIZE];
  final Role[] roles = new Role[SIZE];
  final LegalInstrument[] instruments = new LegalInstrument[SIZE];
  final String[] bodyNames = new String[SIZE];
  final String[] instrumentNames = new String[SIZE];

  Keys(Dataset all) {
    SplittableRandom r = new SplittableRandom(42);
    List<Body> b = all.bodies();
    List<Role> ro = all.roles();
    List<LegalInstrument> in = all.instruments();
    for (int i = 0; i < SIZE; i++) {
      bodies[i] = b.get(r.nextInt(b.size()));
      roles[i] = ro.get(r.nextInt(ro.size()));
      holders[i] = all.body(roles[i].holder());
      instruments[i] = in.get(r.nextInt(in.size()));
      List<String> labels = new ArrayList<>();
      bodies[i].labels().forEach(l -> labels.add(l.text()));
      // Searched as a user types it, in lower case.
      bodyNames[i] = labels.get(r.nextInt(labels.size())).toLowerCase(java.util.Locale.ROOT);
      instrumentNames[i] = instruments[i].labels().get(0).text();
    }
  }
}
