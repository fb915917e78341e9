"""Staff tools that run in production: the staff console and the content review export
(conversation tests staff write run with tools/conversations/)."""
