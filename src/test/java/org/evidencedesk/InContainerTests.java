package org.evidencedesk;

import java.util.List;
import org.evidencedesk.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one Arquillian deployment of the run: every in-container test class runs in it, one after another. Each
 * deployment starts a Payara Micro of its own (about 50 s here), so they share one, as the web tests share
 * {@code SharedServer}: named in {@code arquillian.xml} (the suite extension), made once before the first of them and
 * taken down when the run ends. They share one database already (the run's {@code it-data}, or PostgreSQL's
 * {@code evidencedesk_it}), so none of them expects an empty one. An in-container test class is added here, with the
 * classes it needs in the container; the names are those of package-private classes.
 */
public final class InContainerTests {

    /** The in-container test classes, and the classes of their own that they use there. */
    static final List<String> CLASSES = List.of(
            "org.evidencedesk.PersistenceIT",
            "org.evidencedesk.custody.CustodyPagingIT",
            "org.evidencedesk.custody.CustodyPersistenceIT",
            "org.evidencedesk.disclosure.DisclosurePersistenceIT",
            "org.evidencedesk.dispute.DisputePersistenceIT",
            "org.evidencedesk.evidence.EvidenceListIT",
            "org.evidencedesk.evidence.EvidencePersistenceIT",
            "org.evidencedesk.evidence.GeneratedStream",
            "org.evidencedesk.renewal.ArchiveRenewalPersistenceIT",
            "org.evidencedesk.renewal.AuthorityOutage",
            "org.evidencedesk.support.MutableClock");

    private InContainerTests() {
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CLASSES);
    }
}
