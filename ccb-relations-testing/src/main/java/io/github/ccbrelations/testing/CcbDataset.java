package io.github.ccbrelations.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the dataset that {@link CcbRelationsExtension} injects into a {@code Dataset} field or parameter: a
 * class-path resource, a file, or (with neither) the bundled dataset. Set at most one of {@link #resource()} and
 * {@link #path()}.
 *
 * <pre>{@code
 * @CcbRelationsTest
 * class MyDataTest {
 *   @CcbDataset(resource = "/my-relations.json") Dataset mine;
 *
 *   @Test
 *   void loads(@CcbDataset Dataset bundled) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface CcbDataset {
  /**
   * A class-path resource, found through the test class: absolute with a leading {@code /}, else relative to the
   * test class's package. On the module path, a resource in a package of the test module must be opened to
   * {@code io.github.ccbrelations.testing}; one at the root (such as {@code /my-relations.json}) needs nothing.
   *
   * @return the resource name; empty for none
   */
  String resource() default "";

  /**
   * A file, absolute or relative to the working directory (under Maven, the module's directory).
   *
   * @return the path; empty for none
   */
  String path() default "";
}
