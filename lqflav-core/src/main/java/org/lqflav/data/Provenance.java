package org.lqflav.data;

/**
 * Where a measurement comes from.
 *
 * @param source   citation (collaboration, journal, arXiv), as in the reference data
 * @param verified the reference data's flag: "true", "derived", "partial" or "false"
 * @param caveat   shown wherever the measurement is used (null when there is none); every entry with
 *                 {@code verified: "false"} has one
 * @param note     how the entry was mapped onto our observable (conversions, choices), may be null
 */
public record Provenance(String source, String verified, String caveat, String note) {
    public Provenance {
        source = source == null ? "" : source;
        verified = verified == null ? "" : verified;
        if (caveat == null && "false".equals(verified)) {
            caveat = "not verified against a retrieved copy of the source (reference data: verified false)";
        }
    }

    public boolean hasCaveat() {
        return caveat != null && !caveat.isBlank();
    }
}
