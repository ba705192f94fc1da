package org.evidencedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.identity.AccountIdentityStore;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.rules.LocalizedText;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.rules.RuleKind;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetActivations;
import org.evidencedesk.rules.RuleSetAdministration;
import org.evidencedesk.rules.RuleStatus;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.persistence.ConcurrentChange;
import org.evidencedesk.shared.persistence.DataSourceConfiguration;
import org.evidencedesk.shared.throttle.JpaThrottleCounters;
import org.evidencedesk.shared.throttle.ThrottleCounters;
import org.hibernate.proxy.HibernateProxy;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, against the configured database (H2 by default, PostgreSQL with -Ppostgres): the
 * schema, the stored password hashes, the identity store and the transactional rules of accounts, and the
 * legal rule sets read at start-up with an administrator's switch for proposed ones.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";


    @Inject
    UserAdministration administration;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    UserAccounts accounts;

    @Inject
    CaseWorkflow caseWorkflow;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    RuleCatalogue ruleCatalogue;

    @Inject
    RuleSetAdministration ruleAdministration;

    @Inject
    RuleSetActivations ruleActivations;

    @Inject
    JpaThrottleCounters throttleCounters;

    @PersistenceContext(unitName = "evidencedesk")
    EntityManager entityManager;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Test
    void migrationsAreApplied() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true");
             ResultSet result = query.executeQuery()) {
            result.next();
            assertEquals(1, result.getInt(1));
        }
        assertTrue(accounts.count() >= 1, "the bootstrap administrator exists");
    }

    /**
     * On PostgreSQL the tables whose counts and pages are read from their indexes alone are vacuumed once a hundredth
     * or a fiftieth of their rows changed or were added (V27), not a fifth: until a vacuum, those counts read the table.
     * H2 has nothing of the kind.
     */
    @Test
    void theBusyTablesAreVacuumedSoonerOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                return;
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select relname, array_to_string(reloptions, ',') from pg_class where relname in"
                            + " ('dispute_case', 'case_party', 'case_deadline', 'evidence_item', 'custody_entry')"
                            + " and relkind = 'r' order by relname");
                 ResultSet rows = query.executeQuery()) {
                List<String> options = new ArrayList<>();
                while (rows.next()) {
                    options.add(rows.getString(1) + ": " + rows.getString(2));
                }
                assertEquals(List.of(
                        "case_deadline: autovacuum_vacuum_scale_factor=0.02,autovacuum_vacuum_insert_scale_factor=0.02",
                        "case_party: autovacuum_vacuum_scale_factor=0.02,autovacuum_vacuum_insert_scale_factor=0.02",
                        "custody_entry: autovacuum_vacuum_insert_scale_factor=0.02",
                        "dispute_case: autovacuum_vacuum_scale_factor=0.01,autovacuum_analyze_scale_factor=0.02",
                        "evidence_item: autovacuum_vacuum_scale_factor=0.02,autovacuum_vacuum_insert_scale_factor=0.02"),
                        options);
            }
        }
    }

    /** A lazy reference (a Hibernate proxy) equals the entity it stands for, both ways, with the same hash. */
    @Test
    void aLazyReferenceEqualsTheEntityItStandsFor() {
        UserAccount account = provisioning.create(unique("proxy"), "Proxy", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        UserAccount other = provisioning.create(unique("proxy"), "Other", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");

        Object reference = entityManager.getReference(UserAccount.class, account.getId());

        assertTrue(reference instanceof HibernateProxy, "a lazy reference is a proxy: " + reference.getClass());
        assertEquals(account, reference);
        assertEquals(reference, account);
        assertEquals(account.hashCode(), reference.hashCode());
        assertNotEquals(other, reference);
        assertNotEquals(reference, entityManager.getReference(UserAccount.class, other.getId()));
    }

    /** A use case's parameters are validated where it enters: a call without its acting user changes nothing. */
    @Test
    void aUseCaseCalledWithoutItsActingUserIsRefusedBeforeItRuns() {
        long before = accounts.count();

        assertThrows(ConstraintViolationException.class, () -> caseWorkflow.view(1, null));
        assertThrows(ConstraintViolationException.class,
                () -> provisioning.create(null, "Nobody", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test"));
        assertEquals(before, accounts.count());
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() throws SQLException {
        String username = unique("hashed");
        provisioning.create(username, "Hashed", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");

        String stored = storedHash(username);

        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void identityStoreAcceptsOnlyTheRightPasswordOfAnEnabledAccount() {
        String username = unique("login");
        UserAccount account = provisioning.create(username, "Login", null, EnumSet.of(Role.JUDGE, Role.CLERK), null, PASSWORD, "test");

        CredentialValidationResult valid = identityStore.validate(new UsernamePasswordCredential(username, PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(Set.of("JUDGE", "CLERK"), valid.getCallerGroups());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(username, PASSWORD + "x")).getStatus());

        administration.disable(account.getId(), account.getVersion(), "admin");
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(username, PASSWORD)).getStatus());
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndTheFirstChangeKept() {
        String username = unique("stale");
        UserAccount loaded = provisioning.create(username, "Original", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        long version = accounts.byId(loaded.getId()).orElseThrow().getVersion();

        administration.describe(loaded.getId(), version, "First editor", null, EnumSet.of(Role.CLERK), "admin");
        RuntimeException conflict = assertThrows(RuntimeException.class, () -> administration.describe(
                loaded.getId(), version, "Second editor", null, EnumSet.of(Role.JUDGE), "admin"));

        assertTrue(ConcurrentChange.causedBy(conflict), conflict.toString());
        UserAccount now = accounts.byId(loaded.getId()).orElseThrow();
        assertEquals("First editor", now.getDisplayName());
        assertEquals(Set.of(Role.CLERK), now.getRoles());
    }

    /**
     * Found by bench/load: the same account logging in from several sessions at once answered 500 (a stale row
     * version when recording the last login), and any login made an administrator's open edit of the account stale.
     */
    @Test
    void loginsOfOneAccountAtOnceAllSucceedAndLeaveItsVersionAlone() throws Exception {
        String username = unique("logins");
        UserAccount created = provisioning.create(username, "Often here", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        long version = accounts.byId(created.getId()).orElseThrow().getVersion();

        ExecutorService sessions = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                logins.add(sessions.submit(() -> administration.recordLogin(username)));
            }
            for (Future<?> login : logins) {
                login.get(60, TimeUnit.SECONDS);
            }
        } finally {
            sessions.shutdownNow();
        }

        UserAccount now = accounts.byId(created.getId()).orElseThrow();
        assertTrue(now.lastLogin().isPresent());
        assertEquals(version, now.getVersion());
        administration.describe(created.getId(), version, "Edited while logging in", null, EnumSet.of(Role.CLERK), "admin");
        assertEquals("Edited while logging in", accounts.byId(created.getId()).orElseThrow().getDisplayName());
    }

    /** Only an enabled administrator can act on it, so the last one is the only one who could try: both refused. */
    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        UserAccount admin = accounts.byUsername("admin").orElseThrow();
        assertEquals(1, accounts.countEnabledWith(Role.ADMIN), "only the bootstrap administrator");

        BusinessException disable = assertThrows(BusinessException.class,
                () -> administration.disable(admin.getId(), admin.getVersion(), "admin"));
        BusinessException demote = assertThrows(BusinessException.class, () -> administration.describe(
                admin.getId(), admin.getVersion(), "Administrator", null, EnumSet.of(Role.CLERK), "admin"));

        assertEquals("user.cannotDisableSelf", disable.messageKey());
        assertEquals("user.lastAdministrator", demote.messageKey());
        assertTrue(accounts.byUsername("admin").orElseThrow().isEnabled());
        assertEquals(Set.of(Role.ADMIN), accounts.byUsername("admin").orElseThrow().getRoles());
    }

    /**
     * The account pages sit behind the ADMIN role, but the service checks its actor itself: a clerk, an unknown
     * name or a disabled administrator changes nobody's account, and nothing is created.
     */
    @Test
    void onlyAnEnabledAdministratorManagesAccounts() {
        String clerk = unique("acting-clerk");
        provisioning.create(clerk, "Clerk", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        String former = unique("former-admin");
        UserAccount formerAdmin = provisioning.create(former, "Former", null, EnumSet.of(Role.ADMIN), null, PASSWORD, "test");
        administration.disable(formerAdmin.getId(), formerAdmin.getVersion(), "admin");
        UserAccount target = provisioning.create(unique("target"), "Target", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        long version = accounts.byId(target.getId()).orElseThrow().getVersion();
        long before = accounts.count();

        for (String actor : new String[] {clerk, former, "nobody-" + clerk, null}) {
            List<BusinessException> refusals = List.of(
                    assertThrows(BusinessException.class, () -> administration.create(unique("new"), "New", null,
                            EnumSet.of(Role.ADMIN), null, PASSWORD, actor)),
                    assertThrows(BusinessException.class, () -> administration.describe(target.getId(), version,
                            "Renamed", null, EnumSet.of(Role.ADMIN), actor)),
                    assertThrows(BusinessException.class, () -> administration.disable(target.getId(), version, actor)),
                    assertThrows(BusinessException.class, () -> administration.enable(target.getId(), version, actor)),
                    assertThrows(BusinessException.class, () -> administration.resetPassword(target.getId(), version,
                            "Another-Password-2026", actor)));
            assertTrue(refusals.stream().allMatch(refusal -> refusal.messageKey().equals("user.administratorsOnly")),
                    actor + ": " + refusals);
        }

        // Refused before the account is looked up: a refused caller cannot probe which accounts exist.
        BusinessException unknownAccount = assertThrows(BusinessException.class, () -> administration.describe(
                Long.MAX_VALUE, 0, "Probe", null, EnumSet.of(Role.CLERK), clerk));
        assertEquals("user.administratorsOnly", unknownAccount.messageKey());

        UserAccount unchanged = accounts.byId(target.getId()).orElseThrow();
        assertEquals(before, accounts.count());
        assertEquals(version, unchanged.getVersion());
        assertEquals("Target", unchanged.getDisplayName());
        assertEquals(Set.of(Role.CLERK), unchanged.getRoles());
        assertTrue(unchanged.isEnabled());
    }

    @Test
    void aDuplicateUsernameIsRefusedAndNothingIsAdded() {
        String username = unique("twice");
        provisioning.create(username, "First", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        long before = accounts.count();

        BusinessException refused = assertThrows(BusinessException.class, () -> provisioning.create(
                username.toUpperCase(), "Second", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test"));

        assertEquals("user.usernameTaken", refused.messageKey());
        assertEquals(before, accounts.count());
    }

    @Test
    void theShippedRuleSetsAreLoadedAtStartUpAndAProposedOneIsOffUntilEnabledAndBindingOnlyOnceAnInstrumentAdoptsIt() {
        String key = "ecommerce-tech-lower-burden@1";
        RuleSet proposed = ruleCatalogue.find(key).orElseThrow();
        assertEquals(12, ruleCatalogue.all().size(), "ten files of 2019–2024 law and the AUCL 2025 art. 39 pair");
        assertTrue(ruleCatalogue.find("aucl-32a@1").isPresent());
        assertFalse(ruleCatalogue.isEnabled(proposed));
        assertFalse(ruleCatalogue.applicableTo(IpType.PATENT, RuleKind.BURDEN_SHIFT).contains(proposed));
        assertTrue(ruleCatalogue.applicableTo(IpType.PATENT, RuleKind.BURDEN_SHIFT).contains(ruleCatalogue.find("patent-66-1@1").orElseThrow()));

        String clerk = unique("rules-clerk");
        provisioning.create(clerk, "Clerk", null, EnumSet.of(Role.CLERK), null, PASSWORD, "test");
        BusinessException notAdministrator = assertThrows(BusinessException.class, () -> ruleAdministration.enable(key, clerk));
        BusinessException active = assertThrows(BusinessException.class, () -> ruleAdministration.disable("aucl-32a@1", "admin"));
        assertEquals("rules.administratorsOnly", notAdministrator.messageKey());
        assertEquals("rules.activeAlwaysEnabled", active.messageKey());
        assertFalse(ruleCatalogue.isEnabled(proposed));

        ruleAdministration.enable(key, "admin");
        assertTrue(ruleCatalogue.isEnabled(proposed));
        assertTrue(ruleCatalogue.applicableTo(IpType.PATENT, RuleKind.BURDEN_SHIFT).contains(proposed));
        assertTrue(ruleCatalogue.enabled().contains(proposed));
        assertEquals("admin", ruleActivations.of(key).orElseThrow().getLatest().getChangedBy());

        ruleAdministration.disable(key, "admin");
        assertFalse(ruleCatalogue.isEnabled(proposed));
        assertFalse(ruleCatalogue.enabled().contains(proposed));
        var history = ruleActivations.history(key);
        assertEquals(2, history.size());
        assertTrue(history.get(0).getChange().isEnabled());
        assertFalse(history.get(1).getChange().isEnabled());
        assertTrue(history.stream().map(change -> change.getChange().getChangedBy()).allMatch("admin"::equals));

        // Issue 12, point 7: an instrument recorded by an administrator makes the proposal a new active version.
        LocalizedText notice = new LocalizedText("Pilot notice on e-commerce technology evidence, No. 3", "关于电子商务技术证据的试点通知（第3号）");
        LocalDate issued = LocalDate.of(2026, 1, 5);
        assertEquals("rules.administratorsOnly",
                assertThrows(BusinessException.class, () -> ruleAdministration.adopt(key, notice, issued, clerk)).messageKey());
        assertEquals("rules.instrumentCitationRequired", assertThrows(BusinessException.class,
                () -> ruleAdministration.adopt(key, new LocalizedText("Pilot notice", " "), issued, "admin")).messageKey());
        assertEquals("rules.instrumentDateRequired", assertThrows(BusinessException.class,
                () -> ruleAdministration.adopt(key, notice, LocalDate.now().plusYears(1), "admin")).messageKey());
        assertEquals("rules.notAdoptable", assertThrows(BusinessException.class,
                () -> ruleAdministration.adopt("aucl-32a@1", notice, issued, "admin")).messageKey());

        RuleSet adopted = ruleAdministration.adopt(key, notice, issued, "admin");

        assertEquals("ecommerce-tech-lower-burden@2", adopted.key());
        assertEquals(RuleStatus.ACTIVE, adopted.status());
        assertEquals(notice.zh() + "（2026-01-05）", adopted.citation().zh());
        assertTrue(ruleCatalogue.isEnabled(adopted));
        assertTrue(ruleCatalogue.applicableTo(IpType.TRADE_SECRET, RuleKind.BURDEN_SHIFT).contains(adopted));
        assertFalse(ruleCatalogue.enabled().contains(proposed), "the adopted version supersedes the proposal");
        assertEquals(proposed, ruleCatalogue.find(key).orElseThrow(), "the proposal still resolves");
        assertEquals("admin", ruleCatalogue.adoptionOf(adopted).orElseThrow().getRecordedBy());
        assertEquals("rules.alreadyAdopted",
                assertThrows(BusinessException.class, () -> ruleAdministration.adopt(key, notice, issued, "admin")).messageKey());
    }

    private String storedHash(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select password_hash from app_user where username = ?")) {
            query.setString(1, username);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next());
                return result.getString(1);
            }
        }
    }

    /**
     * Two first hits of a new key at once: one inserts the key's row, the other finds no row, tries to insert it too and
     * waits for the first. Once the first commits, the second is counted on its row: no failure, and no error in the
     * log (Hibernate logged one for every such race: a load of parallel logins printed them by the dozen, for a race
     * the rate limiter handles). The second hit is let go only once the database shows it waiting.
     */
    @Test
    void aHitThatMeetsAnotherInsertingTheSameNewKeyIsCountedOnItsRowWithoutAnError() throws Exception {
        String key = unique("throttle-race");
        Instant now = Instant.now();
        throttleCounters.hitInFixedWindow(unique("throttle-warm"), Duration.ofMinutes(1), now);
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger hibernate = Logger.getLogger("org.hibernate");
        hibernate.addHandler(capture);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement(
                    "insert into throttle_counter (counter_key, hits, last_hit_ms, expires_ms) values (?, 1, ?, ?)")) {
                insert.setString(1, key);
                insert.setLong(2, now.toEpochMilli());
                insert.setLong(3, now.plus(Duration.ofMinutes(1)).toEpochMilli());
                insert.executeUpdate();
            }
            Future<ThrottleCounters.Count> counted = second.submit(() -> throttleCounters.hitInFixedWindow(key, Duration.ofMinutes(1), now));
            awaitASessionWaitingForALock();
            first.commit();

            assertEquals(2, counted.get(60, TimeUnit.SECONDS).hits());
        } finally {
            second.shutdownNow();
            hibernate.removeHandler(capture);
        }
        assertEquals(List.of(), logged);
        assertEquals(2, throttleCounters.current(key, now).orElseThrow().hits());
    }

    /** Waits until a session of the database waits for another's lock (H2's and PostgreSQL's own views of sessions). */
    private void awaitASessionWaitingForALock() throws Exception {
        try (Connection watcher = dataSource.getConnection()) {
            boolean postgres = watcher.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            // H2 names no blocker for a wait on a key being inserted; the statement shows as running until it ends.
            String waiting = postgres
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                    : "select count(*) from information_schema.sessions where executing_statement like 'insert into throttle_counter%'";
            for (int attempt = 0; attempt < 600; attempt++) {
                try (PreparedStatement query = watcher.prepareStatement(waiting); ResultSet rows = query.executeQuery()) {
                    if (rows.next() && rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("The second hit never waited for the first one's row (60 s)");
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
