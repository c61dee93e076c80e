"""The local web server (`conflictkg serve`): what a browser or a SPARQL client on this machine
talks to.

It owns the HTTP boundary: which host names and requests are served, the limits a query and
an answer must keep, that nothing can be written, and which build is served. Queries are
answered by an Oxigraph server (`oxigraph serve-read-only`) that it starts on a private
loopback port and restarts on each new build; nothing reaches it without passing here.
"""
