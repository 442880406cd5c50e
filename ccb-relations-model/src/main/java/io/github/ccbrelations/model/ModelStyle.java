package io.github.ccbrelations.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info.java}. No copy methods
 * ({@code withX}, {@code copyOf}): the generated classes are package-private, so no user could call them, and they
 * were a third of the bytes every cold start loads and verifies for the model (#19).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    clearBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    from = "mergeFrom",
    allParameters = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
@interface ModelStyle {}
