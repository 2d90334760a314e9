package org.lqflav.obs.wet.dipole;

/**
 * Radiative lepton decays and anomalous magnetic moments from flavio-basis dipole coefficients:
 * L = Cgamma_{l1 l2} (l2bar sigma^{mu nu} P_R l1) F_{mu nu} + h.c. (GeV^-1) and, for the magnetic moments,
 * L = (4 G_F/sqrt 2)(e/16 pi^2) m_l C7_ll (lbar sigma^{mu nu} P_R l) F_{mu nu} + h.c. (flavio physics/mdm.py).
 */
public final class LeptonDipoles {
    private LeptonDipoles() {
    }

    /**
     * Gamma(l1 -> l2 gamma) = m1^3/(4 pi) (1 - m2^2/m1^2)^3 (|C_{l1 l2}|^2 + |C_{l2 l1}|^2) (flavio taudecays/
     * taulgamma.py; cf. hep-ph/0404211 eq. (18)); the two chiralities do not interfere (m2 neglected there).
     */
    public static double width(double m1, double m2, double c12Re, double c12Im, double c21Re, double c21Im) {
        double r = 1 - m2 * m2 / (m1 * m1);
        return m1 * m1 * m1 / (4 * Math.PI) * r * r * r
                * (c12Re * c12Re + c12Im * c12Im + c21Re * c21Re + c21Im * c21Im);
    }

    /** Delta a_l = m_l^2 G_F/(sqrt 2 pi^2) Re C7_ll (flavio physics/mdm.py, function al). */
    public static double deltaA(double ml, double gF, double c7Re) {
        return ml * ml * gF / (Math.sqrt(2) * Math.PI * Math.PI) * c7Re;
    }
}
