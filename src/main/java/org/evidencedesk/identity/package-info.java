/**
 * Accounts, roles and passwords: the identity store behind the login, password policy and hashing, login
 * throttling, the bootstrap administrator and the administration of users.
 */
package org.evidencedesk.identity;
