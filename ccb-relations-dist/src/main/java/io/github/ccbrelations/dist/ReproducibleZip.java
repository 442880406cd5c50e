package io.github.ccbrelations.dist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on its contents: entries in path order, one fixed time on every entry (no
 * clock, no time zone), no file system attributes.
 */
final class ReproducibleZip {
  private ReproducibleZip() {}

  /**
   * Writes the files under one top folder.
   *
   * @param zip the file to write, replaced if it exists
   * @param prefix the top folder of every entry, ending with {@code /}
   * @param files the contents by path, in the order to write
   * @param timestamp the time of every entry, taken in UTC
   * @throws IOException if the file cannot be written
   */
  static void write(Path zip, String prefix, SortedMap<String, byte[]> files, Instant timestamp) throws IOException {
    // A local date-time: ZipEntry.setTime would convert through the default time zone.
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (var f : files.entrySet()) {
        ZipEntry entry = new ZipEntry(prefix + f.getKey());
        entry.setTimeLocal(time);
        out.putNextEntry(entry);
        out.write(f.getValue());
        out.closeEntry();
      }
    }
  }
}
