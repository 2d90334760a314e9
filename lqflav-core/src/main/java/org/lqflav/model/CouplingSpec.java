package org.lqflav.model;

/**
 * A Yukawa matrix a model accepts: its file name, whether it must be symmetric, and what rows and columns mean.
 */
public record CouplingSpec(String name, boolean symmetric, String description) {
}
