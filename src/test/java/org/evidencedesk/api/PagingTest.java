package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;

class PagingTest {

    /**
     * Bean Validation refuses a page past {@code @Max} (400, as a size over 200); every page it lets through ends where an
     * int still counts, so neither its offset nor the end of its entries overflows (it was a 500 at page 2147483647).
     */
    @Test
    void everyPageAllowedEndsWithinAnInt() throws Exception {
        Max page = Paging.class.getDeclaredField("page").getAnnotation(Max.class);
        Max size = Paging.class.getDeclaredField("size").getAnnotation(Max.class);

        assertThat(page).as("the page has an upper bound").isNotNull();
        assertThat((page.value() + 1) * size.value()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(new Paging(Math.toIntExact(page.value()), Math.toIntExact(size.value())).offset())
                .isEqualTo(page.value() * size.value());
        assertThat(new Paging(3, 50).offset()).isEqualTo(150);
    }
}
