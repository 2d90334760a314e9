package org.lqflav.model;

import java.util.EnumSet;
import java.util.Set;
import org.lqflav.eft.LowEnergy;
import org.lqflav.eft.LowEnergy.Part;

/**
 * A model's matching on reusable storage, for scan and fit loops: the numbers of a model file live in a mutable
 * workspace, {@link #set} changes one of them, {@link #match} refills the same {@link LowEnergy} in place. The model's
 * {@link ModelType#match} runs the same code on a fresh kernel, so there is one implementation of every formula.
 * One kernel per thread (not thread-safe).
 */
public interface MatchingKernel {
    /** Handle of a coupling entry (0-based; a symmetric matrix's entry sets [row][column] and [column][row]). */
    int couplingHandle(String name, int row, int column, boolean imaginary);

    /** Handle of a mass. */
    int massHandle(String name);

    /** Handle of a scalar-potential number. */
    int potentialHandle(String name);

    /** Sets the addressed number of the workspace. */
    void set(int handle, double value);

    /** The parts {@link #match} computes when {@code needed} are asked for (computed once, outside the loop). */
    EnumSet<Part> parts(Set<Part> needed);

    /** Matches the workspace's point; {@code parts} from {@link #parts}. Returns the same view every call. */
    LowEnergy match(EnumSet<Part> parts);
}
