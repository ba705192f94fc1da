package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSitePostTest {

    @Test
    void fetchMetadataDecidesWhenTheBrowserSendsIt() {
        assertThat(CrossSitePost.isCrossSite("same-origin", "https://evil.example", "desk.example")).isFalse();
        assertThat(CrossSitePost.isCrossSite("none", null, "desk.example")).as("the user's own doing").isFalse();
        assertThat(CrossSitePost.isCrossSite("same-site", "https://desk.example", "desk.example")).as("a sibling host").isTrue();
        assertThat(CrossSitePost.isCrossSite("cross-site", "https://desk.example", "desk.example")).isTrue();
        assertThat(CrossSitePost.isCrossSite(" Cross-Site ", null, "desk.example")).isTrue();
        assertThat(CrossSitePost.isCrossSite("something-new", null, "desk.example")).as("unknown: refused").isTrue();
    }

    @Test
    void withoutFetchMetadataTheOriginMustBeTheHostPostedTo() {
        assertThat(CrossSitePost.isCrossSite(null, "https://desk.example", "desk.example")).isFalse();
        assertThat(CrossSitePost.isCrossSite(null, "https://Desk.Example", "desk.example")).isFalse();
        assertThat(CrossSitePost.isCrossSite(null, "http://localhost:8080", "localhost:8080")).isFalse();
        assertThat(CrossSitePost.isCrossSite(null, "https://desk.example", "desk.example:443")).as("its scheme's port").isFalse();
        assertThat(CrossSitePost.isCrossSite(null, "https://desk.example:443", "desk.example")).isFalse();
        assertThat(CrossSitePost.isCrossSite(null, "http://desk.example", "desk.example:80")).isFalse();

        assertThat(CrossSitePost.isCrossSite(null, "https://evil.example", "desk.example")).isTrue();
        assertThat(CrossSitePost.isCrossSite(null, "https://desk.example.evil.example", "desk.example")).isTrue();
        assertThat(CrossSitePost.isCrossSite(null, "http://localhost:9090", "localhost:8080")).as("another port").isTrue();
        assertThat(CrossSitePost.isCrossSite(null, "https://desk.example", "desk.example:80")).as("another scheme's port").isTrue();
        assertThat(CrossSitePost.isCrossSite(null, "null", "desk.example")).as("an opaque origin").isTrue();
        assertThat(CrossSitePost.isCrossSite(null, "not an origin", "desk.example")).isTrue();
    }

    @Test
    void aPostWithNeitherHeaderIsNoBrowsersCrossSitePost() {
        assertThat(CrossSitePost.isCrossSite(null, null, "desk.example")).isFalse();
    }
}
