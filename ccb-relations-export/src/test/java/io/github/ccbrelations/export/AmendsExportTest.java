package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/**
 * An instrument's {@code amends} (schema 1.4.0) in every export that shows links between instruments. The bundled data
 * records no amending act, so the tricky fixture gains one: a decree that amends its law (made up for the test).
 */
class AmendsExportTest {
  private static final Dataset DATA = withAmendingDecree();

  private static Dataset withAmendingDecree() {
    String text = Exports.trickyText();
    String instruments = "\"instruments\": [";
    assertThat(text).containsOnlyOnce(instruments);
    String decree = "{\"id\": \"decree\", \"kind\": \"ROYAL_DECREE\", \"labels\": [{\"language\": \"en\","
        + " \"kind\": \"NAME\", \"text\": \"Amending decree\"}], \"adopted\": \"2020\", \"amends\": [\"law\"],"
        + " \"sources\": [{\"source\": \"page\"}]},";
    return DatasetReader.standard().read(text.replace(instruments, instruments + decree)
        .getBytes(StandardCharsets.UTF_8), Exports.TRICKY);
  }

  @Test
  void csvNamesTheAmendedActByIdAndName() throws IOException {
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(CsvExport.instruments(DATA, Language.NL))) {
      rows = it.readAll();
    }

    assertThat(rows).filteredOn(r -> r.get("id").equals("decree")).singleElement().satisfies(row -> {
      assertThat(row.get("amends")).isEqualTo("law");
      assertThat(row.get("amendsNames"))
          .isEqualTo(DATA.instrument(InstrumentId.of("law")).displayName(Terms.preference(Language.NL)));
      assertThat(row.get("repeals")).isEmpty();
    });
    assertThat(rows).filteredOn(r -> r.get("id").equals("law")).singleElement()
        .satisfies(row -> assertThat(row.get("amends")).isEmpty());
  }

  @Test
  void turtleAndJsonLdSayEliAmends() {
    Property amends = ResourceFactory.createProperty(Rdf.ELI, "amends");
    for (Model model : List.of(Exports.turtle(DATA), Exports.jsonLd(DATA))) {
      assertThat(model.contains(ResourceFactory.createResource(RdfExport.BASE + "instrument/decree"), amends,
          ResourceFactory.createResource(RdfExport.BASE + "instrument/law"))).isTrue();
      assertThat(model.listStatements(null, amends, (RDFNode) null).toList()).hasSize(1);
    }
  }

  @Test
  void picturesDrawTheLinkInTheirLanguage() {
    assertThat(GraphExport.mermaid(DATA, Language.EN)).contains("i_decree ==>|\"amends\"| i_law");
    assertThat(GraphExport.mermaid(DATA, Language.DE)).contains("i_decree ==>|\"ändert\"| i_law");
    assertThat(GraphExport.dot(DATA, Language.FR))
        .contains("\"instrument/decree\" -> \"instrument/law\"").contains("modifie");
  }

  @Test
  void explorerDataListsTheAmendedActs() {
    String json = ExplorerData.json(DATA, Language.EN, ExplorerLicences.CODE);
    assertThat(json).contains("\"id\":\"decree\"").contains("\"amends\":[\"law\"]");
  }
}
