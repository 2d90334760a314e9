package org.lqflav.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.lqflav.math.CMatrix3;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;
import org.lqflav.reproduce.Benchmarks;

class ModelFileWriterTest {
    @Test
    void writtenModelReadsBackToTheSameSpec() {
        ModelSpec bm1 = Benchmarks.seed000("bm1.yaml");
        Complex[][] z = new Complex[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                z[i][j] = new Complex(bm1.coupling("yS").re(i, j), 0);
            }
        }
        z[1][1] = new Complex(0.1 / 3, -Math.PI / 100);   // a complex entry with full-precision parts
        ModelSpec spec = bm1.withCoupling("yS", CMatrix3.of(z));
        String text = ModelFileWriter.write(spec, "line one\nline two");
        assertThat(text).startsWith("# line one\n# line two\nmodel: S1S3omega\n");
        ModelSpec back = ModelFile.parse(text, "back.yaml");
        assertThat(back.couplings()).isEqualTo(spec.couplings());
        assertThat(back.masses()).isEqualTo(spec.masses());
        assertThat(back.potential()).isEqualTo(spec.potential());
        assertThat(back.options()).isEqualTo(spec.options());
        assertThat(back.parameters()).isEqualTo(spec.parameters());
    }
}
