package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.cli.Arguments.UsageException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final String USAGE = "Usage: test\n";

  private static Arguments parse(String... words) {
    return Arguments.parse(USAGE, List.of(words), "--format=md|json", "--lang=fr|nl|en|de", "--as-of=DATE");
  }

  enum Format {
    MD,
    JSON
  }

  @Test
  void optionsGoBeforeBetweenOrAfterPositionalsWithASpaceOrAnEqualsSign() {
    Arguments arguments = parse("a", "--format", "json", "b", "--lang=nl", "c");

    assertThat(arguments.positionals(0, 3, "X")).containsExactly("a", "b", "c");
    assertThat(arguments.value("--format")).contains("json");
    assertThat(arguments.value("--lang")).contains("nl");
    assertThat(arguments.value("--as-of")).isEmpty();
  }

  @Test
  void shortLangStandsForLangAndADoubleDashEndsTheOptions() {
    Arguments arguments = parse("-l", "fr", "--", "--format", "-x");

    assertThat(arguments.value("--lang")).contains("fr");
    assertThat(arguments.value("--format")).isEmpty();
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
        .extracting(e -> ((UsageException) e).usage()).isEqualTo(USAGE);
    assertThatThrownBy(() -> parse("--colour=red")).hasMessage("Unknown option: '--colour'");
    // -l is --lang only where the command has --lang.
    assertThatThrownBy(() -> Arguments.parse(USAGE, List.of("-l", "fr")))
        .hasMessage("Unknown option: '-l'");
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
  void anOptionGivenTwiceIsAUsageErrorUnlessItIsRepeatable() {
    Arguments arguments = parse("--format", "md", "--format=json");

    assertThatThrownBy(() -> arguments.value("--format"))
        .hasMessage("Option '--format' (md|json) should be given only once");
    assertThat(arguments.choices("--format", Format.values())).containsExactly(Format.MD, Format.JSON);
  }

  @Test
  void choicesIgnoreCaseSplitAtCommasAndNameTheChoicesWhenWrong() {
    assertThat(parse("--format", "JSON").choice("--format", Format.values(), Format.MD)).isEqualTo(Format.JSON);
    assertThat(parse().choice("--format", Format.values(), Format.MD)).isEqualTo(Format.MD);
    assertThat(parse("--format", "json,md").choices("--format", Format.values()))
        .containsExactly(Format.JSON, Format.MD);
    assertThat(parse().choices("--format", Format.values())).isEmpty();
    assertThatThrownBy(() -> parse("--format", "xml").choice("--format", Format.values(), Format.MD))
        .isInstanceOf(UsageException.class)
        .hasMessage("Invalid value for option '--format': expected one of md, json but was 'xml'");
    assertThatThrownBy(() -> parse("--format", "md,").choices("--format", Format.values()))
        .hasMessage("Invalid value for option '--format': expected one of md, json but was ''");
  }

  @Test
  void aValueThatDoesNotConvertIsAUsageErrorWithTheConvertersReason() {
    assertThat(parse("--as-of", "2020-06-01").value("--as-of", LocalDate::parse)).contains(LocalDate.of(2020, 6, 1));
    assertThatThrownBy(() -> parse("--as-of", "2020-13-01").value("--as-of", LocalDate::parse))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("Invalid value for option '--as-of': Text '2020-13-01' could not be parsed");
  }

  @Test
  void aRequiredOptionThatIsMissingIsNamedWithItsLabel() {
    assertThatThrownBy(() -> parse().required("--as-of", LocalDate::parse))
        .isInstanceOf(UsageException.class)
        .hasMessage("Missing required option: '--as-of=DATE'");
    LocalDate given = parse("--as-of=2020-06-01").required("--as-of", LocalDate::parse);
    assertThat(given).isEqualTo(LocalDate.of(2020, 6, 1));
  }
}
