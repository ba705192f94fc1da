/**
 * NoticeBoard inside the application: what a person should know about their cases (new requests, orders,
 * deadlines, rulings), shown on their dashboard and counted in the top bar until read.
 */
package org.evidencedesk.notice;
