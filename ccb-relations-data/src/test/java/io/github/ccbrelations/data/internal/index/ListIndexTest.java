package io.github.ccbrelations.data.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListIndexTest {
  @Test
  void givesEveryValueUnderAKeyInTheOrderAdded() {
    ListIndex<String, String> index = new ListIndex<>(4);
    index.add("k", "a");
    index.add("k", "b");
    index.add("k", "a");
    index.add("one", "x");
    index.freeze();
    assertThat(index.get("k")).containsExactly("a", "b", "a");
    assertThat(index.get("one")).containsExactly("x");
    assertThat(index.get("none")).isEmpty();
  }

  @Test
  void addDistinctSkipsAValueThatIsAlreadyTheLastUnderItsKey() {
    String a = new String("a");
    String b = new String("b");
    ListIndex<String, String> index = new ListIndex<>(4);
    index.addDistinct("k", a);
    index.addDistinct("k", a);
    index.addDistinct("k", b);
    index.addDistinct("k", b);
    index.addDistinct("k", a);
    index.addDistinct("single", b);
    index.addDistinct("single", b);
    index.freeze();
    assertThat(index.get("k")).containsExactly(a, b, a);
    assertThat(index.get("single")).containsExactly(b);
  }

  @Test
  void answersAreImmutable() {
    ListIndex<String, String> index = new ListIndex<>(4);
    index.add("k", "a");
    index.add("k", "b");
    index.add("one", "x");
    index.freeze();
    List<String> many = index.get("k");
    List<String> one = index.get("one");
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> many.add("c"));
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> one.add("c"));
  }
}
