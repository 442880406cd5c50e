package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} on a user's file: its counts read as English does, one record of a type in the singular. */
class InfoCommandTest {
  /** A valid file with one record of each type and one redirect. */
  private static final String ONE_OF_EACH = """
      {
        "header": {"datasetVersion": "2030.01.0", "schemaVersion": "1.3.0", "released": "2030-01-15",
          "primarySources": ["example-page"]},
        "sources": [{"id": "example-page", "kind": "CCB_PAGE", "title": "Example page", "language": "en",
          "url": "https://relations.example.org/", "consulted": "2030-01-10",
          "sections": [{"id": "main", "heading": "Main", "paragraphs": 1}]}],
        "bodies": [{"id": "example-centre", "kind": "NATIONAL_AUTHORITY",
          "labels": [{"language": "en", "kind": "NAME", "text": "Example Centre"}]}],
        "instruments": [{"id": "example-law", "kind": "BELGIAN_LAW",
          "labels": [{"language": "en", "kind": "NAME", "text": "Example Law"}]}],
        "roles": [{"id": "centre-coordinator", "holder": "example-centre", "function": "COORDINATOR",
          "level": "GENERAL", "legalBasisStatus": "STATED_ON_PAGE", "legalBases": [{"instrument": "example-law"}],
          "sources": [{"source": "example-page", "section": "main", "paragraph": 1}]}],
        "redirects": [{"recordType": "BODY", "from": "old-centre", "to": "example-centre", "reason": "RENAMED",
          "since": "2030.01.0"}]
      }
      """;

  @TempDir Path folder;

  @Test
  void countsOneRecordOfATypeInTheSingular() throws IOException {
    Path file = Files.writeString(folder.resolve("one.json"), ONE_OF_EACH);

    Run run = Run.of("info", "--data", file.toString());

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out()).contains(
        "records:         1 body, 1 legal instrument, 1 role, 1 source, 1 redirect" + System.lineSeparator());
  }
}
