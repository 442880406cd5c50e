package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.Validity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public method of every public class of this module, called with {@code null} for each of its parameters in
 * turn, throws a {@link NullPointerException} whose message is the parameter's name, as the data module's methods do.
 * The classes are found on disk, so a new class or method is checked without being listed here; a parameter type with
 * no sample value below fails the test, so that it is added.
 */
class NullArgumentsTest {
  private static final Dataset DATA = Fixture.dataset();
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(Dataset.class, DATA),
      Map.entry(Role.class, DATA.roles().get(0)),
      Map.entry(Language.class, Language.FR),
      Map.entry(RoleFunction.class, RoleFunction.MEMBER),
      Map.entry(Level.class, Level.EUROPEAN),
      Map.entry(Condition.class, Condition.ON_REQUEST),
      Map.entry(SubjectKind.class, SubjectKind.IMPLEMENTS),
      Map.entry(BodyRelationKind.class, BodyRelationKind.COUNTERPART_OF),
      Map.entry(BodyKind.class, BodyKind.EU_AGENCY),
      Map.entry(InstrumentKind.class, InstrumentKind.EU_DIRECTIVE),
      Map.entry(LabelKind.class, LabelKind.ACRONYM),
      Map.entry(RecordType.class, RecordType.BODY),
      Map.entry(SourceKind.class, SourceKind.CCB_PAGE),
      Map.entry(LegalBasisStatus.class, LegalBasisStatus.NONE_STATED),
      Map.entry(NoNameKind.class, NoNameKind.PROPER_NAME),
      Map.entry(Continuation.class, Continuation.UNKNOWN),
      Map.entry(Terms.Word.class, Terms.Word.HOLDER),
      Map.entry(Validity.class, Validity.from(PartialDate.parse("2020-06"))),
      Map.entry(LocalDate.class, LocalDate.of(2026, 12, 3)),
      Map.entry(String.class, "Art. 7"),
      Map.entry(int.class, 2));

  @TestFactory
  Stream<DynamicTest> everyParameterRefusesNullNamingItself() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() != type || method.getName().equals("equals")) {
          continue;
        }
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive()) {
            continue; // an int cannot be null
          }
          int nulled = i;
          tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + method.getName() + "(" + params[i].getName()
              + ")", () -> assertRefusesNull(method, nulled)));
        }
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void assertRefusesNull(Method method, int nulled) throws Exception {
    Parameter[] params = method.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Object sample = SAMPLES.get(params[i].getType());
      if (sample == null) {
        throw new AssertionError("no sample value of " + params[i].getType().getName() + " to call " + method
            + ": add one");
      }
      args[i] = i == nulled ? null : sample;
    }
    assertThat(Modifier.isStatic(method.getModifiers())).as("%s is static", method).isTrue();
    try {
      method.invoke(null, args);
      fail(method + " accepted null for " + params[nulled].getName());
    } catch (InvocationTargetException e) {
      assertThat(e.getCause())
          .as("%s with null for %s", method, params[nulled].getName())
          .isInstanceOf(NullPointerException.class)
          .hasMessage(params[nulled].getName());
    }
  }

  /** The public top-level classes of this module's package, read from the directory its classes came from. */
  private static List<Class<?>> publicClasses() {
    String pkg = RoleExplainer.class.getPackageName();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(RoleExplainer.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).resolve(pkg.replace('.', '/')))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(c.getModifiers())) {
            out.add(c);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    assertThat(out).contains(RoleExplainer.class, Terms.class);
    return out;
  }
}
