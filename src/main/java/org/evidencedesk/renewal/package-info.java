/**
 * Archive time-stamp renewal: the daily job that gives every stored signature (item receipts, custody checkpoints,
 * rulings) a fresh archive time-stamp before its newest one runs out, each renewal in its own transaction with a log
 * line and a custody entry. Above the areas whose signatures it renews; the renewed versions live in {@code archive}.
 */
package org.evidencedesk.renewal;
