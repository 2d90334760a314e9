package org.lqflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameListTest {
    @Test
    void splitsOnCommasOutsideParentheses() {
        assertThat(NameList.split("BR(Bs->mutau,taumu),a_mu,BR(tau->mugamma)"))
                .containsExactly("BR(Bs->mutau,taumu)", "a_mu", "BR(tau->mugamma)");
    }

    @Test
    void singleNameWithCommaStaysWhole() {
        assertThat(NameList.split("BR(Bs->mutau,taumu)")).containsExactly("BR(Bs->mutau,taumu)");
    }

    @Test
    void nestedParenthesesAndBrackets() {
        assertThat(NameList.split("<dBR/dq2>(B+->Kmumu,[1,6]),R_K(1,6),x"))
                .containsExactly("<dBR/dq2>(B+->Kmumu,[1,6])", "R_K(1,6)", "x");
    }

    @Test
    void trimsAndDropsBlanks() {
        assertThat(NameList.split(" a , ,b,")).containsExactly("a", "b");
        assertThat(NameList.split("")).isEmpty();
        assertThat(NameList.split(" , ")).isEmpty();
    }

    @Test
    void unbalancedParenthesesDoNotThrow() {
        assertThat(NameList.split("a),b")).containsExactly("a)", "b");
        assertThat(NameList.split("f(a,b")).containsExactly("f(a,b");
    }

    @Test
    void repeatedOptionsJoinAndDeduplicate() {
        assertThat(NameList.split(List.of("a,BR(x,y)", "b", "a")))
                .containsExactly("a", "BR(x,y)", "b");
    }
}
