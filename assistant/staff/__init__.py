"""Staff tools: conversation tests staff write, the staff console, the content review export."""
