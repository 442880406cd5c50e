package io.github.ccbrelations.bench;

/** The floor of any process (issue #19): a JVM that prints one line. */
public final class ColdHello {
  private ColdHello() {}

  /**
   * Runs it.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
