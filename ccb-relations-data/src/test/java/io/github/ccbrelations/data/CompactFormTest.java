package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.internal.compact.CompactReader;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact form of the bundled file (#19): read back, it gives the records the JSON file gives, every field of the
 * model included; it is read only for the very bytes it was made of, by their size and CRC-32C, and only when it is
 * whole, so that any other file, a changed bundled file included, gets every check.
 */
class CompactFormTest {
  /** A rule between records (a dangling reference) broken; binding alone cannot see it. */
  private static final byte[] BROKEN = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"",
      "\"holder\": \"nobody\"").getBytes(StandardCharsets.UTF_8);

  /** The files whose forms are read back, by name: together they give every field of the model a value. */
  private static final Map<String, byte[]> FILES = Map.of(
      CcbRelations.BUNDLED_RESOURCE, resource(CcbRelations.BUNDLED_RESOURCE),
      "small.json", Fixture.bytes(),
      "days.json", resource("fixture/days.json"),
      // The one field that none of them gives, and a period of years, months and days, which each go apart.
      "edited.json", Fixture.editRecord(Fixture.editRecord("example-directive", "\"kind\": \"EU_DIRECTIVE\",",
          "\"kind\": \"EU_DIRECTIVE\", \"amends\": [\"example-agency-regulation\"],"), "example-exercise",
          "\"P2Y\"", "\"P1Y2M3D\"").getBytes(StandardCharsets.UTF_8));

  @TempDir Path folder;

  @Test
  void theFormOfEachFileGivesTheRecordsOfItsJson() throws Exception {
    for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
      String name = file.getKey();
      byte[] json = file.getValue();
      Records read = DatasetReader.standard().read(json, name).records;

      Records fromForm = CompactReader.readIfMadeOf(form(CompactWriter.write(json, read)), file(json), name);

      assertThat(fromForm).as(name).isNotNull();
      assertThat(fromForm.header).as(name).isEqualTo(read.header);
      assertThat(fromForm.sha256).as(name).isEqualTo(read.sha256);
      assertThat(fromForm.sourceName).as(name).isEqualTo(name);
      assertThat(fromForm.sourceList).as(name).isEqualTo(read.sourceList);
      assertThat(fromForm.bodyList).as(name).isEqualTo(read.bodyList);
      assertThat(fromForm.instrumentList).as(name).isEqualTo(read.instrumentList);
      assertThat(fromForm.roleList).as(name).isEqualTo(read.roleList);
      assertThat(fromForm.redirectList).as(name).isEqualTo(read.redirectList);
    }
  }

  @Test
  void theFilesReadBackGiveEveryFieldOfTheModelAValue() throws Exception {
    // A field the form forgot reads back empty; it is caught above only if some file gives it a value.
    Map<String, Boolean> given = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
      Records r = DatasetReader.standard().read(file.getValue(), file.getKey()).records;
      for (Object record : List.of(r.header, r.sourceList, r.bodyList, r.instrumentList, r.roleList,
          r.redirectList)) {
        walk(record, given);
      }
    }

    assertThat(given).containsKeys("Body.recurrence", "Body.noOfficialName", "Role.basesEnded", "Redirect.since",
        "SourceReference.supports");
    assertThat(given.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey))
        .as("fields without a value in any file read back").isEmpty();
  }

  @Test
  void theFormIsReadForTheBytesItWasMadeOfWithoutParsingThem() throws Exception {
    // A form of the fixture's records, said to be made of BROKEN: what is read shows where the records come from.
    URL form = form(CompactWriter.write(BROKEN, Fixture.dataset().records));

    Dataset read = DatasetReader.standard().readBundled(file(BROKEN), "bad.json", form);

    assertThat(read.allTime().bodies()).isEqualTo(Fixture.dataset().bodies());
    // The SHA-256 the form holds, the fixture's, not one computed again of the file's bytes.
    assertThat(read.info().sha256()).isEqualTo(Fixture.dataset().info().sha256());
    assertThat(read.info().sourceName()).isEqualTo("bad.json");
  }

  @Test
  void aFileThatIsNotTheOneTheFormWasMadeOfIsCheckedInFull() throws Exception {
    URL formOfAnotherFile = form(CompactWriter.write(Fixture.bytes(), Fixture.dataset().records));

    assertThat(codesOf(BROKEN, formOfAnotherFile)).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void aFileOfTheSameSizeWithOneByteChangedIsCheckedInFull() throws Exception {
    // One letter of an id changed: the same size, told apart by the CRC-32C alone.
    byte[] changed = Fixture.editRecord(new String(BROKEN, StandardCharsets.UTF_8), "centre-spoc",
        "\"holder\": \"nobody\"", "\"holder\": \"nobodz\"").getBytes(StandardCharsets.UTF_8);
    URL form = form(CompactWriter.write(BROKEN, Fixture.dataset().records));

    assertThat(changed).hasSameSizeAs(BROKEN);
    assertThat(codesOf(changed, form)).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void aChangedFileThatIsNotJsonGetsItsOwnError() throws Exception {
    byte[] cut = Arrays.copyOf(BROKEN, BROKEN.length / 2);
    URL form = form(CompactWriter.write(BROKEN, Fixture.dataset().records));

    assertThat(codesOf(cut, form)).contains(ViolationCode.SYNTAX);
  }

  @Test
  void withoutAFormTheFileIsCheckedInFull() throws Exception {
    assertThat(codesOf(BROKEN, null)).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void aFormThatIsNotWholeIsNotRead() throws Exception {
    byte[] form = CompactWriter.write(BROKEN, Fixture.dataset().records);
    // A letter of an id changed, its CRC not made again: the form would still read, as other records.
    byte[] changed = form.clone();
    changed[indexOf(form, "example-centre".getBytes(StandardCharsets.US_ASCII))] = 'f';
    byte[] otherVersion = withItsCrc(form, 4, (byte) (CompactReader.VERSION + 1));
    byte[] otherMagic = withItsCrc(form, 0, (byte) 'X');
    // Four bytes more after the records (the old CRC), and a CRC of them all: more than the reader reads.
    byte[] longer = withItsCrc(Arrays.copyOf(form, form.length + 4), 0, (byte) 'C');
    // The file's size recorded one byte longer (its last byte), its CRC-32C still the file's.
    byte[] otherSize = withItsCrc(form, 4 + 1 + 64 + 4 + 7, (byte) (form[4 + 1 + 64 + 4 + 7] + 1));
    // More strings than the form could hold (a count of 2^31 - 1): refused before any is made, whatever the heap.
    byte[] manyStrings = form.clone();
    Arrays.fill(manyStrings, 4 + 1 + 64 + 4 + 8, 4 + 1 + 64 + 4 + 8 + 4, (byte) 0xff);
    manyStrings = withItsCrc(manyStrings, 4 + 1 + 64 + 4 + 8, (byte) 0x7f);

    for (byte[] broken : List.of(changed, otherVersion, otherMagic, longer, otherSize, manyStrings,
        Arrays.copyOf(form, form.length - 1), Arrays.copyOf(form, 10), new byte[0])) {
      assertThat(codesOf(BROKEN, form(broken))).containsExactly(ViolationCode.DANGLING_REFERENCE);
    }
  }

  @Test
  void aFormWithAValueTheModelRefusesIsNotRead() throws Exception {
    byte[] form = CompactWriter.write(BROKEN, Fixture.dataset().records);
    // An id of the strings in capitals, its CRC made again: only the model's own check can refuse it.
    int at = indexOf(form, "example-centre".getBytes(StandardCharsets.US_ASCII));
    byte[] refused = withItsCrc(form, at, (byte) 'E');

    assertThat(CompactReader.readIfMadeOf(form(refused), file(BROKEN), "bad.json")).isNull();
    assertThat(codesOf(BROKEN, form(refused))).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void aFormWithAnEnumValueTheModelLacksIsNotRead() throws Exception {
    // Enum values go by name, so that a later model that adds values reads them right; one it lacks is refused.
    byte[] form = CompactWriter.write(BROKEN, Fixture.dataset().records);
    int lastLetter = indexOf(form, "EU_DIRECTIVE".getBytes(StandardCharsets.US_ASCII)) + "EU_DIRECTIV".length();
    byte[] unknown = withItsCrc(form, lastLetter, (byte) 'X');

    assertThat(CompactReader.readIfMadeOf(form(unknown), file(BROKEN), "bad.json")).isNull();
  }

  @Test
  void aFormWithAHeaderTheModelRefusesGivesNoHeader() throws Exception {
    // The form's first string is the dataset's version, 2030.01.0: one letter in it, and the version is refused.
    byte[] form = CompactWriter.write(BROKEN, Fixture.dataset().records);
    byte[] refused = withItsCrc(form, indexOf(form, "2030.01.0".getBytes(StandardCharsets.US_ASCII)), (byte) 'x');

    assertThat(CompactReader.headerIfMadeOf(form(refused), file(BROKEN))).isEmpty();
  }

  @Test
  void theHeaderIsReadAloneForTheBytesTheFormWasMadeOf() throws Exception {
    URL form = form(CompactWriter.write(BROKEN, Fixture.dataset().records));
    DatasetHeader header = Fixture.dataset().info().header();

    assertThat(CompactReader.headerIfMadeOf(form, file(BROKEN))).contains(header);
    assertThat(CompactReader.headerIfMadeOf(form, file(Fixture.bytes()))).isEmpty();
    assertThat(CompactReader.headerIfMadeOf(form(new byte[] {1, 2, 3}), file(BROKEN))).isEmpty();
  }

  @Test
  void theBundledDatasetLoadsFromItsFormWithoutTheParser() throws Exception {
    // A fresh class loader, so that no test has loaded the bundled dataset or the parser's classes yet.
    try (FreshClassLoader.Fresh loader = FreshClassLoader.create()) {
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);

      Object data = entry.getMethod("bundled").invoke(null);
      Object info = data.getClass().getMethod("info").invoke(data);

      assertThat(info).hasToString(CcbRelations.bundled().info().toString());
      assertThat(loader.hasLoaded(CompactReader.class.getName())).isTrue();
      assertThat(loader.hasLoaded("io.github.ccbrelations.data.internal.json.DocumentParser")).isFalse();
      assertThat(loader.hasLoaded("com.fasterxml.jackson.core.JsonFactory")).isFalse();
    }
  }

  @Test
  void theBundledHeaderBeforeAnyLoadIsReadFromTheForm() throws Exception {
    try (FreshClassLoader.Fresh loader = FreshClassLoader.create()) {
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);

      Object header = entry.getMethod("bundledHeader").invoke(null);

      assertThat(header).hasToString(CcbRelations.bundled().info().header().toString());
      assertThat(FreshClassLoader.bundledLoads(loader)).isZero();
    }
  }

  /** The codes of what reading a file with a form reports, in order; empty when it reads. */
  private List<ViolationCode> codesOf(byte[] json, URL form) throws Exception {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().readBundled(file(json), "bad.json", form));
    return e == null ? List.of() : e.violations().stream().map(Violation::code).toList();
  }

  /** Notes, for each field of each model value reached, whether any gave it a value. */
  private static void walk(Object value, Map<String, Boolean> given) throws Exception {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        walk(o.get(), given);
      }
    } else if (value instanceof Collection<?> c) {
      for (Object entry : c) {
        walk(entry, given);
      }
    } else if (value instanceof Map<?, ?> m) {
      walk(m.values(), given);
    } else {
      Class<?> type = modelInterface(value.getClass());
      if (type == null) {
        return;
      }
      // Its own fields and those it inherits (a body's noOfficialName is Labelled's).
      for (Method field : type.getMethods()) {
        if (!Modifier.isAbstract(field.getModifiers()) || field.getParameterCount() != 0) {
          continue;
        }
        Object v = field.invoke(value);
        boolean has = !(v instanceof Optional<?> o && o.isEmpty()) && !(v instanceof Collection<?> c && c.isEmpty())
            && !(v instanceof Map<?, ?> m && m.isEmpty());
        given.merge(type.getSimpleName() + "." + field.getName(), has, Boolean::logicalOr);
        walk(v, given);
      }
    }
  }

  /** The model's interface a value implements (its immutable class's), or null for a plain value. */
  private static Class<?> modelInterface(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getPackage() == Body.class.getPackage()) {
          return i;
        }
      }
    }
    return null;
  }

  private static byte[] withItsCrc(byte[] form, int at, byte value) {
    byte[] changed = form.clone();
    changed[at] = value;
    CRC32C crc = new CRC32C();
    crc.update(changed, 0, changed.length - 4);
    int c = (int) crc.getValue();
    changed[changed.length - 4] = (byte) (c >>> 24);
    changed[changed.length - 3] = (byte) (c >>> 16);
    changed[changed.length - 2] = (byte) (c >>> 8);
    changed[changed.length - 1] = (byte) c;
    return changed;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not in the form");
  }

  private static byte[] resource(String name) {
    try (InputStream in = CompactFormTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URL form(byte[] bytes) throws Exception {
    return Files.write(Files.createTempFile(folder, "form", ".compact"), bytes).toUri().toURL();
  }

  /** A file of these bytes, as a resource is found. */
  private URL file(byte[] bytes) throws Exception {
    return Files.write(Files.createTempFile(folder, "data", ".json"), bytes).toUri().toURL();
  }
}
