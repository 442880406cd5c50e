package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.DatasetSchema;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.LegalInstrument;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The binder's field lists ({@link Fields}) are those of the model and of the JSON Schema. The binder reads exactly the
 * attributes of each model type it binds: an attribute added to the model and not to
 * the binder would make every file that uses it fail with UNKNOWN_FIELD, and a field the binder reads that the model
 * lost would never be bound. The attributes of an Immutables type are its abstract accessors (its own and those of
 * the interfaces it extends, such as {@code Labelled.labels()}).
 */
class RecordBinderFieldsTest {
  private static Set<String> attributesOf(Class<?> type) {
    Set<String> out = new TreeSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> t = todo.pop();
      for (Method m : t.getDeclaredMethods()) {
        int modifiers = m.getModifiers();
        if (Modifier.isAbstract(modifiers) && !Modifier.isStatic(modifiers) && m.getParameterCount() == 0) {
          out.add(m.getName());
        }
      }
      todo.addAll(List.of(t.getInterfaces()));
    }
    return out;
  }

  @Test
  void theBinderReadsExactlyTheModelsAttributes() {
    assertThat(Fields.BY_TYPE).hasSize(16);
    Fields.BY_TYPE.forEach((type, fields) -> {
      Set<String> read = new TreeSet<>(fields.names());
      read.removeAll(Fields.READ_INTO_OTHERS.getOrDefault(type, List.of()));
      Fields.KEYWORDS.getOrDefault(type, Map.of()).forEach((json, attribute) -> {
        assertThat(read.remove(json)).as("%s reads %s", type.getSimpleName(), json).isTrue();
        read.add(attribute);
      });
      assertThat(read).as(type.getSimpleName()).isEqualTo(attributesOf(type));
    });
  }

  @Test
  void aFieldReadIntoAnotherAttributeIsAFieldOfTheFormatAndNoAttribute() {
    Fields.READ_INTO_OTHERS.forEach((type, names) -> {
      assertThat(Fields.BY_TYPE.get(type).names()).as(type.getSimpleName()).containsAll(names);
      assertThat(attributesOf(type)).as(type.getSimpleName()).doesNotContainAnyElementsOf(names);
    });
  }

  @Test
  void theRequiredFieldsAreTheModelsAttributesThatCannotBeLeftOut() {
    Fields.BY_TYPE.forEach((type, fields) -> {
      Set<String> required = new TreeSet<>();
      for (String name : attributesOf(type)) {
        Class<?> returned = accessor(type, name).getReturnType();
        if (!Optional.class.equals(returned) && !Collection.class.isAssignableFrom(returned)) {
          required.add(name);
        }
      }
      assertThat(new TreeSet<>(fields.required())).as(type.getSimpleName()).isEqualTo(required);
    });
  }

  @Test
  void theFieldsAreThoseOfTheJsonSchema() throws IOException {
    JsonNode defs;
    try (InputStream in = DatasetSchema.open()) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
    Fields.BY_TYPE.forEach((type, fields) -> {
      String name = type == DatasetHeader.class ? "Header"
          : type == LegalInstrument.class ? "Instrument" : type.getSimpleName();
      JsonNode def = defs.get(name);
      Set<String> properties = new TreeSet<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      Set<String> schemaRequired = new TreeSet<>();
      def.path("required").forEach(n -> schemaRequired.add(n.asText()));
      assertThat(new TreeSet<>(fields.names())).as(name).isEqualTo(properties);
      // The schema also requires lists that the model's own checks want non-empty (labels, a role's sources).
      assertThat(schemaRequired).as(name).containsAll(fields.required());
      schemaRequired.removeAll(fields.required());
      assertThat(schemaRequired).as(name).allSatisfy(list ->
          assertThat(Collection.class.isAssignableFrom(accessor(type, list).getReturnType())).isTrue());
    });
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no " + name, e);
    }
  }

  @Test
  void theFieldListsNameEachFieldOnceAndSortThemForTheUnknownFieldMessage() {
    Fields.BY_TYPE.forEach((type, fields) ->
        assertThat(fields.sorted()).as(type.getSimpleName()).isSorted().doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(fields.names()));
  }
}
