package org.dutygraph.importer.load;

/**
 * The node labels the importer writes. Every node also carries {@code :Entity} with a graph-wide
 * unique {@code id}. Labels are written from these constants only, never from input text.
 */
public enum NodeLabel {

	Document, Plan, Heading, Task, Deadline, Agency, Alias, County, Township, Enterprise, MonitoringSection, KeyProject,
	Target, ExternalDoc;

	/** Nodes that several documents share: merged, never deleted with a document. */
	public boolean shared() {
		return switch (this) {
			case Agency, Alias, County, Township, Enterprise, MonitoringSection, ExternalDoc -> true;
			default -> false;
		};
	}

}
