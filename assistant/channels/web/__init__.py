"""The website chat widget's socket.io channel (channel.py): session tokens (tokens.py),
replies kept for resends (replies.py) and the socket events (gate.py)."""
