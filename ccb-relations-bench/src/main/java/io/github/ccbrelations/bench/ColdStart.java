package io.github.ccbrelations.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process wall time of {@link ColdLibrary} against {@link ColdTree}, each a fresh {@code java} process, run
 * alternately N times after two warm-up runs each (for the file cache). Both get the same lean class path: this
 * module's jar, the ccb-relations jars and Jackson, as a user's tool would have. Prints a Markdown table.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs the comparison.
   *
   * @param args optionally the number of runs of each (default 20)
   * @throws Exception if a process cannot be started
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> lean = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("ccb-relations") || name.startsWith("jackson-") || name.equals("classes")) {
        lean.add(entry);
      }
    }
    String cp = String.join(File.pathSeparator, lean);
    List<String> library = List.of(java, "-cp", cp, ColdLibrary.class.getName());
    List<String> tree = List.of(java, "-cp", cp, ColdTree.class.getName());
    for (int i = 0; i < 2; i++) {
      time(library);
      time(tree);
    }
    double[] a = new double[runs];
    double[] b = new double[runs];
    for (int i = 0; i < runs; i++) {
      a[i] = time(library);
      b[i] = time(tree);
    }
    System.out.println("class path: " + cp);
    System.out.println();
    System.out.println("| process | runs | median ms | mean ms | min ms | max ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    row("load bundled dataset + one query (ColdLibrary)", a);
    row("read bundled file into JsonNode (ColdTree)", b);
    System.out.printf(Locale.ROOT, "%nratio of medians: %.2fx (target <= 1.5x)%n", median(a) / median(b));
  }

  private static double time(List<String> command) throws Exception {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IllegalStateException(command + " exited with " + rc);
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void row(String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", what, s.length, median(s),
        Arrays.stream(s).average().orElse(0), s[0], s[s.length - 1]);
  }

  private static double median(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
