/**
 * The graph vocabulary the API serves: immutable records read from Neo4j, one per GraphQL type.
 * Nothing here depends on anything else of ours.
 */
@NullMarked
package org.dutygraph.model;

import org.jspecify.annotations.NullMarked;
