package org.evidencedesk.web.corpus;

import java.util.List;

/**
 * A group of hostile inputs of one kind (file names, ids, time-stamp queries, archives for the verifier, ...),
 * sent by {@link BadInputCorpusWebIT} to the shared server.
 */
public interface CorpusSection {

    String title();

    List<BadInput> inputs();
}
