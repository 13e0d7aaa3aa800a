"""Pages for fact-checkers, served by the API under /ui.

Server-side Jinja2 templates over the same store queries the JSON routes
answer, the charts drawn in the browser by plotly.js, which the ``plotly``
package ships and the app serves itself: nothing is fetched from elsewhere.
Every text from an article reaches a page through Jinja's autoescaping.
"""
