package org.evidencedesk.web.corpus;

import java.util.List;
import java.util.stream.Stream;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus: every hostile input a public or logged-in user can send, each with its expected
 * outcome beside it, sent over HTTP to the shared server. Each must get a clear refusal, never a 500, and
 * change nothing.
 */
@ExtendWith(SharedServer.class)
class BadInputCorpusWebIT {

    /** Each section owns one kind of input; add a section here. */
    private static final List<CorpusSection> SECTIONS = List.of(
            new VerifierCorpus(),
            new TimestampCorpus()
    );

    @TestFactory
    Stream<DynamicContainer> everyBadInputIsRefusedClearly() {
        return SECTIONS.stream().map(section -> DynamicContainer.dynamicContainer(section.title(),
                section.inputs().stream().map(input -> DynamicTest.dynamicTest(
                        input.name() + " → " + input.expected(), input.probe()::send))));
    }
}
