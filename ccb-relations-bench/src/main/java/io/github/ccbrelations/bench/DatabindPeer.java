package io.github.ccbrelations.bench;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load a user would write by hand: plain Jackson databind binding the file into the model's own types through
 * their public builders and factories, with no dataset rule, no digest and no index. The model carries no Jackson
 * annotation, so the mapping is given by mix-ins, as a user's code would give it.
 */
final class DatabindPeer {
  /** The file as the peer binds it. */
  record File(DatasetHeader header, List<Source> sources, List<Body> bodies, List<LegalInstrument> instruments,
      List<Role> roles, List<Redirect> redirects) {}

  private final ObjectMapper mapper;

  DatabindPeer() {
    mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .annotationIntrospector(new PreferPlainSetters())
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .addMixIn(DatasetHeader.class, HeaderMixIn.class)
        .addMixIn(Source.class, SourceMixIn.class)
        .addMixIn(Body.class, BodyMixIn.class)
        .addMixIn(LegalInstrument.class, InstrumentMixIn.class)
        .addMixIn(Role.class, RoleMixIn.class)
        .addMixIn(Redirect.class, RedirectMixIn.class)
        .addMixIn(Label.class, LabelMixIn.class)
        .addMixIn(LegalBasis.class, LegalBasisMixIn.class)
        .addMixIn(SourceReference.class, SourceReferenceMixIn.class)
        .addMixIn(DatasetHeader.Builder.class, BuilderMixIn.class)
        .addMixIn(Source.Builder.class, BuilderMixIn.class)
        .addMixIn(Body.Builder.class, BuilderMixIn.class)
        .addMixIn(LegalInstrument.Builder.class, BuilderMixIn.class)
        .addMixIn(Role.Builder.class, BuilderMixIn.class)
        .addMixIn(Redirect.Builder.class, BuilderMixIn.class)
        .addMixIn(Label.Builder.class, BuilderMixIn.class)
        .addMixIn(LegalBasis.Builder.class, BuilderMixIn.class)
        .addMixIn(SourceReference.Builder.class, BuilderMixIn.class)
        .addMixIn(SourceSection.class, SectionMixIn.class)
        .addMixIn(Validity.class, ValidityMixIn.class)
        .addMixIn(LocalizedText.class, LocalizedTextMixIn.class)
        .addMixIn(Language.class, LanguageMixIn.class)
        .addMixIn(BodyId.class, OfString.class)
        .addMixIn(RoleId.class, OfString.class)
        .addMixIn(InstrumentId.class, OfString.class)
        .addMixIn(SourceId.class, OfString.class)
        .addMixIn(Celex.class, OfString.class)
        .addMixIn(Eli.class, OfString.class)
        .addMixIn(Numac.class, OfString.class)
        .addMixIn(OsceDecisionNumber.class, OfString.class)
        .addMixIn(WebUrl.class, OfString.class)
        .addMixIn(PartialDate.class, ParseString.class)
        .addMixIn(DatasetVersion.class, ParseString.class)
        .addMixIn(SchemaVersion.class, ParseString.class)
        .build();
  }

  /**
   * Binds a file.
   *
   * @param bytes the file
   * @return its records
   * @throws IOException if it is not JSON or does not bind
   */
  File read(byte[] bytes) throws IOException {
    return mapper.readValue(bytes, File.class);
  }

  /**
   * A builder has {@code partOf(BodyId)} and {@code partOf(Optional)}, {@code addLabels(Label)} and
   * {@code addLabels(Label...)}: the plain one is the setter. Other pairs ({@code mergeFrom}) name no JSON field.
   */
  private static final class PreferPlainSetters extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public AnnotatedMethod resolveSetterConflict(MapperConfig<?> config, AnnotatedMethod a, AnnotatedMethod b) {
      return plain(b) && !plain(a) ? b : a;
    }

    private static boolean plain(AnnotatedMethod m) {
      Class<?> type = m.getRawParameterType(0);
      return type != Optional.class && !type.isArray() && !Iterable.class.isAssignableFrom(type);
    }
  }

  @JsonPOJOBuilder(withPrefix = "")
  private interface BuilderMixIn {}

  @JsonDeserialize(builder = DatasetHeader.Builder.class)
  private interface HeaderMixIn {}

  @JsonDeserialize(builder = Source.Builder.class)
  private interface SourceMixIn {}

  @JsonDeserialize(builder = Body.Builder.class)
  private interface BodyMixIn {}

  @JsonDeserialize(builder = LegalInstrument.Builder.class)
  private interface InstrumentMixIn {}

  @JsonDeserialize(builder = Role.Builder.class)
  private interface RoleMixIn {}

  @JsonDeserialize(builder = Redirect.Builder.class)
  private interface RedirectMixIn {}

  @JsonDeserialize(builder = Label.Builder.class)
  private interface LabelMixIn {}

  @JsonDeserialize(builder = LegalBasis.Builder.class)
  private interface LegalBasisMixIn {}

  @JsonDeserialize(builder = SourceReference.Builder.class)
  private interface SourceReferenceMixIn {}

  private abstract static class SectionMixIn {
    @JsonCreator
    static SourceSection of(@JsonProperty("id") String id, @JsonProperty("heading") String heading,
        @JsonProperty("paragraphs") int paragraphs) {
      throw new AssertionError("a mix-in");
    }
  }

  private abstract static class ValidityMixIn {
    @JsonCreator
    static Validity of(@JsonProperty("from") Optional<PartialDate> from, @JsonProperty("to") Optional<PartialDate> to) {
      throw new AssertionError("a mix-in");
    }
  }

  private abstract static class LocalizedTextMixIn {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LocalizedText of(Map<Language, String> values) {
      throw new AssertionError("a mix-in");
    }
  }

  private abstract static class LanguageMixIn {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Language ofCode(String code) {
      throw new AssertionError("a mix-in");
    }
  }

  /** The identifiers and codes, made by {@code of(String)}. */
  private abstract static class OfString {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Object of(String value) {
      throw new AssertionError("a mix-in");
    }
  }

  /** Dates and versions, made by {@code parse(String)}. */
  private abstract static class ParseString {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Object parse(String text) {
      throw new AssertionError("a mix-in");
    }
  }
}
