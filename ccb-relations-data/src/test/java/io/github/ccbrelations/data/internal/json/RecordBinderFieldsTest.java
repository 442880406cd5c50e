package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The binder reads exactly the attributes of each model type it binds: an attribute added to the model and not to
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
    assertThat(RecordBinder.fieldsByType()).hasSize(11);
    RecordBinder.fieldsByType().forEach((type, fields) ->
        assertThat(new TreeSet<>(fields)).as(type.getSimpleName()).isEqualTo(attributesOf(type)));
  }

  @Test
  void theFieldListsAreSortedForTheUnknownFieldMessage() {
    RecordBinder.fieldsByType().forEach((type, fields) ->
        assertThat(fields).as(type.getSimpleName()).isSorted().doesNotHaveDuplicates());
  }
}
