package org.dutygraph.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every DutyGraph setting under the {@code dutygraph.} prefix. Spring's relaxed binding means
 * {@code --dutygraph.neo4j.embedded.bolt-port=7688} and {@code DUTYGRAPH_NEO4J_EMBEDDED_BOLTPORT=7688} both
 * work.
 *
 * @param neo4j where the graph lives
 * @param seed the documents imported on first start
 * @param api limits of the GraphQL API
 * @param reference the curated reference data units are resolved against
 * @param progress how task progress is judged
 * @param storage free-space checks of the embedded store
 * @param importer limits of one import
 */
@ConfigurationProperties("dutygraph")
public record DutyGraphProperties(@DefaultValue Neo4j neo4j, @DefaultValue Seed seed, @DefaultValue Api api,
		@DefaultValue Reference reference, @DefaultValue Progress progress, @DefaultValue Storage storage,
		@DefaultValue Importer importer) {

	/**
	 * @param maxBytes the largest document accepted, checked before it is read
	 * @param maxLines the most lines a document may have, checked before it is parsed
	 * @param batchSize rows written per committed batch while a document is staged
	 */
	public record Importer(@DefaultValue("16MB") DataSize maxBytes, @DefaultValue("200000") int maxLines,
			@DefaultValue("2000") int batchSize) {
	}

	/**
	 * @param dueSoonDays how many days before its deadline an open task counts as DUE_SOON (today
	 * included); the one window of {@code Task.deadlineState} and every portfolio
	 */
	public record Progress(@DefaultValue("30") int dueSoonDays) {
	}

	/**
	 * @param embedded the in-process Neo4j server
	 * @param transactionTimeout the longest any Cypher transaction of the service may run
	 */
	public record Neo4j(@DefaultValue Embedded embedded, @DefaultValue("30s") Duration transactionTimeout) {
	}

	/**
	 * @param enabled run Neo4j inside the service (true) or connect to {@code spring.neo4j.uri} (false)
	 * @param dataDir the Neo4j home holding the store, logs and plugins
	 * @param boltPort the Bolt port; 0 picks a free one
	 * @param boltAddress the interface Bolt listens on: 127.0.0.1, or 0.0.0.0 for every interface
	 * @param pageCache the off-heap page cache size, in Neo4j's notation
	 * @param password the Bolt password of the {@code neo4j} user; unset, one is generated on the first
	 * start and kept in the data folder's {@code neo4j-password} file (owner-only)
	 * @param repairLogTail on this start, drop a transaction log tail that was cut short (by a full disk
	 * or a crash while writing) instead of refusing to start
	 */
	public record Embedded(@DefaultValue("true") boolean enabled, @DefaultValue("./data/neo4j") Path dataDir,
			@DefaultValue("7687") int boltPort, @DefaultValue("127.0.0.1") String boltAddress,
			@DefaultValue("64m") String pageCache, String password, @DefaultValue("false") boolean repairLogTail) {

		@Override
		public String toString() {
			return "Embedded[enabled=" + this.enabled + ", dataDir=" + this.dataDir + ", boltPort=" + this.boltPort
					+ ", boltAddress=" + this.boltAddress + ", pageCache=" + this.pageCache + ", password="
					+ ((this.password != null) ? "******" : "generated") + ", repairLogTail=" + this.repairLogTail + "]";
		}

	}

	/**
	 * @param dir the folder of plan documents imported on first start (.txt, .docx, .pdf, .html, in
	 * subfolders too)
	 * @param importOnStart import the folder when the database holds no complete seed import
	 */
	public record Seed(@DefaultValue("seed-data") Path dir, @DefaultValue("true") boolean importOnStart) {
	}

	/**
	 * @param dir a folder of curated reference files (agencies.tsv, townships.tsv, ...); null: the copy
	 * bundled in the service
	 */
	public record Reference(Path dir) {
	}

	/**
	 * @param maxPageSize the largest {@code first} a list accepts
	 * @param maxQueryDepth the deepest GraphQL selection accepted
	 * @param maxQueryComplexity the largest GraphQL field count accepted
	 * @param maxQueryCost the most one request may cost: expensive fields weigh more, page sizes multiply
	 * @param maxNeighbourhoodDepth the deepest neighbourhood expansion
	 * @param maxNeighbourhoodNodes the most nodes a neighbourhood returns
	 * @param maxDelayDays the longest delay {@code delayImpact} projects
	 * @param requestTimeout the longest one GraphQL request may run
	 */
	public record Api(@DefaultValue("500") int maxPageSize, @DefaultValue("12") int maxQueryDepth,
			@DefaultValue("5000") int maxQueryComplexity, @DefaultValue("20000") int maxQueryCost,
			@DefaultValue("4") int maxNeighbourhoodDepth, @DefaultValue("2000") int maxNeighbourhoodNodes,
			@DefaultValue("3650") int maxDelayDays, @DefaultValue("30s") Duration requestTimeout) {
	}

	/**
	 * @param minFreeSpace the free space the data folder keeps: an import that would leave less is
	 * refused before it writes, and the health turns DOWN below it
	 */
	public record Storage(@DefaultValue("256MB") DataSize minFreeSpace) {
	}

}
