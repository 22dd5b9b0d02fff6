"""From a source to draft records: `accords draft` (articles) and `accords import` (tables)."""
