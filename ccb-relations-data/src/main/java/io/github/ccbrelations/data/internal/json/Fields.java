package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one object of the format, in one place: its type's name (as messages give it), every field it may
 * have, and those it must have. The binder reads them, the writer ({@link RecordJson}) writes them in this order, the
 * model's, and a test holds them against the model's attributes and the JSON Schema.
 *
 * @param type the name of the object's type, as messages give it: the model type's simple name
 * @param names every field, in the order of the model's accessors
 * @param required the fields without which the object cannot be made (lists may be absent: they are then empty)
 * @param index the place of each field in {@code names}, which is its bit in a {@link NameSet}
 * @param requiredBits the bits of the required fields
 */
record Fields(String type, List<String> names, List<String> required, Map<String, Integer> index, long requiredBits) {
  static final Fields HEADER =
      of("DatasetHeader", "datasetVersion*", "schemaVersion*", "released*", "primarySources");
  static final Fields SOURCE = of("Source", "id*", "kind*", "title*", "language", "publisher", "url", "urlDerived",
      "consulted", "sections");
  static final Fields DERIVED_URL = of("DerivedUrl", "pattern*", "identifier*");
  static final Fields SECTION = of("SourceSection", "id*", "heading*", "paragraphs*");
  static final Fields BODY = of("Body", "id*", "kind*", "labels", "noOfficialName", "partOf", "convenedBy", "seat",
      "website", "establishedBy", "designatedBy", "relations", "founded", "recurrence", "memberCount", "validity",
      "replacedBy", "description", "sources");
  static final Fields LABEL = of("Label", "language*", "kind*", "text*", "sources");
  static final Fields REFERENCE = of("SourceReference", "source*", "section", "paragraph", "locator", "supports");
  static final Fields BASIS = of("LegalBasis", "instrument*", "provision", "validity", "sources");
  static final Fields VALIDITY = of("Validity", "from", "to");
  static final Fields INSTRUMENT = of("LegalInstrument", "id*", "kind*", "labels", "noOfficialName", "celex", "eli",
      "numac", "osceDecision", "adopted", "published", "inForce", "appliesFrom", "endOfValidity", "repeals",
      "replacedBy", "transposes", "extends", "amends", "implements", "executes", "description", "sources");
  static final Fields NO_OFFICIAL_NAME = of("NoOfficialName", "languages", "kind*", "reason*", "sources");
  static final Fields BODY_RELATION = of("BodyRelation", "kind*", "body*", "within", "sources");
  static final Fields ROLE = of("Role", "id*", "holder*", "body", "function*", "onBehalfOf", "via", "supports",
      "inCapacityOf", "level*", "condition", "legalBasisStatus*", "legalBases", "basesEnded", "subjects", "concerns",
      "about", "validity", "replacedBy", "description", "sources");
  static final Fields SUBJECT = of("RoleSubject", "instrument*", "kind*", "provision", "sources");
  static final Fields BASES_ENDED = of("BasesEnded", "since*", "continues*", "sources");
  static final Fields REDIRECT = of("Redirect", "recordType*", "from*", "to*", "reason*", "since");

  /** The fields of each model type the binder reads. */
  static final Map<Class<?>, Fields> BY_TYPE = Map.ofEntries(Map.entry(DatasetHeader.class, HEADER),
      Map.entry(Source.class, SOURCE), Map.entry(SourceSection.class, SECTION), Map.entry(Body.class, BODY),
      Map.entry(Label.class, LABEL), Map.entry(SourceReference.class, REFERENCE), Map.entry(LegalBasis.class, BASIS),
      Map.entry(Validity.class, VALIDITY), Map.entry(LegalInstrument.class, INSTRUMENT), Map.entry(Role.class, ROLE),
      Map.entry(Redirect.class, REDIRECT), Map.entry(BasesEnded.class, BASES_ENDED),
      Map.entry(RoleSubject.class, SUBJECT), Map.entry(DerivedUrl.class, DERIVED_URL),
      Map.entry(NoOfficialName.class, NO_OFFICIAL_NAME), Map.entry(BodyRelation.class, BODY_RELATION));

  /**
   * Fields of the format that are read into another attribute of the model: schema 1.0 and 1.1 wrote a role's
   * {@code concerns}, which schema 1.2 writes as {@code subjects} of kind {@code CONCERNS}; a 1.x file may still have
   * it, so it is read, never written.
   */
  static final Map<Class<?>, List<String>> READ_INTO_OTHERS = Map.of(Role.class, List.of("concerns"));

  /** Fields whose name is a Java keyword, with the attribute of the model they are read into. */
  static final Map<Class<?>, Map<String, String>> KEYWORDS =
      Map.of(LegalInstrument.class, Map.of("extends", "extendsInstruments", "implements", "implementsInstruments"));

  /** Every field, sorted, as the message of an unknown field lists them. */
  List<String> sorted() {
    return names.stream().sorted().toList();
  }

  /** The place of a field in {@link #names}; -1 for a name the type does not have. */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** The fields whose bits are set. */
  Set<String> namesOf(long bits) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((bits & 1L << i) != 0) {
        out.add(names.get(i));
      }
    }
    return Set.copyOf(out);
  }

  /** The required fields an object lacks, given the names it has. */
  List<String> missing(NameSet seen) {
    if (seen.hasAll(requiredBits)) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!seen.has(indexOf(name))) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * The fields of a type, each name ending in {@code *} when required.
   *
   * @throws IllegalArgumentException if the type has more fields than a {@link NameSet} word has bits, 64
   */
  static Fields of(String type, String... spec) {
    if (spec.length > Long.SIZE) {
      // 1L << 64 is 1L: a 65th field would share the first one's bit, and hide or fake a duplicate.
      throw new IllegalArgumentException(
          type + " has " + spec.length + " fields; a NameSet holds at most " + Long.SIZE);
    }
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    long requiredBits = 0;
    for (String s : spec) {
      boolean must = s.endsWith("*");
      String name = must ? s.substring(0, s.length() - 1) : s;
      index.put(name, names.size());
      if (must) {
        required.add(name);
        requiredBits |= 1L << names.size();
      }
      names.add(name);
    }
    return new Fields(type, List.copyOf(names), List.copyOf(required), index, requiredBits);
  }
}
