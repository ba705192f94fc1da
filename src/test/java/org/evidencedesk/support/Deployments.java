package org.evidencedesk.support;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment: the war the build produced, with the in-container test classes and a web
 * fragment that opens Arquillian's test runner servlet, which the application's login would otherwise guard.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The war with the classes named (each with its nested classes). */
    public static WebArchive application(List<String> testClasses) {
        File war = new File(System.getProperty("project.build.directory", "target"), "evidence-desk.war");
        JavaArchive testAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-test-access.jar")
                .addAsManifestResource("arquillian-fragment/web-fragment.xml", "web-fragment.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(testClasses.stream().map(Deployments::load).toArray(Class<?>[]::new))
                .addAsLibrary(testAccess);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No test class " + name, e);
        }
    }
}
