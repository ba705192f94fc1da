/**
 * Pages and filters of login and accounts: login and logout, the home page, my account, user administration,
 * session tracking and the ending of stale sessions.
 */
package org.evidencedesk.identity.web;
