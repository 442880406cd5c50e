package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/** Rich values, with every field set, shared by the type tests and the JSON round trips. */
final class TestValues {
  private TestValues() {}

  static SourceReference pageReference() {
    return SourceReference.builder()
        .source(SourceId.of("ccb-international-relations-fr"))
        .section("european-level")
        .paragraph(2)
        .locator("second bullet")
        .addSupports("kind", "memberCount")
        .build();
  }

  static SourceReference eurLexReference() {
    return SourceReference.builder().source(SourceId.of("eur-lex-cybersecurity-act")).locator("Art. 3").build();
  }

  static Label label() {
    return Label.builder()
        .language(Language.FR)
        .kind(LabelKind.NAME)
        .text("Agence de l'Union européenne pour la cybersécurité")
        .addSources(eurLexReference())
        .build();
  }

  static LocalizedText localizedText() {
    return LocalizedText.of(Map.of(Language.FR, "Athènes", Language.EN, "Athens"));
  }

  static Validity validity() {
    return Validity.between(PartialDate.parse("2020-06"), PartialDate.parse("2024-10-17"));
  }

  static LegalBasis legalBasis() {
    return LegalBasis.builder()
        .instrument(InstrumentId.of("cybersecurity-act"))
        .provision("Art. 3")
        .validity(Validity.from(PartialDate.parse("2019-06-27")))
        .addSources(eurLexReference())
        .build();
  }

  static Source source() {
    return Source.builder()
        .id(SourceId.of("ccb-international-relations-fr"))
        .kind(SourceKind.CCB_PAGE)
        .title("Relations internationales")
        .language(Language.FR)
        .publisher("Centre for Cybersecurity Belgium")
        .url(WebUrl.of("https://ccb.belgium.be/fr/relations-internationales"))
        .consulted(LocalDate.of(2026, 11, 20))
        .addSections(SourceSection.of("european-level", "Au niveau européen", 7))
        .addSections(SourceSection.of("international-level", "Au niveau international", 5))
        .build();
  }

  static DatasetHeader header() {
    return DatasetHeader.builder()
        .datasetVersion(DatasetVersion.parse("2026.11.0"))
        .schemaVersion(SchemaVersion.parse("1.0.0"))
        .released(LocalDate.of(2026, 11, 29))
        .addPrimarySources(SourceId.of("ccb-international-relations-fr"), SourceId.of("ccb-international-relations-en"))
        .build();
  }

  static Body body() {
    return Body.builder()
        .id(BodyId.of("enisa"))
        .kind(BodyKind.EU_AGENCY)
        .addLabels(Label.of(Language.EN, LabelKind.NAME, "European Union Agency for Cybersecurity"))
        .addLabels(Label.of(Language.EN, LabelKind.ACRONYM, "ENISA"))
        .addLabels(label())
        .partOf(BodyId.of("european-union"))
        .addConvenedBy(BodyId.of("council-of-the-eu"))
        .seat(localizedText())
        .website(WebUrl.of("https://www.enisa.europa.eu/"))
        .establishedBy(legalBasis())
        .founded(PartialDate.parse("2004"))
        .recurrence(Period.ofYears(2))
        .memberCount(27)
        .validity(Validity.from(PartialDate.parse("2004-03")))
        .description(LocalizedText.of(Language.EN, "The EU agency for cybersecurity."))
        .addSources(pageReference())
        .build();
  }

  static Role role() {
    return Role.builder()
        .id(RoleId.of("ccb-representative-enisa-board"))
        .holder(BodyId.of("ccb"))
        .body(BodyId.of("enisa-management-board"))
        .function(RoleFunction.BOARD_MEMBER)
        .onBehalfOf(BodyId.of("belgium"))
        .via(BodyId.of("ccb-director-general"))
        .supports(BodyId.of("belgian-permanent-representation"))
        .inCapacityOf(RoleId.of("ccb-spoc-nis"))
        .level(Level.EUROPEAN)
        .condition(Condition.WHERE_APPROPRIATE)
        .legalBasisStatus(LegalBasisStatus.FROM_OTHER_SOURCES)
        .addLegalBases(legalBasis())
        .addConcerns(InstrumentId.of("nis2-directive"))
        .validity(validity())
        .description(LocalizedText.of(Language.FR, "Représente la Belgique."))
        .addSources(pageReference())
        .build();
  }

  static LegalInstrument instrument() {
    return LegalInstrument.builder()
        .id(InstrumentId.of("nis-directive"))
        .kind(InstrumentKind.EU_DIRECTIVE)
        .addLabels(Label.of(Language.EN, LabelKind.SHORT_NAME, "NIS Directive"))
        .addLabels(Label.of(Language.FR, LabelKind.ACRONYM, "SRI"))
        .celex(Celex.of("32016L1148"))
        .eli(Eli.of("http://data.europa.eu/eli/dir/2016/1148/oj"))
        .numac(Numac.of("2019011507"))
        .osceDecision(OsceDecisionNumber.of("PC.DEC/1202"))
        .adopted(PartialDate.parse("2016-07-06"))
        .published(PartialDate.parse("2016-07-19"))
        .inForce(PartialDate.parse("2016-08-08"))
        .appliesFrom(PartialDate.parse("2018-05-10"))
        .endOfValidity(PartialDate.parse("2024-10-17"))
        .addRepeals(InstrumentId.of("older-directive"))
        .replacedBy(InstrumentId.of("nis2-directive"))
        .addTransposes(InstrumentId.of("eu-framework"))
        .description(LocalizedText.of(Language.EN, "The first EU-wide cybersecurity law."))
        .addSources(eurLexReference())
        .build();
  }
}
