"""Service-quality meetings (服务质量例会): agenda from the data, minutes, decisions."""
