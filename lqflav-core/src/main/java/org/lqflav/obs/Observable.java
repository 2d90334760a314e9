package org.lqflav.obs;

/** A function from one model point's low-energy quantities and SM inputs to a number. */
@FunctionalInterface
public interface Observable {
    double evaluate(Inputs in);
}
