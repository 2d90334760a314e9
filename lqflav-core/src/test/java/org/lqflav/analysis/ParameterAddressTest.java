package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lqflav.InputException;
import org.lqflav.model.ModelSpec;
import org.lqflav.reproduce.Benchmarks;

class ParameterAddressTest {
    @Test
    void spellingsAndCanonicalText() {
        for (String s : List.of("yL[3,2]", "yL[3][2]", " yL[ 3 , 2 ] ", "yL[3,2].re")) {
            ParameterAddress a = ParameterAddress.parse(s, "S1S3omega", "f: x");
            assertThat(a.toString()).isEqualTo("yL[3,2]");
            assertThat(a.row()).isEqualTo(2);
            assertThat(a.column()).isEqualTo(1);
        }
        assertThat(ParameterAddress.parse("yS[2,2].im", "S1S3omega", "f").toString()).isEqualTo("yS[2,2].im");
        assertThat(ParameterAddress.parse("masses.S1", "S1S3omega", "f").kind())
                .isEqualTo(ParameterAddress.Kind.MASS);
        assertThat(ParameterAddress.parse("potential.mu3", "S1S3omega", "f").kind())
                .isEqualTo(ParameterAddress.Kind.POTENTIAL);
        // yomega is symmetric: [2,3] and [3,2] are one parameter
        assertThat(ParameterAddress.parse("yomega[2,3]", "S1S3omega", "f")
                .sameAs(ParameterAddress.parse("yomega[3,2]", "S1S3omega", "f"))).isTrue();
    }

    @Test
    void unknownNamesAreOneLineErrors() {
        for (String s : List.of("yQ[1,1]", "yL[0,1]", "masses.S2", "potential.mu9", "yL", "yL[1,2,3]")) {
            assertThatThrownBy(() -> ParameterAddress.parse(s, "S1S3omega", "scan.yaml: parameters." + s))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith("scan.yaml: parameters." + s + ": expected");
        }
    }

    @Test
    void modelPointSetsEntriesMassesAndSymmetricPartners() {
        ModelSpec bm1 = Benchmarks.seed000("bm1.yaml");
        List<ParameterAddress> a = List.of(ParameterAddress.parse("yomega[2,3]", "S1S3omega", "f"),
                ParameterAddress.parse("yS[2,2].im", "S1S3omega", "f"),
                ParameterAddress.parse("masses.S1", "S1S3omega", "f"));
        ModelSpec p = new ModelPoint(bm1, a).at(new double[] {0.5, 0.25, 1500});
        assertThat(p.coupling("yomega").re(1, 2)).isEqualTo(0.5);
        assertThat(p.coupling("yomega").re(2, 1)).isEqualTo(0.5);
        assertThat(p.coupling("yS").im(1, 1)).isEqualTo(0.25);
        assertThat(p.coupling("yS").re(1, 1)).isEqualTo(bm1.coupling("yS").re(1, 1));
        assertThat(p.mass("S1")).isEqualTo(1500);
        assertThat(p.mass("S3")).isEqualTo(1200);
        assertThat(ModelPoint.valueIn(p, a.get(2))).isEqualTo(1500);
    }
}
