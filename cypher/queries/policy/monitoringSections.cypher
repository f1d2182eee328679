MATCH (s:MonitoringSection)
RETURN s {.*} AS node
ORDER BY s.county, s.name
