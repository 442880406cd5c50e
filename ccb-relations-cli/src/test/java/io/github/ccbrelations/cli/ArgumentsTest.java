package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.cli.Arguments.UsageException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final Option FORMAT = Option.of("--format", "md|json", "md or json");
  private static final Option AS_OF = Option.of("--as-of", "DATE", "a day");
  private static final Usage USAGE = new Usage("test", "Tests.", "", List.of(new Positional("X", 0, 3, "x")),
      List.of(FORMAT, LanguageOption.OPTION, AS_OF));
  private static final Option LANG = LanguageOption.OPTION;

  private static Arguments parse(String... words) {
    return Arguments.parse(USAGE, List.of(words));
  }

  enum Format {
    MD,
    JSON
  }

  @Test
  void optionsGoBeforeBetweenOrAfterPositionalsWithASpaceOrAnEqualsSign() {
    Arguments arguments = parse("a", "--format", "json", "b", "--lang=nl", "c");

    assertThat(arguments.positionals(0, 3, "X")).containsExactly("a", "b", "c");
    assertThat(arguments.value(FORMAT)).contains("json");
    assertThat(arguments.value(LANG)).contains("nl");
    assertThat(arguments.value(AS_OF)).isEmpty();
  }

  @Test
  void shortLangStandsForLangAndADoubleDashEndsTheOptions() {
    Arguments arguments = parse("-l", "fr", "--", "--format", "-x");

    assertThat(arguments.value(LANG)).contains("fr");
    assertThat(arguments.value(FORMAT)).isEmpty();
    assertThat(arguments.positionals(0, 2, "X")).containsExactly("--format", "-x");
  }

  @Test
  void helpAndVersionAreFlagsInLongOrShortForm() {
    assertThat(parse("x", "--help").help()).isTrue();
    assertThat(parse("-h").help()).isTrue();
    assertThat(parse("--version").version()).isTrue();
    assertThat(parse("-V").version()).isTrue();
    assertThat(parse("x").help()).isFalse();
    assertThat(parse("x").version()).isFalse();
  }

  @Test
  void anUnknownOptionIsAUsageErrorThatNamesItAndCarriesTheUsage() {
    assertThatThrownBy(() -> parse("x", "--colour", "red"))
        .isInstanceOf(UsageException.class)
        .hasMessage("Unknown option: '--colour'")
        .extracting(e -> ((UsageException) e).usage()).isEqualTo(USAGE.text());
    assertThatThrownBy(() -> parse("--colour=red")).hasMessage("Unknown option: '--colour'");
    // -l is --lang only where the command has --lang.
    Usage noLang = new Usage("test", "Tests.", "", List.of(), List.of(FORMAT));
    assertThatThrownBy(() -> Arguments.parse(noLang, List.of("-l", "fr")))
        .hasMessage("Unknown option: '-l'");
    assertThatThrownBy(() -> parse("--help=yes")).hasMessage("Option '--help' takes no value: '--help=yes'");
  }

  @Test
  void aFlagIsSetWhenGivenAndTakesNoValue() {
    Usage withFlag = new Usage("test", "Tests.", "", List.of(new Positional("X", 0, 1, "x")),
        List.of(LenientOption.OPTION));

    assertThat(Arguments.parse(withFlag, List.of("x", "--lenient")).isSet(LenientOption.OPTION)).isTrue();
    assertThat(Arguments.parse(withFlag, List.of("x")).isSet(LenientOption.OPTION)).isFalse();
    assertThatThrownBy(() -> Arguments.parse(withFlag, List.of("--lenient=yes")))
        .hasMessage("Option '--lenient' takes no value: '--lenient=yes'");
    assertThat(withFlag.text()).startsWith("Usage: ccb-relations test [-hV] [--lenient] [X]");
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertThatThrownBy(() -> parse("x", "--format"))
        .isInstanceOf(UsageException.class)
        .hasMessage("Missing required parameter for option '--format' (md|json)");
    assertThatThrownBy(() -> parse("--as-of", "--format", "md"))
        .hasMessage("Missing required parameter for option '--as-of' (DATE)");
  }

  @Test
  void tooFewOrTooManyPositionalsAreNamed() {
    assertThatThrownBy(() -> parse().positionals(2, 2, "OLD", "NEW"))
        .hasMessage("Missing required parameters: 'OLD', 'NEW'");
    assertThatThrownBy(() -> parse("a").positionals(2, 2, "OLD", "NEW"))
        .hasMessage("Missing required parameter: 'NEW'");
    assertThatThrownBy(() -> parse().positionals(1, Integer.MAX_VALUE, "FILE"))
        .hasMessage("Missing required parameter: 'FILE'");
    assertThatThrownBy(() -> parse("a", "b", "c").positionals(2, 2, "OLD", "NEW"))
        .hasMessage("Unexpected argument: 'c'");
  }

  @Test
  void positionalsAreCheckedAgainstThoseTheUsageDeclares() {
    Usage diff = new Usage("diff", "Compares.", "", List.of(new Positional("OLD", 1, 1, "old"),
        new Positional("NEW", 1, 1, "new")), List.of());

    assertThat(Arguments.parse(diff, List.of("a", "b")).positionals()).containsExactly("a", "b");
    assertThatThrownBy(() -> Arguments.parse(diff, List.of()).positionals())
        .hasMessage("Missing required parameters: 'OLD', 'NEW'");
    assertThatThrownBy(() -> Arguments.parse(diff, List.of("a", "b", "c")).positionals())
        .hasMessage("Unexpected argument: 'c'");
    assertThat(parse("a", "b", "c").positionals()).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> parse("a", "b", "c", "d").positionals()).hasMessage("Unexpected argument: 'd'");
  }

  @Test
  void anOptionGivenTwiceIsAUsageErrorUnlessItIsRepeatable() {
    Arguments arguments = parse("--format", "md", "--format=json");

    assertThatThrownBy(() -> arguments.value(FORMAT))
        .hasMessage("Option '--format' (md|json) should be given only once");
    assertThat(arguments.choices(FORMAT, Format.values())).containsExactly(Format.MD, Format.JSON);
  }

  @Test
  void choicesIgnoreCaseSplitAtCommasAndNameTheChoicesWhenWrong() {
    assertThat(parse("--format", "JSON").choice(FORMAT, Format.values(), Format.MD)).isEqualTo(Format.JSON);
    assertThat(parse().choice(FORMAT, Format.values(), Format.MD)).isEqualTo(Format.MD);
    assertThat(parse("--format", "json,md").choices(FORMAT, Format.values()))
        .containsExactly(Format.JSON, Format.MD);
    assertThat(parse().choices(FORMAT, Format.values())).isEmpty();
    assertThatThrownBy(() -> parse("--format", "xml").choice(FORMAT, Format.values(), Format.MD))
        .isInstanceOf(UsageException.class)
        .hasMessage("Invalid value for option '--format': expected one of md, json but was 'xml'");
    assertThatThrownBy(() -> parse("--format", "md,").choices(FORMAT, Format.values()))
        .hasMessage("Invalid value for option '--format': expected one of md, json but was ''");
  }

  @Test
  void aValueThatDoesNotConvertIsAUsageErrorWithTheConvertersReason() {
    assertThat(parse("--as-of", "2020-06-01").value(AS_OF, LocalDate::parse)).contains(LocalDate.of(2020, 6, 1));
    assertThatThrownBy(() -> parse("--as-of", "2020-13-01").value(AS_OF, LocalDate::parse))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("Invalid value for option '--as-of': Text '2020-13-01' could not be parsed");
  }

  @Test
  void aRequiredOptionThatIsMissingIsNamedWithItsLabel() {
    assertThatThrownBy(() -> parse().required(AS_OF, LocalDate::parse))
        .isInstanceOf(UsageException.class)
        .hasMessage("Missing required option: '--as-of=DATE'");
    LocalDate given = parse("--as-of=2020-06-01").required(AS_OF, LocalDate::parse);
    assertThat(given).isEqualTo(LocalDate.of(2020, 6, 1));
  }
}
