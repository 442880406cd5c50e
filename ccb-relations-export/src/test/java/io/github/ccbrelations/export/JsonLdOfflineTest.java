package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * The default JSON-LD export loads with no network: Jena's JSON-LD reader is given a loader that refuses every fetch.
 */
class JsonLdOfflineTest {
  private static final Dataset DATA = CcbRelations.bundled();

  private final List<URI> asked = new CopyOnWriteArrayList<>();

  @Test
  void theDefaultJsonLdLoadsWithALoaderThatRefusesEveryFetch() {
    Model model = parseOffline(RdfExport.jsonLd(DATA));

    assertThat(asked).isEmpty();
    assertThat(model.isIsomorphicWith(Exports.turtle(DATA))).isTrue();
  }

  @Test
  void theReferencingFormWouldNeedTheNetworkSoTheLoaderIsReallyAsked() {
    assertThatThrownBy(() -> parseOffline(RdfExport.jsonLd(DATA, ContextMode.REFERENCE)))
        .isInstanceOf(RiotException.class);
    assertThat(asked).containsExactly(URI.create(RdfExport.CONTEXT));
  }

  private Model parseOffline(String jsonLd) {
    JsonLdOptions options = new JsonLdOptions((url, o) -> {
      asked.add(url);
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: no fetch of " + url);
    });
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(jsonLd, Lang.JSONLD)
        .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(model);
    return model;
  }
}
