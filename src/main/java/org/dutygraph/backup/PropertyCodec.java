package org.dutygraph.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neo4j property values to JSON and back without losing their type: strings, booleans, integers and
 * floats are JSON's own; temporal values and byte arrays become a one-key object such as
 * {@code {"$date": "2022-10-31"}}; lists stay lists. Anything else (points, durations) is refused at
 * backup time rather than restored wrongly.
 */
final class PropertyCodec {

	private PropertyCodec() {
	}

	static Map<String, Object> encode(Map<String, Object> props) {
		Map<String, Object> json = new LinkedHashMap<>();
		props.forEach((key, value) -> json.put(key, encodeValue(key, value)));
		return json;
	}

	static Map<String, Object> decode(Map<String, Object> json) {
		Map<String, Object> props = new LinkedHashMap<>();
		json.forEach((key, value) -> props.put(key, decodeValue(value)));
		return props;
	}

	private static Object encodeValue(String key, Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
				|| value instanceof Double || value instanceof Integer) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			list.forEach((v) -> out.add(encodeValue(key, v)));
			return out;
		}
		if (value instanceof byte[] bytes) {
			return Map.of("$bytes", Base64.getEncoder().encodeToString(bytes));
		}
		return Map.of(tag(key, value), value.toString());
	}

	private static String tag(String key, Object value) {
		if (value instanceof LocalDate) {
			return "$date";
		}
		if (value instanceof ZonedDateTime) {
			return "$datetime";
		}
		if (value instanceof OffsetDateTime) {
			return "$offsetdatetime";
		}
		if (value instanceof LocalDateTime) {
			return "$localdatetime";
		}
		if (value instanceof LocalTime) {
			return "$localtime";
		}
		if (value instanceof OffsetTime) {
			return "$time";
		}
		throw new IllegalArgumentException("property " + key + " holds a " + value.getClass().getSimpleName()
				+ ", which a backup cannot hold yet");
	}

	private static Object decodeValue(Object value) {
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			list.forEach((v) -> out.add(decodeValue(v)));
			return out;
		}
		if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
			return value;
		}
		Map.Entry<?, ?> entry = map.entrySet().iterator().next();
		String text = String.valueOf(entry.getValue());
		return switch (String.valueOf(entry.getKey())) {
			case "$date" -> LocalDate.parse(text);
			case "$datetime" -> ZonedDateTime.parse(text);
			case "$offsetdatetime" -> OffsetDateTime.parse(text);
			case "$localdatetime" -> LocalDateTime.parse(text);
			case "$localtime" -> LocalTime.parse(text);
			case "$time" -> OffsetTime.parse(text);
			case "$bytes" -> Base64.getDecoder().decode(text);
			default -> throw new IllegalArgumentException("unknown property type " + entry.getKey());
		};
	}

}
