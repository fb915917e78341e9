"""SMS through Twilio: the input channel (channel.py) and its plain parts (flow, keywords,
menus, text, wording, the state store and keyed ids)."""
