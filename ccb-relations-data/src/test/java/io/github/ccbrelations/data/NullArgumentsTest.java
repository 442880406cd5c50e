package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ccbrelations.data.violation.SafeText;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SourceId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public method and constructor of every public class of the exported packages, called with {@code null} for
 * each of its reference parameters in turn, throws a {@link NullPointerException} whose message is the parameter's
 * name (as compiled: see {@link ParameterNames}). The classes are found on disk, so a new class or method is checked
 * without being listed here; a parameter type with no sample value below fails the test, so that it is added.
 */
class NullArgumentsTest {
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

  static {
    Dataset data = Fixture.dataset();
    sample(Dataset.class, () -> data);
    sample(DatasetReader.class, DatasetReader::standard);
    sample(Validator.class, Validator::standard);
    sample(Limits.class, Limits::defaults);
    sample(ValidationReport.class, () -> Validator.standard().validate(data));
    sample(DatasetDiff.class, () -> DatasetDiff.between(data, data));
    sample(String.class, () -> "example-centre");
    sample(Path.class, Fixture::path);
    sample(InputStream.class, () -> new ByteArrayInputStream(Fixture.bytes()));
    sample(byte[].class, Fixture::bytes);
    sample(BodyId.class, () -> BodyId.of("example-centre"));
    sample(RoleId.class, () -> RoleId.of("centre-spoc"));
    sample(InstrumentId.class, () -> InstrumentId.of("example-directive"));
    sample(SourceId.class, () -> SourceId.of("example-journal"));
    sample(Celex.class, () -> Celex.of("32020L9999"));
    sample(Eli.class, () -> Eli.of("http://data.europa.eu/eli/dir/2020/9999/oj"));
    sample(Numac.class, () -> Numac.of("2021099999"));
    sample(Body.class, () -> data.body(BodyId.of("example-centre")));
    sample(Role.class, () -> data.roles().get(0));
    sample(LegalInstrument.class, () -> data.instruments().get(0));
    sample(LocalDate.class, () -> LocalDate.of(2030, 1, 1));
    sample(Clock.class, () -> Clock.system(ZoneId.of(Dataset.ZONE_ID)));
    sample(Period.class, () -> Period.ofYears(1));
    sample(Language.class, () -> Language.EN);
    sample(Language[].class, () -> new Language[] {Language.EN});
    sample(Level.class, () -> Level.EUROPEAN);
    sample(RoleFunction.class, () -> RoleFunction.MEMBER);
    sample(Condition.class, () -> Condition.ON_REQUEST);
    sample(RecordType.class, () -> RecordType.BODY);
    sample(ViolationCode.class, () -> ViolationCode.SHAPE);
    sample(Severity.class, () -> Severity.ERROR);
    sample(Violation.class,
        () -> new Violation(ViolationCode.SHAPE, Severity.ERROR, "x.json", 1, 1, "$", Optional.empty(), "a message"));
    sample(Optional.class, () -> Optional.of("centre-spoc"));
    sample(List.class, List::of);
    sample(Consumer.class, () -> (Consumer<Object>) warning -> { });
    sample(Object.class, () -> data.body(BodyId.of("example-centre")));
    sample(io.github.ccbrelations.model.DatasetHeader.class, () -> data.info().header());
    sample(RecordChange.Kind.class, () -> RecordChange.Kind.ADDED);
    sample(int.class, () -> 2000);
    sample(long.class, () -> 1L << 20);
    sample(boolean.class, () -> true);
  }

  private static void sample(Class<?> type, Supplier<Object> value) {
    SAMPLES.put(type, value);
  }

  @TestFactory
  Stream<DynamicTest> everyReferenceParameterRefusesNullNamingItself() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : publicApiClasses()) {
      List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
      for (Method m : type.getMethods()) {
        // equals(null) answers false by contract; enums' valueOf is the JDK's.
        if (m.getDeclaringClass() == type && !m.getName().equals("equals")
            && !(type.isEnum() && m.getName().equals("valueOf"))) {
          members.add(m);
        }
      }
      for (Executable member : members) {
        Parameter[] params = member.getParameters();
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive()) {
            continue;
          }
          int nulled = i;
          tests.add(DynamicTest.dynamicTest(
              type.getSimpleName() + "." + member.getName() + "(" + ParameterNames.of(member).get(i) + ")",
              () -> assertRefusesNull(member, nulled)));
        }
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void assertRefusesNull(Executable member, int nulled) throws Exception {
    Parameter[] params = member.getParameters();
    String name = ParameterNames.of(member).get(nulled);
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      args[i] = i == nulled ? null : sampleOf(params[i].getType(), member);
    }
    try {
      if (member instanceof Method m) {
        m.invoke(Modifier.isStatic(m.getModifiers()) ? null : sampleOf(m.getDeclaringClass(), member), args);
      } else {
        ((java.lang.reflect.Constructor<?>) member).newInstance(args);
      }
      fail(member + " accepted null for " + name);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause())
          .as("%s with null for %s", member, name)
          .isInstanceOf(NullPointerException.class)
          .hasMessage(name);
    }
  }

  private static Object sampleOf(Class<?> type, Executable member) {
    Supplier<Object> s = SAMPLES.get(type);
    if (s == null) {
      throw new AssertionError("no sample value of " + type.getName() + " to call " + member + ": add one");
    }
    return s.get();
  }

  /**
   * The public top-level classes of the packages the module exports (its {@code module-info.java}), read from the
   * directory this class's module came from.
   */
  private static List<Class<?>> publicApiClasses() {
    List<Class<?>> out = new ArrayList<>();
    try {
      for (String pkg : exportedPackages()) {
        out.addAll(publicClassesOf(pkg));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out).contains(Dataset.class, DatasetReader.class, Validator.class, Violation.class, SafeText.class);
    return out;
  }

  private static List<String> exportedPackages() throws IOException {
    Matcher m = Pattern.compile("^\\s*exports ([\\w.]+);", Pattern.MULTILINE)
        .matcher(Files.readString(Path.of("src/main/java/module-info.java")));
    List<String> packages = new ArrayList<>();
    while (m.find()) {
      packages.add(m.group(1));
    }
    return packages;
  }

  private static List<Class<?>> publicClassesOf(String pkg) throws IOException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(Dataset.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolve(pkg.replace('.', '/')))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(c.getModifiers())) {
            out.add(c);
          }
        }
      }
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
