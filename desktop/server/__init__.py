"""The province sync server: enrols commune PCs, takes their pushed operations, merges them and serves pulls."""
