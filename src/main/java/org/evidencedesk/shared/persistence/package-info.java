/**
 * The persistence base: the entity base class with id-based equality, the data source, the migrations run at
 * start-up, commit durability and the concurrent-change exception.
 */
package org.evidencedesk.shared.persistence;
