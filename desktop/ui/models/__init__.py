"""Qt item models that present service results (frozen data objects) to the views, page by page."""
