package org.evidencedesk.identity;

/**
 * An account's rights or password changed and its session generation moved on to {@code sessionGeneration}:
 * its sessions are over. Fired inside the change's transaction, so observers act only once it has committed.
 * When owners change their own password, the session they changed it from stays ({@code actingSessionStays}).
 */
public record SessionsEnded(String username, long sessionGeneration, boolean actingSessionStays) {
}
