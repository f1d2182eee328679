// The @neo4j/graphql peer of the benchmark: the same Neo4j, an equivalent schema for what the library
// can express (tasks with their responsibilities and deadlines, agencies and their task counts).
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... PORT=0 node server.js
// Prints "listening on <url>" once it serves.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Task @node {
    id: ID!
    kind: String!
    title: String
    text: String!
    sortKey: String!
    planId: String!
    dueDate: Date
    responsibilities: [Agency!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "Responsibility")
    deadlines: [Deadline!]! @relationship(type: "HAS_DEADLINE", direction: OUT, properties: "DeadlineOrder")
  }
  type Responsibility @relationshipProperties {
    role: String!
    order: Int!
    asWritten: String!
  }
  type DeadlineOrder @relationshipProperties {
    order: Int!
  }
  type Deadline @node {
    id: ID!
    raw: String!
    kind: String!
    date: Date
  }
  type Agency @node {
    id: ID!
    name: String!
    jurisdiction: String
    collective: Boolean!
    tasks: [Task!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "Responsibility")
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI,
	neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD),
	{ maxConnectionPoolSize: 64 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
	listen: { host: "127.0.0.1", port: Number(process.env.PORT || 0) },
});
console.log(`listening on ${url}`);
for (const signal of ["SIGTERM", "SIGINT"]) {
	process.on(signal, async () => {
		await server.stop();
		await driver.close();
		process.exit(0);
	});
}
