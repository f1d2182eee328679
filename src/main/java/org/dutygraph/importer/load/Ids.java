package org.dutygraph.importer.load;

/**
 * How graph ids are made. Ids are readable and stable across re-imports of the same document, so that
 * user-made edges to a task survive a new version of its document.
 */
public final class Ids {

	private Ids() {
	}

	/** {@code 001_bc15039033e882c0.txt} gives {@code 001_bc15039033e882c0}. */
	public static String document(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot > 0) ? fileName.substring(0, dot) : fileName;
	}

	public static String plan(String documentId, String planKey) {
		return documentId + ":" + planKey;
	}

	public static String task(String planId, String localId) {
		return planId + ":" + localId;
	}

	public static String county(String name) {
		return "county:" + name;
	}

	public static String section(String county, String name) {
		return "section:" + area(county) + ":" + name;
	}

	public static String enterprise(String name) {
		return "enterprise:" + name;
	}

	public static String alias(String jurisdiction, String text) {
		return "alias:" + area(jurisdiction) + ":" + text;
	}

	/** An area in an id: {@code unscoped} for a document whose area is unknown, never {@code null}. */
	private static String area(String area) {
		return (area != null) ? area : "unscoped";
	}

	public static String externalDoc(String title) {
		return "doc:" + title;
	}

}
