package org.evidencedesk.web.access;

import io.restassured.specification.RequestSpecification;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.evidencedesk.api.ApiClient;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;

/**
 * One run of the access matrix: a client per capacity, logged in once for the whole run, an API token per
 * capacity, the objects made for it, and the two cells the setup itself tries (each capacity's login; the named counsel's undertaking, which
 * the "after the undertaking" rows need before they run).
 */
public final class Matrix {

    /** Another test locks an account on purpose (five wrong passwords lock it for a minute): a login waits that out. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(130);

    private final Map<Capacity, WebClient> clients = new EnumMap<>(Capacity.class);
    private final Map<Capacity, Observed> logins = new EnumMap<>(Capacity.class);
    private final DeskPages desk;
    private final Map<Capacity, String> tokens = new EnumMap<>(Capacity.class);
    private Observed undertaking;
    private MatrixObjects objects;

    private Matrix() {
        for (Capacity capacity : Capacity.values()) {
            clients.put(capacity, new WebClient(SharedServer.baseUrl()));
        }
        desk = new DeskPages(clients);
    }

    /** Logs every capacity in and creates the objects through the pages. */
    public static Matrix start() throws Exception {
        Matrix matrix = new Matrix();
        for (Capacity capacity : Capacity.values()) {
            if (capacity.loggedIn()) {
                matrix.logins.put(capacity, matrix.logIn(capacity, capacity.password()));
            }
        }
        matrix.objects = MatrixObjects.create(matrix.desk, Long.toString(Instant.now().toEpochMilli(), 36),
                observed -> matrix.undertaking = observed);
        return matrix;
    }

    public WebClient client(Capacity capacity) {
        return clients.get(capacity);
    }

    /**
     * An API request as the capacity: a demo user's documented token (every scope the role may hold); the
     * administrator, who is no demo user, gets a token of every scope made for the run (narrowed to the role's
     * when used); the anonymous visitor none.
     */
    public RequestSpecification api(Capacity capacity) {
        return capacity.loggedIn() ? ApiClient.withToken(token(capacity)) : ApiClient.anonymous();
    }

    /** The capacity's API token. */
    public String token(Capacity capacity) {
        return tokens.computeIfAbsent(capacity, who -> who == Capacity.ADMIN
                ? ApiClient.newToken(who.username(), TokenScope.values()) : ApiClient.demoToken(who.username()));
    }

    public DeskPages desk() {
        return desk;
    }

    public MatrixObjects objects() {
        return objects;
    }

    /** The setup's login of the capacity, as a cell of the matrix. */
    public Observed login(Capacity capacity) {
        return logins.get(capacity);
    }

    /** The named counsel's acceptance of the second protective order's undertaking, made by the setup. */
    public Observed undertaking() {
        return undertaking;
    }

    /** Logs the capacity's client in (again, after a change of password ended its session). */
    public Observed logIn(Capacity capacity, String password) throws Exception {
        WebClient client = clients.get(capacity);
        Instant giveUp = Instant.now().plus(LOCK_WAIT);
        while (true) {
            HttpResponse<String> login = client.login(capacity.username(), password);
            if (login.statusCode() == 200 && login.body().contains("Too many failed attempts") && Instant.now().isBefore(giveUp)) {
                Thread.sleep(5_000);
                continue;
            }
            int home = client.get("home.xhtml").statusCode();
            if (login.statusCode() != 302 || home != 200) {
                throw new IllegalStateException("Cannot log in as " + capacity + ": " + login.statusCode() + " "
                        + DeskPages.message(login.body()));
            }
            return Observed.as(Outcome.DONE, "302, then home answers 200");
        }
    }
}
