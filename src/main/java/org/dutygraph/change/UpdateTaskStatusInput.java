package org.dutygraph.change;

/** Input of updateTaskStatus; a null expectedVersion applies the change to the current version. */
public record UpdateTaskStatusInput(String taskId, String status, String reason, Integer expectedVersion) {
}
