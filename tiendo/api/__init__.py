"""The REST API (django-ninja) at ``/api/``: every domain object through the same selectors,
services and access rules as the web pages."""
