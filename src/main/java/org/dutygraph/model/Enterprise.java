package org.dutygraph.model;

/** An enterprise a plan names. */
public record Enterprise(String id, String name) {
}
